/**
 * File names of the joint-case downloads, the same in every language as the page paths are:
 * `fellessak-12-matrise.csv`, `fellessak-12-rapport.pdf`, `fellessak-12-saksfremlegg-0220-asker.docx`.
 * Names keep æ ø å; `contentDisposition` (meetings documents) adds the plain ASCII name for old clients.
 */
import type { JointCaseView } from '../views';

export type MatrixFormat = 'csv' | 'xlsx';
export type PaperFormat = 'pdf' | 'docx';

function slug(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

export function matrixFileName(view: Pick<JointCaseView, 'id'>, format: MatrixFormat): string {
  return `fellessak-${view.id}-matrise.${format}`;
}

export function jointCaseReportFileName(view: Pick<JointCaseView, 'id'>): string {
  return `fellessak-${view.id}-rapport.pdf`;
}

export function memberCasePaperFileName(view: Pick<JointCaseView, 'id' | 'councils'>, memberCode: string, format: PaperFormat): string {
  const council = view.councils.find((c) => c.memberCode === memberCode);
  const name = council ? slug(council.memberName) : '';
  return `fellessak-${view.id}-saksfremlegg-${[slug(memberCode), name].filter(Boolean).join('-')}.${format}`;
}
