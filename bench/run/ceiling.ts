import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { get } from './http-client';
import { spawnNode } from './server-process';

export interface CapturedPage {
  path: string;
  status: number;
  headers: Record<string, string | string[]>;
  /** base64 */
  body: string;
}

/** What node sets per response or per connection itself; everything else is sent again byte for byte. */
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** Fetches the page as the load generator gets it, keeping status, headers and body. */
export async function capturePage(baseUrl: string, path: string): Promise<CapturedPage> {
  const res = await get(`${baseUrl}${path}`);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}, not 200`);
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(res.headers)) if (value !== undefined && !PER_RESPONSE.has(name)) headers[name] = value;
  headers['content-length'] = String(res.body.length);
  return { path, status: res.status, headers, body: res.body.toString('base64') };
}

export interface CeilingServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the bare server in its own process, serving the captured pages. */
export async function startCeiling(pages: CapturedPage[], workDir: string): Promise<CeilingServer> {
  const file = join(workDir, 'ceiling-pages.json');
  writeFileSync(file, JSON.stringify(pages));
  const child = spawnNode('bench/run/ceiling-server.ts', [file], {});
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('\n')) resolve(Number(out.trim()));
    });
    child.once('exit', (code) => reject(new Error(`the ceiling server exited (code ${code}): ${stderr}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
