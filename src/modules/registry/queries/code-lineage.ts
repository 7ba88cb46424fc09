import type { Db } from '../../../platform/db/database';
import { changesFrom, changesTo } from '../registry.repository';

/**
 * Every code in the line of descent of `code`: the code itself, all its ancestors (followed only
 * backwards, through predecessors) and all its descendants (followed only forwards, through
 * successors). It never goes sideways: from 0627 Røyken it finds 3025 and 3203 Asker but not
 * 0220 Asker or 0628 Hurum, which merged into the same new code; from 3025 it finds all three.
 * That is what a municipality page needs: memberships held under this code, under the codes it
 * came from, and under the codes it became. Sorted by code; an unknown code gives `[code]`.
 */
export async function codeLineage(db: Db, code: string): Promise<string[]> {
  const ancestors = await walk([code], async (frontier) => (await changesTo(db, frontier)).map((c) => c.from_code));
  const descendants = await walk([code], async (frontier) => (await changesFrom(db, frontier)).map((c) => c.to_code));
  return [...new Set([code, ...ancestors, ...descendants])].sort();
}

/** Breadth-first, one query per generation; the visited set guards against cycles in bad data. */
async function walk(start: string[], next: (frontier: string[]) => Promise<string[]>): Promise<string[]> {
  const visited = new Set(start);
  let frontier = start;
  while (frontier.length > 0) {
    frontier = [...new Set(await next(frontier))].filter((c) => !visited.has(c));
    for (const c of frontier) visited.add(c);
  }
  return [...visited];
}
