import { z } from 'zod';
import { isoDateParam } from '../../platform/http/query';
import { optionalText, recordId, requiredText } from '../../platform/input';
import { ACCEPTED_UPLOAD_TYPES, DOCUMENT_KINDS } from './archive.catalog';

// Inputs of the archive's commands. Field names are column names, so forms post them as they are.

const optionalId = z
  .union([z.number(), z.string()])
  .nullable()
  .optional()
  .transform((v) => (v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? null : Number(v)))
  .pipe(z.number().int('must be a whole number').positive('must be a positive number').nullable());

/** A checkbox posts "on"; JSON sends a boolean; absent is false. */
const flag = z
  .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])])
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true' || value === '1');

const storedFile = z.object({
  key: z.string().regex(/^[0-9a-f]{64}$/, 'must be a file key from the file store'),
  name: requiredText(200),
  media_type: z.enum(ACCEPTED_UPLOAD_TYPES, { error: `must be one of: ${ACCEPTED_UPLOAD_TYPES.join(', ')}` }),
  size: z.number().int().min(1, 'must be at least 1 byte'),
});

const documentFields = z.object({
  cooperation_id: recordId,
  kind: z.enum(DOCUMENT_KINDS, { error: `must be one of: ${DOCUMENT_KINDS.join(', ')}` }),
  title: requiredText(300),
  description: optionalText(2000),
  language: z.enum(['nb', 'nn', 'en'], { error: 'must be nb, nn or en' }).optional().default('nb'),
  body_id: optionalId,
  meeting_id: optionalId,
  case_id: optionalId,
  document_date: isoDateParam,
  is_public: flag,
  exempt_basis: optionalText(200),
  file: storedFile.nullable().optional(),
  text: z.string().max(5_000_000, 'must be at most 5 000 000 characters').default(''),
  href: z
    .string()
    .regex(/^\/[^\s]*$/, 'must be a path on this site that starts with /, for example /vestregionen/framtid')
    .max(500)
    .nullable()
    .optional(),
});

/** Exempt (unntatt offentlighet) and public at once would publish what the law lets us withhold. */
function exemptIsNotPublic(value: { is_public: boolean; exempt_basis?: string | null }, ctx: z.RefinementCtx) {
  if (value.is_public && value.exempt_basis) {
    ctx.addIssue({ code: 'custom', path: ['is_public'], message: 'an exempt document cannot be public: remove the exemption basis or make it internal' });
  }
}

export const addDocumentInput = documentFields.superRefine(exemptIsNotPublic);
export type AddDocumentInput = z.input<typeof addDocumentInput>;

export const registerDocumentInput = documentFields
  .extend({ source_key: z.string().regex(/^[a-z-]+:[\w-]+$/, 'must be a kind and an id, for example case-paper:12') })
  .superRefine(exemptIsNotPublic);
export type RegisterDocumentInput = z.input<typeof registerDocumentInput>;

export const updateDocumentInput = z
  .object({ document_id: recordId, is_public: flag, exempt_basis: optionalText(200) })
  .superRefine(exemptIsNotPublic);
export type UpdateDocumentInput = z.input<typeof updateDocumentInput>;

export const removeDocumentInput = z.object({ document_id: recordId });
export type RemoveDocumentInput = z.input<typeof removeDocumentInput>;
