// The ceiling: a bare node:http server that answers each path with the bytes and headers Samråd sent for
// it, and nothing else. Reads the pages from the JSON file in argv[2]; prints its port when listening.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { CapturedPage } from './ceiling';

const pages = new Map(
  (JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as CapturedPage[]).map((p) => [p.path, { ...p, body: Buffer.from(p.body, 'base64') }]),
);

const server = createServer((req, res) => {
  const page = pages.get(req.url ?? '');
  if (!page) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(page.status, page.headers);
  res.end(page.body);
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
