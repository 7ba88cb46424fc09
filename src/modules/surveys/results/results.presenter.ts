import type { LocalizedText } from '../../../platform/i18n';
import { exportLabels } from './export-labels';
import type { GroupDistribution, RateRow, SurveyResults } from './results.types';

/** Suppressed results → the API's JSON (results.api-schemas.ts). */
const localized = (t: LocalizedText | undefined) => ({ nb: t?.nb ?? null, nn: t?.nn ?? null, en: t?.en ?? null });

const rate = (r: RateRow) => ({ key: r.key, name: localized(r.label), hidden: r.hidden, invited: r.invited, responses: r.responses, answeredInvitations: r.answeredInvitations, rate: r.rate });
const group = (g: GroupDistribution) => ({ key: g.key, name: localized(g.label), hidden: g.hidden, n: g.n, counts: g.counts as number[] | null, mean: g.mean });

export function presentResults(surveyId: number, r: SurveyResults) {
  return {
    survey: surveyId,
    smallCellMin: r.smallCellMin,
    suppressionRule: exportLabels('en').rule(r.smallCellMin),
    by: r.by,
    respondents: r.respondents,
    responseRates: { total: r.rates.total, byRole: r.rates.byRole.map(rate), byMunicipality: r.rates.byMunicipality.map(rate) },
    distributions: r.distributions.map((d) => ({
      id: d.id,
      questionKey: d.questionKey,
      kind: d.kind,
      name: localized(d.title),
      row: d.rowLabel ? localized(d.rowLabel) : null,
      multiple: d.multiple,
      categories: d.categories.map((c) => ({ key: c.key, name: localized(c.label) })),
      overall: group(d.overall),
      groups: d.breakdown ? d.breakdown.groups.map(group) : null,
    })),
    freeText: r.freeText.map((f) => ({ questionKey: f.questionKey, name: localized(f.title), count: f.count, answers: f.answers })),
  };
}
