import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PAGE_NAMES, type PageName } from './manifest';

export const PHASES = ['startup', 'pages', 'search', 'writes'] as const;
export type Phase = (typeof PHASES)[number];

export interface BenchOptions {
  /** The SQLite dataset (its manifest sits beside it); with DATABASE_URL also the manifest of the PostgreSQL run. */
  data: string;
  /** Seconds of load per measurement. */
  duration: number;
  connections: number;
  /** Run one phase only; null runs them all. */
  only: Phase | null;
  out: string;
  /** Which of the six pages to load (default all): a quick run measures fewer. */
  pages: PageName[];
  /** How many extra starts the start-up figure takes the median of. */
  startups: number;
  /** The PostgreSQL dataset's manifest (bench:data writes it to data/bench/postgres.manifest.json unless told). */
  pgManifest: string;
  /** Measure only this engine; null measures SQLite and, with DATABASE_URL set, PostgreSQL too. */
  database: 'sqlite' | 'postgres' | null;
}

export const USAGE = `usage: npm run bench -- [--data <sqlite file>] [--duration <s>] [--connections <n>] [--only ${PHASES.join('|')}] [--out <dir>]
  --data         the dataset built by npm run bench:data (default data/bench/national.sqlite)
  --duration     seconds of load for each page and for the writes (default 10)
  --connections  concurrent connections of the load generator (default 50)
  --only         run one part (the results file then gets the part's name: <date>-<db>-<part>.json)
  --out          where the results go (default bench/results)
  --pages        a comma-separated subset of ${PAGE_NAMES.join(',')} (default all)
  --pg-manifest  the manifest of the PostgreSQL dataset (default data/bench/postgres.manifest.json)
  --database     sqlite or postgres: measure that engine only (default: SQLite, and PostgreSQL too when DATABASE_URL is set)
  --startups     how many starts the start-up phase times (default 3; the median of all starts in the run is reported)
With DATABASE_URL set, the same benchmark also runs against that PostgreSQL database.`;

/** A bad option is a one-line message that names it and the fix. */
export class OptionError extends Error {}

export function parseOptions(argv: string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data/bench/national.sqlite' },
        duration: { type: 'string', default: '10' },
        connections: { type: 'string', default: '50' },
        only: { type: 'string' },
        out: { type: 'string', default: 'bench/results' },
        pages: { type: 'string', default: PAGE_NAMES.join(',') },
        startups: { type: 'string', default: '3' },
        'pg-manifest': { type: 'string', default: 'data/bench/postgres.manifest.json' },
        database: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new OptionError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) throw new OptionError(USAGE);
  const duration = Number(values.duration);
  if (!Number.isFinite(duration) || duration < 1 || duration > 600) {
    throw new OptionError(`--duration must be a number of seconds from 1 to 600, not "${values.duration}"`);
  }
  const connections = Number(values.connections);
  if (!Number.isInteger(connections) || connections < 1 || connections > 1000) {
    throw new OptionError(`--connections must be a whole number from 1 to 1000, not "${values.connections}"`);
  }
  const only = values.only ?? null;
  if (only !== null && !(PHASES as readonly string[]).includes(only)) {
    throw new OptionError(`--only must be one of ${PHASES.join(', ')}, not "${only}"`);
  }
  const pages = values.pages!.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const unknown = pages.filter((p) => !(PAGE_NAMES as readonly string[]).includes(p));
  if (pages.length === 0 || unknown.length > 0) {
    throw new OptionError(`--pages must list some of ${PAGE_NAMES.join(', ')}; not known: ${unknown.join(', ') || '(empty)'}`);
  }
  const startups = Number(values.startups);
  if (!Number.isInteger(startups) || startups < 0 || startups > 20) {
    throw new OptionError(`--startups must be a whole number from 0 to 20, not "${values.startups}"`);
  }
  const database = values.database ?? null;
  if (database !== null && database !== 'sqlite' && database !== 'postgres') {
    throw new OptionError(`--database must be sqlite or postgres, not "${database}"`);
  }
  if (database === 'postgres' && !process.env.DATABASE_URL) {
    throw new OptionError('--database postgres needs DATABASE_URL set to the database bench:data filled');
  }
  return {
    data: resolve(values.data!),
    duration,
    connections,
    only: only as Phase | null,
    out: resolve(values.out!),
    pages: pages as PageName[],
    startups,
    pgManifest: resolve(values['pg-manifest']!),
    database,
  };
}
