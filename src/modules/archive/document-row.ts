import { ValidationError } from '../../platform/errors';
import type { NewRow } from '../../platform/db/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { bodyBelongsTo, cooperationExists } from './archive.repository';
import type { addDocumentInput } from './archive.schemas';
import type { z } from 'zod';

type DocumentInput = z.output<typeof addDocumentInput>;

/** Checks what the schema cannot (the cooperation and body exist) and turns valid input into a row. */
export async function documentRowOf(q: Kysely<Database>, input: DocumentInput, now: string): Promise<NewRow<'documents'>> {
  if (!(await cooperationExists(q, input.cooperation_id))) throw new ValidationError({ cooperation_id: ['no cooperation has this id'] });
  if (input.body_id !== null && !(await bodyBelongsTo(q, input.body_id, input.cooperation_id))) {
    throw new ValidationError({ body_id: ['no body of this cooperation has this id'] });
  }
  return {
    cooperation_id: input.cooperation_id,
    kind: input.kind,
    title: input.title,
    description: input.description ?? null,
    language: input.language,
    body_id: input.body_id,
    meeting_id: input.meeting_id,
    case_id: input.case_id,
    document_date: input.document_date,
    is_public: input.is_public ? 1 : 0,
    exempt_basis: input.exempt_basis ?? null,
    file_key: input.file?.key ?? null,
    file_name: input.file?.name ?? null,
    media_type: input.file?.media_type ?? null,
    file_size: input.file?.size ?? null,
    text: input.text,
    href: input.href ?? null,
    created_at: now,
    updated_at: now,
  };
}
