import type { Config } from './config';

type Level = 'error' | 'info' | 'debug';
const rank: Record<Config['logLevel'], number> = { silent: 0, error: 1, info: 2, debug: 3 };

/** One JSON line per event on stdout/stderr: easy to read, easy to ship. */
export function createLogger(level: Config['logLevel']) {
  const write = (at: Level, message: string, fields: Record<string, unknown> = {}) => {
    if (rank[level] < rank[at]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: at, message, ...fields });
    (at === 'error' ? process.stderr : process.stdout).write(line + '\n');
  };
  return {
    error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
    info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
    debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  };
}
export type Logger = ReturnType<typeof createLogger>;
