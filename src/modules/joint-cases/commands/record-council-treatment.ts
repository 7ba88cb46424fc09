import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../../platform/authz';
import { actorLabel } from '../../../platform/authz';
import { defineCommand } from '../../../platform/command';
import type { Database } from '../../../platform/db/schema';
import { ValidationError, type FieldErrors } from '../../../platform/errors';
import { todayInOslo } from '../../../platform/i18n';
import { registerDocument } from '../../archive';
import { councilNotFound, linkNotValid, RevisionConflictError } from '../joint-cases.errors';
import { canManageJointCases, mayRecordAsClerk } from '../joint-cases.policy';
import { councilByCode, documentExists, insertRevision, referralOf, liveLinkByHash, spendLink, updateCouncilAtRevision, type CouncilRow } from '../joint-cases.repository';
import { recordCouncilTreatmentInput } from '../joint-cases.schemas';
import { hashLinkToken } from '../links';
import { cooperationOfJointCase } from './guard';

type Input = z.output<typeof recordCouncilTreatmentInput>;

/**
 * A council's record of its treatment, submitted by the secretariat, a clerk of exactly that
 * municipality, or with a personal link for exactly that council (which the submission spends).
 * Every submission is a new revision, kept whole in the history; a submitter who saw an older
 * revision gets 409 instead of silently overwriting someone else's record.
 */
export const recordCouncilTreatment = defineCommand({
  name: 'recordCouncilTreatment',
  input: recordCouncilTreatmentInput,
  async authorize(actor, input, trx) {
    await submitterOf(trx, actor, input);
    return true;
  },
  pageScope: async (trx, input) => ({ cooperationId: await cooperationOfJointCase(trx, input.joint_case_id) }),
  async run(trx, input, actor) {
    const { council, referral, proposal, via, linkId, linkEmail } = await submitterOf(trx, actor, input);
    checkAgainstReferral(input, proposal);
    if (input.expected_revision !== undefined && input.expected_revision !== council.revision) {
      throw new RevisionConflictError(council.revision, input.expected_revision);
    }
    const now = new Date().toISOString();
    if (linkId !== null && !(await spendLink(trx, linkId, now))) throw linkNotValid();

    const keep = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);
    const uploadedExtract = input.minute_extract_file ? await archiveMinuteExtract(trx, council, referral, input, keep(input.meeting_date, council.meeting_date)) : undefined;
    const record = {
      council_body: keep(input.council_body, council.council_body),
      meeting_date: keep(input.meeting_date, council.meeting_date),
      local_case_number: keep(input.local_case_number, council.local_case_number),
      local_archive_number: keep(input.local_archive_number, council.local_archive_number),
      status: input.status,
      outcome: input.status === 'treated' ? input.outcome : null,
      resolution_text: keep(input.resolution_text, council.resolution_text),
      point_positions: input.point_positions === undefined
        ? council.point_positions
        : JSON.stringify([...input.point_positions].sort((a, b) => a.point - b.point).map((p) => ({ point: p.point, position: p.position, ...(p.note ? { note: p.note } : {}) }))),
      public_record_url: keep(input.public_record_url, council.public_record_url),
      minute_extract_document_id: uploadedExtract ?? keep(input.minute_extract_document_id, council.minute_extract_document_id),
      is_illustrative: input.is_illustrative ? 1 : 0,
      illustrative_note: input.illustrative_note ?? null,
    };
    if (record.minute_extract_document_id !== null && record.minute_extract_document_id !== council.minute_extract_document_id) {
      if (!(await documentExists(trx, record.minute_extract_document_id))) throw new ValidationError({ minute_extract_document_id: ['names no document in the archive: upload the minute extract first'] });
    }
    const submittedBy = via === 'link' ? linkEmail! : actorLabel(actor);
    const changed = await updateCouncilAtRevision(trx, council.id, council.revision, { ...record, submitted_at: now, submitted_by: submittedBy, updated_at: now });
    if (!changed) throw new RevisionConflictError(council.revision + 1, input.expected_revision);
    const revision = council.revision + 1;
    await insertRevision(trx, { council_id: council.id, revision, record: JSON.stringify(record), submitted_at: now, submitted_by: submittedBy, submitted_via: via });
    const { id: _id, ...before } = council;
    return {
      result: { councilId: council.id, revision },
      audit: [{ action: 'joint_case_council.record', entityType: 'joint_case_council', entityId: council.id, before, after: { ...record, revision, submitted_via: via } }],
    };
  },
});

interface Submitter {
  council: CouncilRow;
  referral: { cooperation_id: number; case_id: number };
  proposal: { mode: 'whole' | 'points'; points: number };
  via: 'account' | 'link' | 'secretariat' | 'seed';
  linkId: number | null;
  linkEmail: string | null;
}

/**
 * Who submits, or the refusal. An unknown joint case or council, a clerk of another municipality and
 * a stranger all get the same 404; a link that is unknown, expired, spent or for another council gets
 * the link's one refusal.
 */
async function submitterOf(trx: Transaction<Database>, actor: Actor, input: Input): Promise<Submitter> {
  const jointCase = await referralOf(trx, input.joint_case_id);
  const council = jointCase ? await councilByCode(trx, input.joint_case_id, input.member_code) : undefined;
  const proposal = { mode: jointCase?.proposal_mode ?? 'whole', points: jointCase?.proposal_points ? (JSON.parse(jointCase.proposal_points) as string[]).length : 0 };

  if (input.link_token !== undefined) {
    const link = await liveLinkByHash(trx, hashLinkToken(input.link_token), new Date().toISOString());
    if (!link || !jointCase || !council || link.council_id !== council.id) throw linkNotValid();
    return { council, referral: jointCase, proposal, via: 'link', linkId: link.id, linkEmail: link.email };
  }
  if (!jointCase || !council) throw councilNotFound();
  if (mayRecordAsClerk(actor, council.member_code)) return { council, referral: jointCase, proposal, via: 'account', linkId: null, linkEmail: null };
  if (canManageJointCases(actor, jointCase.cooperation_id)) {
    return { council, referral: jointCase, proposal, via: actor.kind === 'system' ? 'seed' : 'secretariat', linkId: null, linkEmail: null };
  }
  throw councilNotFound();
}

function checkAgainstReferral(input: Input, proposal: Submitter['proposal']): void {
  const errors: FieldErrors = {};
  input.point_positions?.forEach((p, i) => {
    if (proposal.mode === 'whole') errors[`point_positions.${i}.point`] = ['the joint case asks for one resolution on the whole proposal, not positions per point'];
    else if (p.point > proposal.points) errors[`point_positions.${i}.point`] = [`is ${p.point}, but the proposal has ${proposal.points} points`];
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/**
 * The uploaded minute extract (møtebokutskrift) joins the case's documents in the archive, inside this
 * command's transaction: a refused record leaves no document, and the record's audit entry names the
 * submitter. One document per council and revision, public like the council's own minutes.
 */
async function archiveMinuteExtract(
  trx: Transaction<Database>, council: CouncilRow, referral: Submitter['referral'], input: Input, meetingDate: string | null,
): Promise<number> {
  const file = input.minute_extract_file!;
  return registerDocument(trx, {
    source_key: `minute-extract:${council.id}-${council.revision + 1}`,
    cooperation_id: referral.cooperation_id,
    kind: 'attachment',
    title: `Møtebokutskrift, ${council.member_name}`,
    case_id: referral.case_id,
    document_date: meetingDate ?? todayInOslo(),
    is_public: true,
    file: { key: file.key, name: file.name, media_type: file.media_type as never, size: file.size },
    text: file.text,
  });
}
