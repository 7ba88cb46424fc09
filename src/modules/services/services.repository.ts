import type { Kysely } from 'kysely';
import { coversDate } from '../../platform/db/periods';
import type { Database, NewRow, Row, RowUpdate } from '../../platform/db/schema';

/** All SQL of focus areas, services, participants, decisions, status, cost keys and mergers; no rules. */
type Q = Kysely<Database>;

export type FocusAreaRow = Row<'focus_areas'>;
export type ServiceRow = Row<'services'>;
export type ParticipantRow = Row<'service_participants'>;
export type DecisionRow = Row<'service_decisions'>;
export type StatusEventRow = Row<'service_status_events'>;
export type CostKeyRow = Row<'cost_keys'>;

// --- focus areas ---

export const insertFocusArea = (q: Q, row: NewRow<'focus_areas'>) => q.insertInto('focus_areas').values(row).returningAll().executeTakeFirstOrThrow();

export const focusAreasOf = (q: Q, cooperationId: number) =>
  q.selectFrom('focus_areas').selectAll().where('cooperation_id', '=', cooperationId).orderBy('sort_order').orderBy('id').execute();

export const focusAreaById = (q: Q, id: number) => q.selectFrom('focus_areas').selectAll().where('id', '=', id).executeTakeFirst();

export const focusAreaBySlug = (q: Q, cooperationId: number, slug: string) =>
  q.selectFrom('focus_areas').selectAll().where('cooperation_id', '=', cooperationId).where('slug', '=', slug).executeTakeFirst();

// --- services ---

export const insertService = (q: Q, row: NewRow<'services'>) => q.insertInto('services').values(row).returningAll().executeTakeFirstOrThrow();

export const updateServiceRow = (q: Q, id: number, changes: RowUpdate<'services'>) =>
  q.updateTable('services').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const serviceById = (q: Q, id: number) => q.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();

export const servicesByIds = (q: Q, ids: readonly number[]) =>
  ids.length === 0 ? Promise.resolve([]) : q.selectFrom('services').selectAll().where('id', 'in', [...ids]).execute();

export const serviceBySlug = (q: Q, cooperationId: number, slug: string) =>
  q.selectFrom('services').selectAll().where('cooperation_id', '=', cooperationId).where('slug', '=', slug).executeTakeFirst();

export const servicesOf = (q: Q, cooperationId: number) =>
  q.selectFrom('services').selectAll().where('cooperation_id', '=', cooperationId).orderBy('name').execute();

// --- participants ---

export const insertParticipant = (q: Q, row: NewRow<'service_participants'>) =>
  q.insertInto('service_participants').values(row).returningAll().executeTakeFirstOrThrow();

export const setParticipantEnd = (q: Q, id: number, endOn: string) =>
  q.updateTable('service_participants').set({ end_on: endOn }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const participantById = (q: Q, id: number) => q.selectFrom('service_participants').selectAll().where('id', '=', id).executeTakeFirst();

export const participantsOf = (q: Q, serviceIds: readonly number[]) =>
  serviceIds.length === 0
    ? Promise.resolve([])
    : q.selectFrom('service_participants').selectAll().where('service_id', 'in', [...serviceIds]).orderBy('id').execute();

export const participantsCovering = (q: Q, serviceId: number, at: string) =>
  q.selectFrom('service_participants').selectAll().where('service_id', '=', serviceId).where(coversDate('start_on', 'end_on', at)).orderBy('id').execute();

// --- decisions and status ---

export const insertDecision = (q: Q, row: NewRow<'service_decisions'>) =>
  q.insertInto('service_decisions').values(row).returningAll().executeTakeFirstOrThrow();

export const insertStatusEvent = (q: Q, row: NewRow<'service_status_events'>) =>
  q.insertInto('service_status_events').values(row).returningAll().executeTakeFirstOrThrow();

export const decisionsOf = (q: Q, serviceIds: readonly number[]) =>
  serviceIds.length === 0
    ? Promise.resolve([])
    : q.selectFrom('service_decisions').selectAll().where('service_id', 'in', [...serviceIds]).orderBy('effective_on').orderBy('id').execute();

export const statusEventsOf = (q: Q, serviceIds: readonly number[]) =>
  serviceIds.length === 0
    ? Promise.resolve([])
    : q.selectFrom('service_status_events').selectAll().where('service_id', 'in', [...serviceIds]).orderBy('id').execute();

// --- cost keys ---

export const costKeyOf = (q: Q, serviceId: number, year: number) =>
  q.selectFrom('cost_keys').selectAll().where('service_id', '=', serviceId).where('year', '=', year).executeTakeFirst();

export const costKeysOf = (q: Q, serviceId: number) =>
  q.selectFrom('cost_keys').selectAll().where('service_id', '=', serviceId).orderBy('year').execute();

export const insertCostKey = (q: Q, row: NewRow<'cost_keys'>) => q.insertInto('cost_keys').values(row).returningAll().executeTakeFirstOrThrow();

export const updateCostKeyRow = (q: Q, id: number, changes: RowUpdate<'cost_keys'>) =>
  q.updateTable('cost_keys').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const fixedAmountsOf = (q: Q, costKeyId: number) =>
  q.selectFrom('cost_key_fixed_amounts').select(['member_code', 'amount']).where('cost_key_id', '=', costKeyId).orderBy('member_code').execute();

export async function replaceFixedAmounts(q: Q, costKeyId: number, rows: Array<{ member_code: string; amount: number }>) {
  await q.deleteFrom('cost_key_fixed_amounts').where('cost_key_id', '=', costKeyId).execute();
  if (rows.length > 0) await q.insertInto('cost_key_fixed_amounts').values(rows.map((r) => ({ ...r, cost_key_id: costKeyId }))).execute();
}

// --- mergers ---

export const mergerRuleOf = (q: Q, cooperationId: number) =>
  q.selectFrom('cooperation_merger_rules').selectAll().where('cooperation_id', '=', cooperationId).executeTakeFirst();

export async function upsertMergerRule(q: Q, row: NewRow<'cooperation_merger_rules'>) {
  return q
    .insertInto('cooperation_merger_rules')
    .values(row)
    .onConflict((oc) => oc.column('cooperation_id').doUpdateSet({ rule: row.rule, split_successors: row.split_successors, updated_at: row.updated_at }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export const insertMergerApplication = (q: Q, row: NewRow<'merger_applications'>) =>
  q.insertInto('merger_applications').values(row).returningAll().executeTakeFirstOrThrow();

export const mergerApplicationsOf = (q: Q, cooperationId: number) =>
  q.selectFrom('merger_applications').selectAll().where('cooperation_id', '=', cooperationId).orderBy('id', 'desc').execute();

/** Own participants of the cooperation's services (not those run by another cooperation), for a merger. */
export const ownParticipantsOfCooperation = (q: Q, cooperationId: number) =>
  q
    .selectFrom('service_participants as p')
    .innerJoin('services as s', 's.id', 'p.service_id')
    .selectAll('p')
    .where('s.cooperation_id', '=', cooperationId)
    .where('s.run_by_cooperation_id', 'is', null)
    .execute();

// --- the register (read only) ---

export const authorityByCode = (q: Q, code: string) => q.selectFrom('authorities').selectAll().where('code', '=', code).executeTakeFirst();
