import { startServer } from './server-process';
import type { Target } from './target';

/** Starts the server `times` times, one after another, and returns each start's time to the first 200. */
export async function runStartups(target: Target, times: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const server = await startServer(target);
    out.push(server.startupMs);
    await server.stop();
  }
  return out;
}
