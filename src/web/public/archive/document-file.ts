import type { Context } from 'hono';
import { EXTENSION_OF, getDocument } from '../../../modules/archive';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { fileStoreAt } from '../../../platform/storage/file-store';

/**
 * `/dokumenter/:id/fil`: the stored file. Internal documents answer 404 to those who may not see
 * them, the same as a document that does not exist.
 */
export async function documentFile(c: Context<AppEnv>) {
  const id = Number(c.req.param('id'));
  const doc = Number.isInteger(id) && id > 0 ? await getDocument(c.var.db, id, c.var.actor) : undefined;
  if (!doc || !doc.fileKey || !doc.mediaType) throw new NotFoundError('No such file.');
  const store = fileStoreAt(c.var.config.dataDir);
  if (!(await store.has(doc.fileKey))) throw new NotFoundError('The file is missing from the file store.');
  const bytes = await store.read(doc.fileKey);
  const name = fileNameOf(doc.fileName, doc.title, EXTENSION_OF[doc.mediaType] ?? 'bin');
  c.header('Content-Type', doc.mediaType);
  c.header('Content-Length', String(bytes.byteLength));
  c.header('Content-Disposition', `attachment; filename="${asciiName(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  c.header('X-Content-Type-Options', 'nosniff');
  // Internal files must not sit in shared caches.
  c.header('Cache-Control', doc.isPublic ? 'public, max-age=300' : 'private, no-store');
  return c.body(new Uint8Array(bytes));
}

function fileNameOf(fileName: string | null, title: string, extension: string): string {
  if (fileName) return fileName;
  return `${title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').trim().slice(0, 100) || 'dokument'}.${extension}`;
}

/** The fallback name for old clients: æøå become ae, o, a; anything else not ASCII becomes _. */
function asciiName(name: string): string {
  return name
    .replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/å/g, 'a').replace(/Å/g, 'A')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
}
