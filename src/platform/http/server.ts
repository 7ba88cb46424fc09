import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { StartupError } from '../errors';

/** Listens, or fails with one line that names the fix (port in use, no permission). */
export function listen(app: Hono<any>, port: number, host: string): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new StartupError(`Port ${port} is already in use. Stop the program using it or start Samråd with another PORT=….`));
      } else if (error.code === 'EACCES') {
        reject(new StartupError(`Not allowed to listen on port ${port}. Use a port above 1023 with PORT=….`));
      } else {
        reject(error);
      }
    });
  });
}
