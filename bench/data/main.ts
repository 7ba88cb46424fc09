// `npm run bench:data`: builds the national-scale benchmark dataset (see bench/README.md).
process.stderr.write('bench:data is being built.\n');
process.exit(1);
