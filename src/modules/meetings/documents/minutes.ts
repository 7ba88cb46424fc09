/**
 * The minutes (møteprotokoll): who was there, then for each case the proposal, the treatment
 * (amendments, votes, outcome) and the resolution kept apart from the proposal, and the approval.
 */
import { checkDate } from './check';
import { isHidden, visibleTitle } from './exempt';
import { fill, labelsFor, type Labels } from './labels';
import { meetingDocumentHead, meetingDocumentOutline } from './meeting-document';
import type { MinutesItem, MinutesModel, VoteRecord } from './models';
import { fieldBlocks, resolutionBlocks, type Block, type Outline } from './outline';
import { shortDate } from './when';

export function minutesOutline(model: MinutesModel): Outline {
  const t = labelsFor(model.locale);
  const blocks = meetingDocumentHead('minutes', model);
  const people: [string, string[] | undefined][] = [[t.present, model.present], [t.absent, model.absent], [t.alsoPresent, model.alsoPresent]];
  for (const [label, lines] of people) {
    if (!lines?.length) continue;
    blocks.push({ kind: 'heading', level: 2, text: label }, { kind: 'list', ordered: false, start: 1, items: lines });
  }
  model.items.forEach((item) => blocks.push(...itemBlocks(t, item)));
  if (model.approval) {
    const date = shortDate(checkDate('minutes.approval.approvedAt', model.approval.approvedAt), model.locale);
    const by = model.approval.approvedBy.trim();
    blocks.push({ kind: 'paragraph', text: by ? fill(t.approved, { date, name: by }) : fill(t.approvedOn, { date }), strong: true });
  } else {
    blocks.push({ kind: 'paragraph', text: t.notApproved, note: true });
  }
  return meetingDocumentOutline('minutes', model, blocks);
}

function itemBlocks(t: Labels, item: MinutesItem): Block[] {
  const number = item.caseNumber ? `${t.case} ${item.caseNumber} ` : '';
  const heading: Block = { kind: 'heading', level: 2, text: `${number}${visibleTitle(t, item)}` };
  if (isHidden(item)) return [heading];
  const blocks: Block[] = [
    heading,
    { kind: 'heading', level: 3, text: t.forslag_til_vedtak },
    ...resolutionBlocks(item.proposal, '–'),
    { kind: 'heading', level: 3, text: t.treatment },
  ];
  const amendments = (item.amendments ?? []).filter((a) => a.trim());
  if (amendments.length) {
    blocks.push({ kind: 'paragraph', text: `${t.amendments}:`, strong: true }, { kind: 'list', ordered: false, start: 1, items: amendments });
  }
  blocks.push(...fieldBlocks([[t.votes, votesText(t, item.votes ?? null)], [t.outcome, item.outcomeLabel]]));
  blocks.push({ kind: 'heading', level: 3, text: t.resolution }, ...resolutionBlocks(item.resolution, t.noResolution));
  return blocks;
}

/** "12 for, 3 mot, 1 blanke" or "for: Ordfører i Asker, …; mot: …". */
function votesText(t: Labels, votes: VoteRecord): string | null {
  if (!votes) return null;
  if ('byName' in votes) {
    const groups = [
      [t.voteFor, votes.byName.filter((v) => v.vote === 'for')],
      [t.voteAgainst, votes.byName.filter((v) => v.vote === 'against')],
      [t.voteBlank, votes.byName.filter((v) => v.vote === 'blank')],
    ] as const;
    return groups
      .filter(([, names]) => names.length)
      .map(([label, names]) => `${label} (${names.length}): ${names.map((v) => v.name).join(', ')}`)
      .join('; ');
  }
  return `${votes.for} ${t.voteFor}, ${votes.against} ${t.voteAgainst}, ${votes.blank} ${t.voteBlank}`;
}
