import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { FieldErrors } from '../../platform/errors';
import { getCooperationById } from '../cooperations';
import { authorityByCode, focusAreaById, serviceBySlug } from './services.repository';

/** The fields of a service checked against the database, whether it is created or changed. */
export interface ServiceRecord {
  cooperation_id: number;
  slug: string;
  focus_area_id: number | null;
  host_code: string | null;
  run_by_cooperation_id: number | null;
}

/** Every broken rule at once, keyed by the field to correct. */
export async function serviceRecordErrors(q: Kysely<Database>, record: ServiceRecord, selfId?: number): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const owner = await serviceBySlug(q, record.cooperation_id, record.slug);
  if (owner && owner.id !== selfId) add('slug', 'is already used by another service of this cooperation: choose another');
  if (record.focus_area_id !== null) {
    const area = await focusAreaById(q, record.focus_area_id);
    if (!area || area.cooperation_id !== record.cooperation_id) add('focus_area_id', 'is not a focus area of this cooperation');
  }
  if (record.host_code && !(await authorityByCode(q, record.host_code))) {
    add('host_code', `${record.host_code} is not a municipality or county number in the register`);
  }
  if (record.run_by_cooperation_id !== null) {
    if (record.run_by_cooperation_id === record.cooperation_id) add('run_by_cooperation_id', 'must be another cooperation than the one the service belongs to');
    else if (!(await getCooperationById(q, record.run_by_cooperation_id))) add('run_by_cooperation_id', 'is not a cooperation');
  }
  return errors;
}
