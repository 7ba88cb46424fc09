import { toCsv } from '../../../platform/export/csv';
import { toXlsx, type Sheet } from '../../../platform/export/xlsx';
import { pickText, type Locale, type LocalizedText } from '../../../platform/i18n';
import { answersTable } from './answers-table';
import { computeResults } from './compute-results';
import { exportLabels } from './export-labels';
import type { Dimension, GroupDistribution, RateRow, SurveyResults, SurveyResultsInput } from './results.types';

/**
 * The survey's exports: the answers as CSV, and a workbook with the answers, the results, the response
 * rates and the free text. Both are made from the suppressed results (answers-table.ts, compute-results.ts).
 */
const text = (t: LocalizedText | undefined, locale: Locale) => pickText(t, locale)?.text ?? '';

export function answersCsv(input: SurveyResultsInput, smallCellMin: number, locale: Locale): string {
  const table = answersTable(input, smallCellMin, locale);
  return toCsv(table.header, table.rows);
}

/** A share of 0–1 as a percentage with one decimal (a number, so that a spreadsheet can sum it). */
export const percentOf = (count: number, n: number) => (n > 0 ? Math.round((count / n) * 1000) / 10 : 0);

export async function resultsXlsx(input: SurveyResultsInput, smallCellMin: number, locale: Locale): Promise<Buffer> {
  const l = exportLabels(locale);
  const answers = answersTable(input, smallCellMin, locale);
  const byRole = computeResults(input, { smallCellMin, by: 'role' });
  const byMunicipality = computeResults(input, { smallCellMin, by: 'municipality' });
  const sheets: Sheet[] = [
    { name: l.sheetAnswers, header: answers.header, rows: answers.rows, widths: answers.header.map((h) => Math.min(40, Math.max(12, h.length))) },
    {
      name: l.sheetResults,
      header: [l.question, l.group, l.respondents, l.answer, l.count, l.percent, l.mean],
      rows: [...resultRows(byRole, 'role', locale, true), ...resultRows(byMunicipality, 'municipality', locale, false)],
      widths: [50, 30, 12, 30, 10, 10, 12],
    },
    { name: l.sheetRates, header: [l.group, l.invited, l.responses, l.answeredInvitations, l.rate], rows: rateRows(byRole, locale), widths: [30, 10, 10, 20, 12] },
    {
      name: l.sheetFreeText,
      header: [l.question, l.answer],
      rows: byRole.freeText.flatMap((f) => (f.answers === null ? [[text(f.title, locale), l.freeTextHidden]] : f.answers.map((a) => [text(f.title, locale), a]))),
      widths: [50, 80],
    },
  ];
  return toXlsx(sheets);
}

/** Long format: one row per question, group and answer. Hidden groups say so, with no numbers. */
export function resultRows(results: SurveyResults, by: Dimension, locale: Locale, withOverall: boolean): (string | number | null)[][] {
  const l = exportLabels(locale);
  const hidden = l.hiddenN(results.smallCellMin);
  const groupName = (g: GroupDistribution) => (g.key === 'all' ? l.everyone : `${by === 'role' ? l.role : l.municipality}: ${text(g.label, locale)}`);
  return results.distributions.flatMap((d) => {
    const title = d.rowLabel ? `${text(d.title, locale)} – ${text(d.rowLabel, locale)}` : text(d.title, locale);
    const groups = [...(withOverall ? [d.overall] : []), ...(d.breakdown?.groups ?? [])];
    return groups.flatMap((g) =>
      g.hidden || g.counts === null || g.n === null
        ? [[title, groupName(g), hidden, null, null, null, null]]
        : d.categories.map((c, i) => [title, groupName(g), g.n, text(c.label, locale), g.counts![i]!, percentOf(g.counts![i]!, g.n!), g.mean === null ? null : Math.round(g.mean * 100) / 100]),
    );
  });
}

export function rateRows(results: SurveyResults, locale: Locale): (string | number | null)[][] {
  const l = exportLabels(locale);
  const hidden = l.hiddenN(results.smallCellMin);
  const row = (name: string, r: Pick<RateRow, 'invited' | 'responses' | 'answeredInvitations' | 'rate'>, isHidden: boolean) =>
    isHidden ? [name, r.invited, hidden, hidden, hidden] : [name, r.invited, r.responses, r.answeredInvitations, r.rate === null ? null : percentOf(r.rate, 1)];
  const t = results.rates.total;
  return [
    row(l.total, t, false),
    ...results.rates.byRole.map((r) => row(`${l.role}: ${text(r.label, locale)}`, r, r.hidden)),
    ...results.rates.byMunicipality.map((r) => row(`${l.municipality}: ${text(r.label, locale)}`, r, r.hidden)),
  ];
}
