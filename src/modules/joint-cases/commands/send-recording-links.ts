import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { canManageJointCases } from '../joint-cases.policy';
import { councilsOf, jointCaseById } from '../joint-cases.repository';
import { sendRecordingLinksInput } from '../joint-cases.schemas';
import { issueLinks } from '../link-issue';
import type { RecordingLinkToSend } from '../views';
import { cooperationOfJointCase } from './guard';

/**
 * Creates personal recording links for the chosen councils (`all`: every council not yet treated or
 * withdrawn), one per recipient. The tokens are returned once, to be e-mailed after the commit with
 * `mailRecordingLinks`; councils with no address to send to are listed so the page can say so.
 */
export const sendRecordingLinks = defineCommand({
  name: 'sendRecordingLinks',
  input: sendRecordingLinksInput,
  authorize: async (actor, input, trx) => canManageJointCases(actor, await cooperationOfJointCase(trx, input.joint_case_id)),
  pageScope: () => 'none' as const, // links change no page
  async run(trx, input) {
    const jointCase = (await jointCaseById(trx, input.joint_case_id))!;
    const councils = await councilsOf(trx, [jointCase.id]);
    let chosen = councils.filter((c) => c.status !== 'treated' && c.status !== 'withdrawn');
    if (input.members !== 'all') {
      const codes = new Set(input.members);
      const unknown = [...codes].filter((code) => !councils.some((c) => c.member_code === code));
      if (unknown.length) throw new ValidationError({ members: [`${unknown.join(', ')}: the joint case is not referred to ${unknown.length === 1 ? 'this member' : 'these members'}`] });
      chosen = councils.filter((c) => codes.has(c.member_code));
    }
    const { links, withoutAddress } = await issueLinks(trx, chosen, jointCase.deadline, new Date(), { validDays: input.valid_days });
    const result: { links: RecordingLinkToSend[]; withoutAddress: { memberCode: string; memberName: string }[] } = {
      links,
      withoutAddress: withoutAddress.map((c) => ({ memberCode: c.member_code, memberName: c.member_name })),
    };
    return {
      result,
      audit: [{
        action: 'joint_case.links_created',
        entityType: 'joint_case',
        entityId: jointCase.id,
        // Never the tokens: the audit trail must not hold a usable link.
        after: { links: links.map((l) => ({ member_code: l.memberCode, email: l.email, expires_at: l.expiresAt })) },
      }],
    };
  },
});
