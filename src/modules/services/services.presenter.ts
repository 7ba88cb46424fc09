import type { LocalizedText } from '../../platform/i18n';
import type { CostShares } from './queries/cost-shares';
import type { DecisionView, ServiceDetail, ServiceSummary, StatusView } from './queries/views';

const API_BASE = '/api/v1';
export const servicePath = (id: number) => `${API_BASE}/services/${id}`;
const all = (t: LocalizedText) => ({ nb: t.nb ?? null, nn: t.nn ?? null, en: t.en ?? null });

const presentStatus = (s: StatusView) => ({ status: s.status, startDate: s.effectiveOn, caseId: s.caseId, note: all(s.note), recordedAt: s.recordedAt });

const presentDecision = (d: DecisionView) => ({
  id: d.id,
  classification: d.kind,
  startDate: d.effectiveOn,
  targetService: d.targetService ? { id: servicePath(d.targetService.id), name: d.targetService.name } : null,
  targetAuthority: d.targetAuthority,
  targetName: d.targetName,
  caseId: d.caseId,
  text: all(d.text),
});

export function presentService(slug: string, s: ServiceSummary) {
  return {
    id: servicePath(s.id),
    slug: s.slug,
    name: s.name,
    shortName: s.shortName,
    organization: slug,
    focusArea: s.focusArea ? { slug: s.focusArea.slug, name: all(s.focusArea.name) } : null,
    status: s.status ? presentStatus(s.status) : null,
    host: s.host,
    hostRole: s.hostRole,
    runBy: s.runBy ? `${API_BASE}/cooperations/${s.runBy.slug}` : null,
    startDate: s.startOn,
    endDate: s.endOn,
    participantCount: s.participantCount,
    decision: s.decision ? presentDecision(s.decision) : null,
    costSharesUrl: `${servicePath(s.id)}/cost-shares`,
  };
}

export function presentServiceDetail(d: ServiceDetail) {
  return {
    ...presentService(d.cooperation.slug, d),
    at: d.at,
    description: all(d.description),
    classification: d.legalForm,
    legalBasis: d.legalBasis,
    agreement: all(d.agreement),
    agreementUrl: d.agreementHref,
    sourceNote: all(d.sourceNote),
    participants: d.participants.map((p) => ({
      member: { id: `${API_BASE}/${p.kind === 'county' ? 'counties' : 'municipalities'}/${p.code}`, code: p.code, name: p.name, classification: p.kind },
      role: p.role,
      startDate: p.startOn,
      endDate: p.endOn,
    })),
    statusHistory: d.history.map(presentStatus),
    decisions: d.decisions.map(presentDecision),
    costKeyYears: d.costKeyYears,
  };
}

export function presentCostShares(c: CostShares) {
  return {
    service: servicePath(c.serviceId),
    year: c.year,
    method: c.method,
    budget: c.budget,
    ratePerInhabitantOre: c.rateOre,
    fixedSharePercent: c.fixedSharePercent,
    populationYear: c.populationYear,
    populationSources: c.populationSources,
    payersOn: c.payersOn,
    total: c.total,
    problem: c.problem,
    missingPopulation: c.missingPopulation,
    shares: c.shares.map((s) => ({ code: s.code, name: s.name, population: s.population, amount: s.amount, basis: s.basis })),
  };
}
