import type { SelectQueryBuilder } from 'kysely';
import type { Database } from '../../../platform/db/schema';
import type { DocumentKind } from '../archive.catalog';

/** The filters every document list and search shares. */
export interface DocumentFilters {
  cooperationId?: number;
  kind?: DocumentKind;
  bodyId?: number;
  caseId?: number;
  meetingId?: number;
  year?: number;
  /** True: public documents only. False: also internal ones (the caller has checked the actor may see them). */
  publicOnly: boolean;
}

type Builder<O> = SelectQueryBuilder<Database & { d: Database['documents'] }, 'd', O>;

export function applyFilters<O>(query: Builder<O>, f: DocumentFilters): Builder<O> {
  let q = query;
  if (f.publicOnly) q = q.where('d.is_public', '=', 1);
  if (f.cooperationId !== undefined) q = q.where('d.cooperation_id', '=', f.cooperationId);
  if (f.kind !== undefined) q = q.where('d.kind', '=', f.kind);
  if (f.bodyId !== undefined) q = q.where('d.body_id', '=', f.bodyId);
  if (f.caseId !== undefined) q = q.where('d.case_id', '=', f.caseId);
  if (f.meetingId !== undefined) q = q.where('d.meeting_id', '=', f.meetingId);
  if (f.year !== undefined) q = q.where('d.document_date', '>=', `${f.year}-01-01`).where('d.document_date', '<=', `${f.year}-12-31`);
  return q;
}
