import { createServer } from 'node:http';
import { getRequestListener, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { StartupError } from '../errors';
import { pageCacheListener, pageCacheOf } from './page-cache';

/**
 * Listens, or fails with one line that names the fix (port in use, no permission). When the app has
 * a page cache, its hits are answered before the application (page-cache/listener.ts).
 */
export function listen(app: Hono<any>, port: number, host: string): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const toApp = getRequestListener(app.fetch, { hostname: host });
    const cache = pageCacheOf(app);
    const server = createServer(cache ? pageCacheListener(cache, toApp) : toApp);
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new StartupError(`Port ${port} is already in use. Stop the program using it or start Samråd with another PORT=….`));
      } else if (error.code === 'EACCES') {
        reject(new StartupError(`Not allowed to listen on port ${port}. Use a port above 1023 with PORT=….`));
      } else {
        reject(error);
      }
    });
    server.listen(port, host, () => resolve(server));
  });
}
