import type { LocalizedText } from '../../../platform/i18n';
import type { Question } from '../survey-definition';
import { categorizer, numberCategorizer, type Categorizer } from './categories';
import type {
  Dimension,
  Distribution,
  FreeTextResult,
  GroupDistribution,
  GroupLabel,
  RateRow,
  ResponseForResults,
  ResponseRates,
  SurveyResults,
  SurveyResultsInput,
} from './results.types';
import { cellMinimum, suppressGroups } from './suppression';

/**
 * The results of a survey with small cells suppressed. A pure function of its input: every output
 * (page, API, CSV, XLSX, PDF) is made from what it returns, so nothing can bypass the suppression.
 * `by` chooses the breakdown shown with each distribution (null: overall only).
 */
export function computeResults(input: SurveyResultsInput, options: { smallCellMin: number; by: Dimension | null }): SurveyResults {
  const min = cellMinimum(options.smallCellMin);
  const rates = responseRates(input, min);
  const hiddenGroups = {
    role: rates.byRole.filter((r) => r.hidden).map((r) => r.key),
    municipality: rates.byMunicipality.filter((r) => r.hidden).map((r) => r.key),
  };
  const distributions = input.questions.flatMap((q) => distributionsOf(q, input, min, options.by, hiddenGroups));
  const enough = input.responses.length >= min;
  const freeText: FreeTextResult[] = input.questions
    .filter((q) => q.kind === 'text')
    .map((q) => {
      const answers = input.responses
        .map((r) => r.answers[q.key])
        .filter((a): a is string => typeof a === 'string' && a.trim() !== '')
        .map((a) => a.trim());
      // Alphabetical: the order of arrival could tell who wrote what.
      answers.sort((a, b) => a.localeCompare(b, 'nb'));
      return { questionKey: q.key, title: q.text, answers: enough ? answers : null, count: enough ? answers.length : null };
    });
  return { smallCellMin: min, respondents: rates.total.responses, rates, by: options.by, distributions, freeText, hiddenGroups };
}

const groupOf = (r: { role: string; municipalityCode: string }, by: Dimension) => (by === 'role' ? r.role : r.municipalityCode);

/** The groups to list: the known ones in their order, then any other key that occurs. */
function groupList(input: SurveyResultsInput, by: Dimension): GroupLabel[] {
  const known = [...input.groups[by]];
  const keys = new Set(known.map((g) => g.key));
  for (const key of [...input.responses.map((r) => groupOf(r, by)), ...input.invitations[by].map((i) => i.key)]) {
    if (!keys.has(key)) {
      keys.add(key);
      known.push({ key, label: { nb: key, nn: key, en: key } });
    }
  }
  return known;
}

function responseRates(input: SurveyResultsInput, min: number): ResponseRates {
  const rows = (by: Dimension): { rows: RateRow[]; hideTotal: readonly boolean[] } => {
    const groups = groupList(input, by).map((g) => {
      const invitations = input.invitations[by].find((i) => i.key === g.key);
      return {
        ...g,
        invited: invitations?.invited ?? 0,
        responses: input.responses.filter((r) => groupOf(r, by) === g.key).length,
        answered: invitations?.answered ?? 0,
      };
    });
    const s = suppressGroups(groups.map((g) => ({ key: g.key, counts: [g.responses, g.answered] })), min);
    return {
      hideTotal: s.hideTotal,
      rows: groups
        // A group nobody was invited from and nobody answered from says nothing: leave it out.
        .filter((g) => g.invited > 0 || g.responses > 0)
        .map((g) => {
          const hidden = s.hidden.has(g.key);
          return {
            key: g.key,
            label: g.label,
            hidden,
            invited: g.invited,
            responses: hidden ? null : g.responses,
            answeredInvitations: hidden ? null : g.answered,
            rate: hidden || g.invited === 0 ? null : g.answered / g.invited,
          };
        }),
    };
  };
  const byRole = rows('role');
  const byMunicipality = rows('municipality');
  const invited = input.invitations.role.reduce((s, i) => s + i.invited, 0);
  const answered = input.invitations.role.reduce((s, i) => s + i.answered, 0);
  const hideResponses = byRole.hideTotal[0] || byMunicipality.hideTotal[0];
  const hideAnswered = byRole.hideTotal[1] || byMunicipality.hideTotal[1];
  const openLink = input.responses.length - answered;
  return {
    total: {
      invited,
      responses: hideResponses ? null : input.responses.length,
      answeredInvitations: hideAnswered ? null : answered,
      rate: hideAnswered || invited === 0 ? null : answered / invited,
      // Open-link responses are the difference of the two, so they are hidden when either is.
      openLinkResponses: hideResponses || hideAnswered ? null : Math.max(0, openLink),
    },
    byRole: byRole.rows,
    byMunicipality: byMunicipality.rows,
  };
}

