import { resolve } from 'node:path';
import { z } from 'zod';
import { StartupError } from './errors';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (or be unset to use SQLite in DATA_DIR)')
    .optional(),
  PUBLIC_URL: z.string().url().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps:// (or be unset: then no e-mail is sent and the pages say so)')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Samråd <ikke-svar@samrad.invalid>'),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(200).default(20),
  SMALL_CELL_MIN: z.coerce.number().int().min(3, 'must be at least 3: smaller groups can be recognised').default(5),
  PAGE_CACHE: z.enum(['on', 'off'], 'must be on or off').default('on'),
  PAGE_CACHE_MB: z.coerce.number().int().min(1, 'must be at least 1 (or set PAGE_CACHE=off)').max(4096).default(64),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  dialect: 'sqlite' | 'postgres';
  publicUrl: string | undefined;
  production: boolean;
  seedDemo: 'auto' | 'never';
  sessionDays: number;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  /** Where e-mail goes; unset means no mail can be sent, and features that send say so instead of pretending. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The largest file an upload may be, in bytes. */
  uploadMaxBytes: number;
  /** Survey results hide any breakdown cell with fewer respondents than this (never below 3). */
  smallCellMin: number;
  /** Public pages are kept rendered per data version (docs/decisions/013-page-cache.md); off for uncached benchmarks. */
  pageCache: boolean;
  /** The most the page cache may hold, in bytes; the least recently used pages go first. */
  pageCacheBytes: number;
  /** Browsers honour Secure cookies on http://localhost, so only a plain-http public host turns it off. */
  secureCookies: boolean;
};

/** Reads the environment once, at start-up; a bad value stops the program with a line that names the fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new StartupError(`${name} is not valid: ${issue.message}. Fix ${name} in the environment and start again.`);
  }
  const e = parsed.data;
  const publicUrl = e.PUBLIC_URL;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    dialect: e.DATABASE_URL ? 'postgres' : 'sqlite',
    publicUrl,
    production: e.NODE_ENV === 'production',
    seedDemo: e.SEED_DEMO,
    sessionDays: e.SESSION_DAYS,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    uploadMaxBytes: e.UPLOAD_MAX_MB * 1024 * 1024,
    smallCellMin: e.SMALL_CELL_MIN,
    pageCache: e.PAGE_CACHE === 'on',
    pageCacheBytes: e.PAGE_CACHE_MB * 1024 * 1024,
    secureCookies: !publicUrl || !isPlainHttpElsewhere(publicUrl),
  };
}

function isPlainHttpElsewhere(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}
