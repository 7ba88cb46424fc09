import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { FieldErrors } from '../../platform/errors';
import { authorityByCode, cooperationIdBySlug } from './cooperations.repository';

/** The fields of a cooperation that are checked together, whether it is being created or changed. */
export interface CooperationRecord {
  slug: string;
  status: string;
  established_on: string | null;
  ended_on: string | null;
  host_code: string | null;
  head_office_code: string | null;
}

/**
 * Rules that need more than one field or the database. Returns every broken rule at once, keyed by
 * the field to correct, so a form can show them all.
 */
export async function cooperationRecordErrors(q: Kysely<Database>, record: CooperationRecord, selfId?: number): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  if (record.status === 'ended' && !record.ended_on) add('ended_on', 'must be given when the status is ended');
  if (record.status !== 'ended' && record.ended_on) add('ended_on', 'must be empty unless the status is ended');
  if (record.established_on && record.ended_on && record.ended_on < record.established_on) {
    add('ended_on', 'must be on or after the date the cooperation was established');
  }

  const owner = await cooperationIdBySlug(q, record.slug);
  if (owner && owner.id !== selfId) add('slug', `is already used by another cooperation: choose another`);

  for (const field of ['host_code', 'head_office_code'] as const) {
    const code = record[field];
    if (code && !(await authorityByCode(q, code))) add(field, `${code} is not a municipality or county number in the register`);
  }
  return errors;
}