function distributionsOf(
  q: Question,
  input: SurveyResultsInput,
  min: number,
  by: Dimension | null,
  hiddenGroups: Record<Dimension, string[]>,
): Distribution[] {
  if (q.kind === 'text') return [];
  if (q.kind === 'matrix') {
    return q.rows.map((row) => build(q, `${q.key}.${row.key}`, categorizer(q, row.key)!, input, min, by, hiddenGroups, row.label));
  }
  const c = q.kind === 'number' ? numberCategorizer(q, input.responses.map((r) => r.answers[q.key])) : categorizer(q)!;
  return [build(q, q.key, c, input, min, by, hiddenGroups)];
}

function build(
  q: Question,
  id: string,
  c: Categorizer,
  input: SurveyResultsInput,
  min: number,
  by: Dimension | null,
  hiddenGroups: Record<Dimension, string[]>,
  rowLabel?: LocalizedText,
): Distribution {
  // A matrix row's categorizer picks its row out of the matrix's answer object.
  const answerOf = (r: ResponseForResults) => r.answers[q.key];
  const tally = (responses: readonly ResponseForResults[]) => {
    const counts = c.categories.map(() => 0);
    let n = 0;
    const values: number[] = [];
    for (const r of responses) {
      const hits = c.of(answerOf(r));
      if (hits.length === 0) continue;
      n += 1;
      for (const i of hits) counts[i]! += 1;
      const v = c.value?.(answerOf(r));
      if (v !== null && v !== undefined) values.push(v);
    }
    const mean = c.value && values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
    return { n, counts, mean };
  };
  const all = tally(input.responses);
  const overallHidden = all.n > 0 && all.n < min;
  const overall: GroupDistribution = {
    key: 'all',
    label: { nb: 'Alle', nn: 'Alle', en: 'Everyone' },
    hidden: overallHidden,
    n: overallHidden ? null : all.n,
    counts: overallHidden ? null : all.counts,
    mean: overallHidden ? null : all.mean,
  };
  let breakdown: Distribution['breakdown'] = null;
  if (by) {
    const groups = groupList(input, by).map((g) => ({ ...g, ...tally(input.responses.filter((r) => groupOf(r, by) === g.key)) }));
    // Start from the groups the whole survey hides, so that no table shows what the rates table hides.
    const s = suppressGroups(groups.map((g) => ({ key: g.key, counts: [g.n] })), min, hiddenGroups[by]);
    const everyoneHidden = overallHidden || s.hideTotal[0];
    breakdown = {
      by,
      groups: groups
        .filter((g) => g.n > 0 || s.hidden.has(g.key))
        .map((g) => {
          const hidden = everyoneHidden || s.hidden.has(g.key);
          return { key: g.key, label: g.label, hidden, n: hidden ? null : g.n, counts: hidden ? null : g.counts, mean: hidden ? null : g.mean };
        }),
    };
  }
  return {
    id,
    questionKey: q.key,
    kind: q.kind,
    title: q.text,
    ...(rowLabel ? { rowLabel } : {}),
    multiple: q.kind === 'multiple_choice',
    categories: c.categories,
    overall,
    breakdown,
  };
}
