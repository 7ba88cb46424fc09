// Bundles the server into dist/ with esbuild, so that `npm start` runs plain JavaScript: loading a
// thousand TypeScript modules through tsx's hooks took most of a start (ADR 015). Packages stay
// external (node_modules as installed); our own lazily loaded modules become separate chunks, so
// they still load only when first needed.
import { build } from 'esbuild';

const started = Date.now();
await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  sourcemap: true,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
if (process.argv.includes('--verbose')) process.stderr.write(`built dist/ in ${Date.now() - started} ms\n`);
