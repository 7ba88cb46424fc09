import { pickText, type Locale, type LocalizedText } from '../../../platform/i18n';
import type { Question } from '../survey-definition';
import { asNumber } from './categories';
import { computeResults } from './compute-results';
import { exportLabels } from './export-labels';
import type { Dimension, SurveyResults, SurveyResultsInput } from './results.types';
import { suppressCells } from './suppression';

/**
 * One row per response for the CSV and XLSX exports, with no person data: role, municipality and the
 * answers. The same suppression as the results applies, row by row:
 * - a role or municipality the results hide is written "Skjult (under N svar)";
 * - so is a municipality whose role × municipality cell is small (with complementary cells, so that
 *   counting rows cannot find it);
 * - an answer is hidden where the results hide that group for that question, and a question the
 *   results hide altogether has no answers in the file;
 * - free text is not in these rows (it would tie a text to a group): it is listed apart, for the whole
 *   survey only. Below the threshold in the whole survey there are no rows at all.
 * Rows are sorted by their content, never in the order the responses came in.
 */
export interface AnswersTable {
  header: string[];
  rows: (string | number | null)[][];
}

const text = (t: LocalizedText | undefined, locale: Locale) => pickText(t, locale)?.text ?? '';

export function answersTable(input: SurveyResultsInput, smallCellMin: number, locale: Locale): AnswersTable {
  const l = exportLabels(locale);
  const results: Record<Dimension, SurveyResults> = {
    role: computeResults(input, { smallCellMin, by: 'role' }),
    municipality: computeResults(input, { smallCellMin, by: 'municipality' }),
  };
  const min = results.role.smallCellMin;
  const hiddenWord = l.hiddenN(min);
  const columns = answerColumns(input.questions, locale);
  const header = [l.role, l.municipality, ...columns.map((c) => c.title)];
  if (input.responses.length < min) return { header, rows: [] };

  const hiddenRoles = new Set(results.role.hiddenGroups.role);
  const hiddenMunicipalities = new Set(results.role.hiddenGroups.municipality);
  const cells = new Map<string, Map<string, number>>();
  for (const r of input.responses) {
    const row = cells.get(r.role) ?? new Map<string, number>();
    row.set(r.municipalityCode, (row.get(r.municipalityCode) ?? 0) + 1);
    cells.set(r.role, row);
  }
  const hiddenCells = suppressCells(cells, min);
  const hiddenIn = (dimension: Dimension, distributionId: string) =>
    new Set(results[dimension].distributions.find((d) => d.id === distributionId)?.breakdown?.groups.filter((g) => g.hidden).map((g) => g.key) ?? []);
  const perColumn = columns.map((c) => ({
    ...c,
    wholeHidden: results.role.distributions.find((d) => d.id === c.distributionId)?.overall.hidden ?? false,
    roles: hiddenIn('role', c.distributionId),
    municipalities: hiddenIn('municipality', c.distributionId),
  }));
  const label = (dimension: Dimension, key: string) => text(input.groups[dimension].find((g) => g.key === key)?.label, locale) || key;

  const rows = input.responses.map((r) => {
    const roleShown = !hiddenRoles.has(r.role);
    const municipalityShown = !hiddenMunicipalities.has(r.municipalityCode) && !hiddenCells.has(`${r.role}|${r.municipalityCode}`);
    const answers = perColumn.map((c) => {
      if (c.wholeHidden) return null;
      if ((roleShown && c.roles.has(r.role)) || (municipalityShown && c.municipalities.has(r.municipalityCode))) return hiddenWord;
      return c.value(r.answers[c.questionKey]);
    });
    return [roleShown ? label('role', r.role) : hiddenWord, municipalityShown ? label('municipality', r.municipalityCode) : hiddenWord, ...answers];
  });
  const key = (row: (string | number | null)[]) => JSON.stringify(row);
  rows.sort((a, b) => key(a).localeCompare(key(b), 'nb'));
  return { header, rows };
}

interface AnswerColumn {
  title: string;
  questionKey: string;
  /** The results' distribution this column's answers are counted in. */
  distributionId: string;
  value(answer: unknown): string | number | null;
}

function answerColumns(questions: readonly Question[], locale: Locale): AnswerColumn[] {
  return questions.flatMap((q): AnswerColumn[] => {
    const title = text(q.text, locale);
    const base = { title, questionKey: q.key, distributionId: q.key };
    switch (q.kind) {
      case 'single_choice':
      case 'multiple_choice': {
        const labelOf = (key: unknown) => text(q.options.find((o) => o.key === key)?.label, locale) || String(key);
        return [{ ...base, value: (a) => (a === undefined || a === null || a === '' ? null : Array.isArray(a) ? a.map(labelOf).join('; ') : labelOf(a)) }];
      }
      case 'rating':
      case 'number':
        return [{ ...base, value: asNumber }];
      case 'matrix':
        return q.rows.map((row) => ({
          title: `${title} – ${text(row.label, locale)}`,
          questionKey: q.key,
          distributionId: `${q.key}.${row.key}`,
          value: (a) => {
            const picked = a && typeof a === 'object' ? (a as Record<string, unknown>)[row.key] : undefined;
            return picked === undefined ? null : text(q.columns.find((c) => c.key === picked)?.label, locale) || String(picked);
          },
        }));
      case 'text':
        return [];
    }
  });
}
