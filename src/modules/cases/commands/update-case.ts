import { defineCommand } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import type { RowUpdate } from '../../../platform/db/schema';
import { canManageMeetings } from '../cases.policy';
import { caseById, updateCaseRow } from '../cases.repository';
import { updateCaseInput } from '../cases.schemas';

/**
 * Revises a case's paper. Resolutions already recorded are not touched: they live on the
 * treatments, apart from the proposal. Fields not sent keep their value.
 */
export const updateCase = defineCommand({
  name: 'updateCase',
  input: updateCaseInput,
  async authorize(actor, input, trx) {
    const found = await caseById(trx, input.case_id);
    // Not found and not allowed look the same: a non-public case's existence is not revealed.
    if (!found || !canManageMeetings(actor, found.cooperation_id)) throw new NotFoundError('No case has this id.');
    return true;
  },
  async run(trx, input) {
    const before = (await caseById(trx, input.case_id))!;
    const changes: RowUpdate<'cases'> = { updated_at: new Date().toISOString() };
    const copy = <K extends keyof typeof input & keyof RowUpdate<'cases'>>(key: K) => {
      if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
    };
    for (const key of ['title', 'case_officer', 'archive_reference', 'proposal_kind', 'proposal_text', 'background', 'assessment', 'language', 'illustrative_note'] as const) copy(key);
    if (input.proposal_points !== undefined) changes.proposal_points = input.proposal_points.length ? JSON.stringify(input.proposal_points) : null;
    if (input.is_public !== undefined) {
      changes.is_public = input.is_public ? 1 : 0;
      changes.exempt_basis = input.is_public ? null : (input.exempt_basis ?? before.exempt_basis);
    }
    if (input.is_illustrative !== undefined) changes.is_illustrative = input.is_illustrative ? 1 : 0;
    const { cooperation_slug: _slug, ...beforeRow } = before;
    const after = await updateCaseRow(trx, before.id, changes);
    // The summons, minutes and case paper already in the archive are written again from the new
    // state (or withdrawn), so search never keeps text the public may no longer read. Imported when
    // run: the meetings module builds on this one, and a static import would make the two load in a circle.
    const { refreshArchiveForCase } = await import('../../meetings');
    const archive = await refreshArchiveForCase(trx, after.id);
    return { result: { id: after.id }, audit: [{ action: 'case.update', entityType: 'case', entityId: after.id, before: beforeRow, after: { ...after, archive } }] };
  },
});
