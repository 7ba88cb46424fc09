import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Where uploaded and generated files live: on disk under `<DATA_DIR>/files`, named by the SHA-256 of
 * their bytes. Content addressing makes a store idempotent, so a file written for a transaction that
 * later rolls back is only an unused copy, never a wrong one; the database row holds the key.
 */
export interface FileStore {
  put(bytes: Uint8Array): Promise<{ key: string; size: number }>;
  read(key: string): Promise<Buffer>;
  has(key: string): Promise<boolean>;
}

const KEY = /^[0-9a-f]{64}$/;

export function fileStoreAt(dataDir: string): FileStore {
  const root = join(dataDir, 'files');
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`Not a file key: ${key}`);
    return join(root, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(key);
      if (await exists(target)) return { key, size: bytes.byteLength };
      await mkdir(dirname(target), { recursive: true });
      // Write beside the target, flush, then rename: a crash leaves either no file or the whole file.
      const temporary = `${target}.${randomUUID()}.tmp`;
      const handle = await open(temporary, 'w');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
      return { key, size: bytes.byteLength };
    },
    read: (key) => readFile(pathOf(key)),
    has: (key) => exists(pathOf(key)),
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
