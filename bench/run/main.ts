// `npm run bench`: runs the benchmarks (see bench/README.md).
process.stderr.write('bench is being built.\n');
process.exit(1);
