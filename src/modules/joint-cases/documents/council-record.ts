/**
 * One member's record in the joint case report: status, outcome, body, date and local numbers, the
 * resolution, its position on each point, and how it differs from the proposal, in words that read
 * in black and white ("[+added+]", "[-removed-]").
 */
import { formatDate, type Locale } from '../../../platform/i18n';
import type { CouncilView, DiffPart, JointCaseView } from '../views';
import { fieldBlocks, illustrativeBlocks, textBlocks, type Block } from './kit';
import type { JointLabels } from './labels';
import { isReadableDiff, markOf, markText, markedDiff, memberTitle } from './marks';
import { pointNumbers } from './matrix';

export function councilBlocks(view: JointCaseView, council: CouncilView, t: JointLabels, locale: Locale): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: `${memberTitle(council, t)} (${council.memberCode})` },
    ...illustrativeBlocks(t.illustrative, council.isIllustrative ? (council.illustrativeNote ?? '') : undefined),
    ...fieldBlocks([
      [t.status, t.statuses[council.status]],
      [t.councilOutcome, council.outcome ? t.outcomes[council.outcome] : null],
      [t.councilBody, council.councilBody],
      [t.meetingDate, council.meetingDate ? formatDate(council.meetingDate, locale) : null],
      [t.localCaseNumber, council.localCaseNumber],
      [t.localArchiveNumber, council.localArchiveNumber],
      [t.publicRecord, council.publicRecordUrl],
    ]),
  ];
  if (council.status !== 'treated') {
    blocks.push({ kind: 'paragraph', text: t.notTreatedYet, note: true });
    return blocks;
  }
  blocks.push({ kind: 'paragraph', text: `${t.resolution}:`, strong: true });
  blocks.push(...(council.resolutionText?.trim() ? textBlocks(council.resolutionText) : [{ kind: 'paragraph', text: t.noResolutionText, note: true } as Block]));
  const positions = positionLines(view, council, t);
  if (positions.length) blocks.push({ kind: 'paragraph', text: `${t.positions}:`, strong: true }, { kind: 'list', ordered: false, start: 1, items: positions });
  if (council.diff?.length) blocks.push({ kind: 'paragraph', label: t.differences, text: differences(council.diff, t) });
  return blocks;
}

/** "Punkt 3: – Mot – <note>" per point, or one line "Alle punktene: + For" when they all agree without notes. */
function positionLines(view: JointCaseView, council: CouncilView, t: JointLabels): string[] {
  const points = pointNumbers(view).map((n) => ({ n, mark: markOf(council, n), note: council.points.find((p) => p.point === n)?.note?.trim() }));
  if (points.length > 1 && points.every((p) => p.mark === points[0]!.mark && !p.note)) return [`${t.allPoints}: ${markText(points[0]!.mark, t)}`];
  return points.map(({ n, mark, note }) => `${t.point} ${n}: ${markText(mark, t)}${note ? ` – ${note}` : ''}`);
}

function differences(diff: DiffPart[], t: JointLabels): string {
  if (diff.every((p) => p.kind === 'same')) return t.unchanged;
  return isReadableDiff(diff) ? markedDiff(diff) : t.reworded;
}
