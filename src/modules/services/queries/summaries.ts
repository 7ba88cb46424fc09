import type { Db } from '../../../platform/db/database';
import { norwegianCollator, parseLocalizedText } from '../../../platform/i18n';
import { listCooperations, membersOn } from '../../cooperations';
import { covers } from '../periods';
import { authoritiesNamedOn } from '../../registry';
import { statusOn } from '../status-on';
import { decisionsOf, focusAreasOf, participantsOf, servicesByIds, statusEventsOf, type DecisionRow, type ServiceRow, type StatusEventRow } from '../services.repository';
import type { DecisionView, FocusAreaView, ServiceSummary, StatusView } from './views';

export const toStatusView = (e: StatusEventRow): StatusView => ({
  id: e.id,
  status: e.status,
  effectiveOn: e.effective_on,
  decisionId: e.decision_id,
  caseId: e.decided_by_case_id,
  note: parseLocalizedText(e.note),
  recordedAt: e.recorded_at,
});

export interface Lookups {
  decisions: DecisionRow[];
  events: StatusEventRow[];
  toDecision(d: DecisionRow): DecisionView;
  focusAreas: Map<number, FocusAreaView>;
  cooperations: Map<number, { id: number; slug: string; name: string }>;
  places: Map<string, { code: string; name: string }>;
  /** How many take part in each service on `at`, by service id. */
  participantCounts: Map<number, number>;
}

/**
 * Counts participants on `at` without naming them: one query for the services' own participants, and
 * one member list per cooperation that runs any of them.
 */
async function participantCountsOn(db: Db, rows: ServiceRow[], at: string): Promise<Map<number, number>> {
  const own = rows.filter((r) => r.run_by_cooperation_id === null);
  const runBy = [...new Set(rows.flatMap((r) => (r.run_by_cooperation_id === null ? [] : [r.run_by_cooperation_id])))];
  const [participants, memberCounts] = await Promise.all([
    participantsOf(db, own.map((r) => r.id)),
    Promise.all(runBy.map(async (id) => [id, (await membersOn(db, id, at)).length] as const)).then((pairs) => new Map(pairs)),
  ]);
  const counts = new Map<number, number>(own.map((r) => [r.id, 0]));
  for (const p of participants) if (covers(p, at)) counts.set(p.service_id, (counts.get(p.service_id) ?? 0) + 1);
  for (const r of rows) if (r.run_by_cooperation_id !== null) counts.set(r.id, memberCounts.get(r.run_by_cooperation_id) ?? 0);
  return counts;
}

/** What summaries need besides the service rows: statuses, decisions and names, read in a few queries. */
export async function lookups(db: Db, rows: ServiceRow[], at: string): Promise<Lookups> {
  const ids = rows.map((r) => r.id);
  const [decisions, events, cooperations, participantCounts] = await Promise.all([
    decisionsOf(db, ids),
    statusEventsOf(db, ids),
    listCooperations(db),
    participantCountsOn(db, rows, at),
  ]);
  const targets = new Map((await servicesByIds(db, decisions.flatMap((d) => (d.target_service_id ? [d.target_service_id] : [])))).map((s) => [s.id, s]));
  const codes = [...rows.flatMap((r) => (r.host_code ? [r.host_code] : [])), ...decisions.flatMap((d) => (d.target_authority_code ? [d.target_authority_code] : []))];
  const places = await authoritiesNamedOn(db, codes, at);
  const areas = new Map<number, FocusAreaView>();
  for (const cooperationId of new Set(rows.map((r) => r.cooperation_id))) {
    for (const a of await focusAreasOf(db, cooperationId)) areas.set(a.id, { id: a.id, slug: a.slug, name: parseLocalizedText(a.name), sortOrder: a.sort_order });
  }
  return {
    decisions,
    events,
    focusAreas: areas,
    cooperations: new Map(cooperations.map((c) => [c.id, { id: c.id, slug: c.slug, name: c.name }])),
    places,
    participantCounts,
    toDecision: (d) => {
      const target = d.target_service_id ? targets.get(d.target_service_id) : undefined;
      const authority = d.target_authority_code ? places.get(d.target_authority_code) : undefined;
      return {
        id: d.id,
        kind: d.kind,
        effectiveOn: d.effective_on,
        targetService: target ? { id: target.id, slug: target.slug, name: target.name } : null,
        targetAuthority: d.target_authority_code ? { code: d.target_authority_code, name: authority?.name ?? d.target_authority_code } : null,
        targetName: d.target_name,
        caseId: d.case_id,
        text: parseLocalizedText(d.text),
        recordedAt: d.recorded_at,
      };
    },
  };
}

/** Each service as it stood on `at`. */
export async function summariesOn(db: Db, rows: ServiceRow[], at: string, found?: Lookups): Promise<ServiceSummary[]> {
  const l = found ?? (await lookups(db, rows, at));
  const summaries = rows.map((row): ServiceSummary => {
    const status = statusOn(l.events.filter((e) => e.service_id === row.id), at);
    const decision = l.decisions.filter((d) => d.service_id === row.id && d.effective_on <= at).at(-1);
    return {
      id: row.id,
      cooperationId: row.cooperation_id,
      slug: row.slug,
      name: row.name,
      shortName: row.short_name,
      focusArea: row.focus_area_id ? (l.focusAreas.get(row.focus_area_id) ?? null) : null,
      status: status ? toStatusView(status) : null,
      host: row.host_code ? (l.places.get(row.host_code) ?? { code: row.host_code, name: row.host_code }) : null,
      hostRole: row.host_role,
      runBy: row.run_by_cooperation_id ? (l.cooperations.get(row.run_by_cooperation_id) ?? null) : null,
      startOn: row.start_on,
      endOn: row.end_on,
      participantCount: l.participantCounts.get(row.id) ?? 0,
      decision: decision ? l.toDecision(decision) : null,
    };
  });
  return summaries.sort(
    (a, b) =>
      (a.focusArea?.sortOrder ?? 1e9) - (b.focusArea?.sortOrder ?? 1e9) || norwegianCollator.compare(a.name, b.name),
  );
}
