import type { Kysely } from 'kysely';
import type { Database, NewRow, Row, RowUpdate } from '../../platform/db/schema';

/** All SQL of processes, plan versions and milestones. Takes a `Db` or a transaction; knows no rules. */
type Q = Kysely<Database>;

export type ProcessRow = Row<'processes'>;
export type PlanVersionRow = Row<'process_plan_versions'>;
export type MilestoneRow = Row<'process_milestones'>;

export const processById = (q: Q, id: number) => q.selectFrom('processes').selectAll().where('id', '=', id).executeTakeFirst();

export const processBySlugRow = (q: Q, cooperationId: number, slug: string) =>
  q.selectFrom('processes').selectAll().where('cooperation_id', '=', cooperationId).where('slug', '=', slug).executeTakeFirst();

/** Processes with their cooperation's slug; of one cooperation or all (or the one with this id or slug), published only or not. */
export const processRows = (q: Q, filter: { cooperationId?: number; publishedOnly: boolean; id?: number; slug?: string }) => {
  let query = q.selectFrom('processes as p').innerJoin('cooperations as c', 'c.id', 'p.cooperation_id').selectAll('p').select('c.slug as cooperation_slug');
  if (filter.cooperationId !== undefined) query = query.where('p.cooperation_id', '=', filter.cooperationId);
  if (filter.publishedOnly) query = query.where('p.status', '=', 'published');
  if (filter.id !== undefined) query = query.where('p.id', '=', filter.id);
  if (filter.slug !== undefined) query = query.where('p.slug', '=', filter.slug);
  return query.orderBy('p.id').execute();
};

export const insertProcess = (q: Q, row: NewRow<'processes'>) => q.insertInto('processes').values(row).returningAll().executeTakeFirstOrThrow();

export const updateProcess = (q: Q, id: number, set: RowUpdate<'processes'>) =>
  q.updateTable('processes').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const versionById = (q: Q, id: number) => q.selectFrom('process_plan_versions').selectAll().where('id', '=', id).executeTakeFirst();

export const versionsOf = (q: Q, processId: number) =>
  q.selectFrom('process_plan_versions').selectAll().where('process_id', '=', processId).orderBy('version').execute();

export const insertVersion = (q: Q, row: NewRow<'process_plan_versions'>) =>
  q.insertInto('process_plan_versions').values(row).returningAll().executeTakeFirstOrThrow();

export const milestoneById = (q: Q, id: number) => q.selectFrom('process_milestones').selectAll().where('id', '=', id).executeTakeFirst();

/** Milestones of the given plan versions, with the name and slug of the body they concern. */
export const milestonesOf = (q: Q, versionIds: number[]) =>
  versionIds.length === 0
    ? Promise.resolve([])
    : q
        .selectFrom('process_milestones as m')
        .leftJoin('bodies as b', 'b.id', 'm.body_id')
        .selectAll('m')
        .select(['b.slug as body_slug', 'b.name as body_name'])
        .where('m.plan_version_id', 'in', versionIds)
        .orderBy('m.starts_on')
        .orderBy('m.id')
        .execute();

export const insertMilestone = (q: Q, row: NewRow<'process_milestones'>) =>
  q.insertInto('process_milestones').values(row).returningAll().executeTakeFirstOrThrow();

export const updateMilestone = (q: Q, id: number, set: RowUpdate<'process_milestones'>) =>
  q.updateTable('process_milestones').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const deleteMilestone = (q: Q, id: number) => q.deleteFrom('process_milestones').where('id', '=', id).execute();

export const bodyOfCooperation = (q: Q, bodyId: number, cooperationId: number) =>
  q.selectFrom('bodies').select('id').where('id', '=', bodyId).where('cooperation_id', '=', cooperationId).executeTakeFirst();
