import { defineCommand } from '../../../platform/command';
import { canManageJointCases } from '../joint-cases.policy';
import { ValidationError } from '../../../platform/errors';
import { isCasePublic, jointCaseById, setPublished } from '../joint-cases.repository';
import { setJointCasePublishedInput } from '../joint-cases.schemas';
import { cooperationOfJointCase } from './guard';

/** Publishes the joint case (the matrix and the councils' resolutions on the public site), or withdraws it. */
export const setJointCasePublished = defineCommand({
  name: 'setJointCasePublished',
  input: setJointCasePublishedInput,
  authorize: async (actor, input, trx) => canManageJointCases(actor, await cooperationOfJointCase(trx, input.joint_case_id)),
  pageScope: async (trx, input) => ({ cooperationId: await cooperationOfJointCase(trx, input.joint_case_id) }),
  async run(trx, input) {
    const before = (await jointCaseById(trx, input.joint_case_id))!;
    if (input.is_published && (await isCasePublic(trx, before.case_id))?.is_public !== 1) {
      // The public reads only joint cases of public cases: publishing would show nothing and promise otherwise.
      throw new ValidationError({ is_published: ['cannot be set: the case is exempt from public access (unntatt offentlighet); make the case public first'] });
    }
    const at = new Date().toISOString();
    const keepDate = before.is_published === 1 && input.is_published;
    await setPublished(trx, before.id, input.is_published, keepDate ? before.published_at ?? at : at);
    return {
      result: { id: before.id, isPublished: input.is_published },
      audit: [{
        action: input.is_published ? 'joint_case.publish' : 'joint_case.unpublish',
        entityType: 'joint_case',
        entityId: before.id,
        before: { is_published: before.is_published, published_at: before.published_at },
        after: { is_published: input.is_published ? 1 : 0 },
      }],
    };
  },
});
