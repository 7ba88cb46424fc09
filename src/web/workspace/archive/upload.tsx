import { acceptUpload, type AcceptedUploadType, addDocument, canManageArchive, documentFieldErrors, extractText, type AddDocumentInput, type UploadedFile } from '../../../modules/archive';
import { execute } from '../../../platform/command';
import { ValidationError, type FieldErrors } from '../../../platform/errors';
import { fileStoreAt } from '../../../platform/storage/file-store';
import { onCooperation, refuseUnless } from '../cooperation-kit';
import { attempt, englishMessages, isoDate, savedRedirect } from '../handler-kit';
import { MANAGE } from '../manage-paths';
import { renderArchive, UPLOAD_FORM } from './archive-page';

/**
 * `POST …/arkiv` (multipart): checks the file and the fields together, so every problem is named at
 * once; then stores the file, takes its text out, and adds the document through `addDocument`.
 */
export const uploadDocumentSubmit = onCooperation(MANAGE.archive, async ({ c, p, coop }) => {
  // Asked first: a file is not even read for someone who may not keep this archive.
  refuseUnless(canManageArchive, { p, coop });
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === 'string') values[key] = value;
  const input: AddDocumentInput = {
    cooperation_id: coop.id,
    kind: (values.kind === 'source' ? 'source' : 'attachment') as AddDocumentInput['kind'],
    title: values.title ?? '',
    description: values.description ?? null,
    body_id: values.body_id ?? null,
    document_date: isoDate(values.document_date),
    is_public: values.is_public === 'on',
    exempt_basis: values.exempt_basis ?? null,
    language: p.locale,
    text: '',
  };
  const errors: FieldErrors = documentFieldErrors(input);
  let file: UploadedFile | null = null;
  try {
    file = await acceptUpload('file', body.file, c.var.config.uploadMaxBytes);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    Object.assign(errors, error.fieldErrors);
  }
  const outcome =
    file && Object.keys(errors).length === 0
      ? await attempt(async () => {
          const text = await extractText(file);
          const stored = await fileStoreAt(c.var.config.dataDir).put(file.bytes);
          return execute(c.var.db, addDocument, p.actor, {
            ...input,
            text,
            file: { key: stored.key, name: file.name, media_type: file.mediaType as AcceptedUploadType, size: stored.size },
          });
        })
      : { ok: false as const, errors: englishMessages(errors) };
  if (outcome.ok) return savedRedirect(c, p, MANAGE.archive(coop.slug), 'dokument');
  return renderArchive(c, p, coop, { form: UPLOAD_FORM, values, errors: outcome.errors }, 422);
});
