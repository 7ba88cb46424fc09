import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root, found by walking up to package.json. Files that ship beside the code (the
 * register's CSV files, our stylesheet) are read from here rather than relative to the module, because
 * the same module runs from `src/` in development and tests and from the bundle in `dist/` in production.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find package.json above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

const root = findRoot();

/** The absolute path of a file in the repository, e.g. `projectFile('src/web/assets/app.css')`. */
export const projectFile = (...segments: string[]): string => join(root, ...segments);
