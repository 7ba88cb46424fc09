/**
 * The matrix of member councils × points as rows: one row per council with its record, a column per
 * point (in points mode), and the resolution text. The CSV and XLSX exports write these rows; the
 * report prints a compact form of the same marks.
 */
import { toCsv } from '../../../platform/export/csv';
import { toXlsx } from '../../../platform/export/xlsx';
import { formatDate, type Locale } from '../../../platform/i18n';
import type { CouncilView, JointCaseView } from '../views';
import { jointLabels, type JointLabels } from './labels';
import { markOf, markWord } from './marks';

type Cell = string | number | null;

/** The point numbers the matrix has a column for: none when the councils resolve the proposal as a whole. */
export function pointNumbers(view: JointCaseView): number[] {
  return view.proposalMode === 'points' ? view.proposal.points.map((_, i) => i + 1) : [];
}

export function matrixHeader(view: JointCaseView, t: JointLabels): string[] {
  return [
    t.member, t.code, t.councilBody, t.meetingDate, t.localCaseNumber, t.localArchiveNumber, t.status, t.councilOutcome,
    ...pointNumbers(view).map((n) => `${t.point} ${n}`),
    t.resolution, t.publicRecord,
    ...(view.rule.weighting === 'population' ? [t.population] : []),
    t.illustrative,
  ];
}

function councilRow(view: JointCaseView, council: CouncilView, t: JointLabels, locale: Locale): Cell[] {
  return [
    council.memberName,
    council.memberCode,
    council.councilBody,
    council.meetingDate ? formatDate(council.meetingDate, locale) : null,
    council.localCaseNumber,
    council.localArchiveNumber,
    t.statuses[council.status],
    council.outcome ? t.outcomes[council.outcome] : null,
    ...pointNumbers(view).map((n) => markWord(markOf(council, n), t)),
    council.resolutionText,
    council.publicRecordUrl,
    ...(view.rule.weighting === 'population' ? [council.population] : []),
    council.isIllustrative ? council.illustrativeNote?.trim() || t.yes : null,
  ];
}

export function matrixRows(view: JointCaseView, locale: Locale): Cell[][] {
  const t = jointLabels(locale);
  return view.councils.map((council) => councilRow(view, council, t, locale));
}

/** Semicolon-separated, UTF-8 with BOM (platform/export/csv.ts): opens in a Norwegian Excel as it is. */
export function matrixCsv(view: JointCaseView, locale: Locale): string {
  return toCsv(matrixHeader(view, jointLabels(locale)), matrixRows(view, locale));
}

/** The matrix sheet, and in points mode a second sheet with each point's text. */
export async function matrixXlsx(view: JointCaseView, locale: Locale): Promise<Buffer> {
  const t = jointLabels(locale);
  const header = matrixHeader(view, t);
  const widths = header.map((title) => (title === t.resolution ? 60 : title === t.member || title === t.publicRecord ? 24 : Math.max(10, title.length + 2)));
  const matrix = { name: t.sheet, header, rows: matrixRows(view, locale), widths };
  if (view.proposalMode !== 'points') return toXlsx([matrix]);
  const points = { name: t.pointsSheet, header: [t.point, t.text], rows: view.proposal.points.map((text, i) => [i + 1, text]), widths: [8, 100] };
  return toXlsx([matrix, points]);
}
