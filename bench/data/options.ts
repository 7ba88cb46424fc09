import { resolve } from 'node:path';

export interface Options {
  /** A fraction of the national dataset: 1 is the full size, 0.02 a small run for trying things. */
  scale: number;
  seed: number;
  /** The SQLite file (ignored for the database when DATABASE_URL is set). */
  out: string;
  /** Where the manifest goes: beside the SQLite file, or data/bench/postgres.manifest.json. */
  manifest: string;
  databaseUrl: string | undefined;
  resume: boolean;
  /** Draw the progress bar even when stderr is not a terminal. */
  progress: boolean;
  /** No progress output at all (tests). */
  quiet?: boolean;
}

export const DEFAULT_OUT = 'data/bench/national.sqlite';
export const DEFAULT_SEED = 20_180_315;

export const USAGE = `Usage: npm run bench:data -- [--scale <fraction>] [--seed <n>] [--out <file.sqlite>] [--manifest <file.json>] [--resume]

Builds the deterministic national-scale benchmark dataset (all municipalities and counties, 80
cooperations, meetings 2016–2025, 100 000 cases, 300 000 documents, joint cases, 200 surveys with
500 000 answers) into a fresh database, with a manifest the benchmark reads.

  --scale <fraction>  share of the full size, 0 < fraction <= 1 (default 1); 0.02 is a quick trial
  --seed <n>          a whole number; the same seed and scale give the same data (default ${DEFAULT_SEED})
  --out <file>        the SQLite file to create (default ${DEFAULT_OUT}); with DATABASE_URL set the
                      data goes to that PostgreSQL database instead
  --manifest <file>   where to write the manifest (default <out>.manifest.json, or
                      data/bench/postgres.manifest.json with DATABASE_URL)
  --resume            continue a run that stopped, after its last completed stage
  --progress          draw the progress bar even when stderr is not a terminal
`;

export class UsageError extends Error {}

/** Reads the command line; a wrong value stops with a message that names the option and the fix. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Options | 'help' {
  let scale = 1;
  let seed = DEFAULT_SEED;
  let out = DEFAULT_OUT;
  let manifest: string | undefined;
  let resume = false;
  let progress = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value. ${hint(name)}`);
      return v;
    };
    switch (name) {
      case '--help':
      case '-h':
        return 'help';
      case '--scale': {
        const v = value();
        scale = Number(v);
        if (!/^\d*\.?\d+(e-?\d+)?$/i.test(v) || !(scale > 0 && scale <= 1)) {
          throw new UsageError(`--scale must be a fraction above 0 and at most 1, not "${v}". ${hint(name)}`);
        }
        break;
      }
      case '--seed': {
        const v = value();
        seed = Number(v);
        if (!/^\d{1,9}$/.test(v)) throw new UsageError(`--seed must be a whole number of at most 9 digits, not "${v}". ${hint(name)}`);
        break;
      }
      case '--out':
        out = value();
        break;
      case '--manifest':
        manifest = value();
        break;
      case '--resume':
        resume = true;
        break;
      case '--progress':
        progress = true;
        break;
      default:
        throw new UsageError(`Unknown option "${arg}". Run with --help to see the options.`);
    }
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new UsageError('DATABASE_URL must start with postgres:// (or be unset to write a SQLite file with --out).');
  }
  const defaultManifest = databaseUrl ? 'data/bench/postgres.manifest.json' : `${out}.manifest.json`;
  return { scale, seed, out: resolve(out), manifest: resolve(manifest ?? defaultManifest), databaseUrl, resume, progress };
}

function hint(name: string): string {
  return `For example: npm run bench:data -- ${name === '--seed' ? '--seed 42' : name === '--scale' ? '--scale 0.02' : `${name} data/bench/small.sqlite`}`;
}
