/**
 * Each member's own case paper (saksfremlegg) for a joint case: the meetings module's case paper,
 * addressed "Til: Asker kommune", with the deadline among its header fields and, before the proposal,
 * what the member is asked to do and the secretariat's covering letter. The member imports it into
 * its own case system, so it is the same paper the cooperation's body had, plus what the referral adds.
 */
import { NotFoundError } from '../../../platform/errors';
import { formatDate, type Locale } from '../../../platform/i18n';
import type { CasePaperModel } from '../../meetings/documents';
import type { CouncilView, JointCaseView } from '../views';
import { casePaperOutline, meetingLabels, textBlocks, type Block, type Outline } from './kit';
import { fill, jointLabels } from './labels';
import { memberTitle } from './marks';

/**
 * `base` is the case's own paper (meetings' `casePaperModel`, for the same reader and locale): its
 * path, case officer, background, assessment and attachments are kept. Without it the paper carries
 * the referral alone. The proposal is always the one referred, which a later edit of the case does not change.
 */
export function memberCasePaperModel(view: JointCaseView, council: CouncilView, locale: Locale, base?: CasePaperModel): CasePaperModel {
  const model: CasePaperModel = {
    path: [],
    attachments: [],
    proposalKind: 'forslag_til_vedtak',
    ...base,
    cooperationName: view.cooperation.name,
    locale,
    title: view.title,
    proposal: {
      ...(view.proposal.text?.trim() ? { text: view.proposal.text } : {}),
      ...(view.proposal.points.length ? { points: view.proposal.points } : {}),
    },
    addressee: memberTitle(council, jointLabels(locale)),
  };
  const caseNumber = base?.caseNumber ?? view.caseNumber;
  if (caseNumber) model.caseNumber = caseNumber;
  if (view.isIllustrative && model.illustrativeNote === undefined) model.illustrativeNote = view.illustrativeNote ?? '';
  return model;
}

export function findCouncil(view: JointCaseView, memberCode: string): CouncilView {
  const council = view.councils.find((c) => c.memberCode === memberCode);
  if (!council) throw new NotFoundError(`Joint case ${view.id} was not referred to a member with code ${memberCode}.`);
  return council;
}

export function memberCasePaperOutline(view: JointCaseView, memberCode: string, locale: Locale, base?: CasePaperModel): Outline {
  const council = findCouncil(view, memberCode);
  const outline = casePaperOutline(memberCasePaperModel(view, council, locale, base));
  const t = jointLabels(locale);
  const deadline = formatDate(view.deadline, locale);
  const blocks = [...outline.blocks];
  // The deadline belongs with "Til:" in the header; the request and the letter just above the proposal.
  const to = blocks.findIndex((b) => b.kind === 'paragraph' && b.label === meetingLabels(locale).to);
  const header: Block[] = [{ kind: 'paragraph', label: t.deadline, text: deadline }];
  // Without the case's own paper there is no path table to show the cooperation's case number.
  if (!base?.path.length && view.caseNumber) header.unshift({ kind: 'paragraph', label: fill(t.caseIn, { cooperation: view.cooperation.name }), text: view.caseNumber });
  blocks.splice(to + 1, 0, ...header);
  const referral: Block[] = [
    { kind: 'heading', level: 2, text: t.referral },
    { kind: 'paragraph', text: fill(t.instructions[view.proposalMode], { deadline }) },
  ];
  if (view.message?.trim()) referral.push({ kind: 'heading', level: 3, text: t.coveringLetter }, ...textBlocks(view.message));
  const proposal = blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
  blocks.splice(proposal < 0 ? blocks.length : proposal, 0, ...referral);
  return { ...outline, blocks };
}
