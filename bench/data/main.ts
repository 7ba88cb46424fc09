// `npm run bench:data`: builds the national-scale benchmark dataset (see bench/README.md).
import { generate, RefusedError } from './generate';
import { parseOptions, UsageError, USAGE } from './options';

async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const manifest = await generate(options);
    const counts = Object.entries(manifest.counts ?? {})
      .map(([table, n]) => `  ${table.padEnd(30)} ${n.toLocaleString('nb-NO').padStart(12)}`)
      .join('\n');
    process.stdout.write(
      `Built the benchmark dataset (seed ${manifest.seed}, scale ${manifest.scale}) in ${manifest.totalSeconds!.toFixed(1)} s\n` +
        `  database: ${manifest.database} ${manifest.location}\n  manifest: ${options.manifest}\n${counts}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof RefusedError || (error as Error).name === 'StartupError') {
      process.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main();
