import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { canManageMeetings } from '../../cases';
import { refreshArchiveForMeeting } from '../archive-entries';
import { updateAgendaItemRow } from '../meetings.repository';
import { updateAgendaItemInput } from '../meetings.schemas';
import { agendaItemForWrite, cooperationOfAgendaItem } from './meeting-guard';

/** Changes an item's title and whether it is public (or exempt, with its legal basis) until the minutes are approved. */
export const updateAgendaItem = defineCommand({
  name: 'updateAgendaItem',
  input: updateAgendaItemInput,
  authorize: async (actor, input, trx) => canManageMeetings(actor, await cooperationOfAgendaItem(trx, input.agenda_item_id)),
  async run(trx, input) {
    const { item: before } = await agendaItemForWrite(trx, input.agenda_item_id, 'edit_item');
    const title = input.title === undefined ? before.title : input.title;
    if (before.case_id === null && !title) throw new ValidationError({ title: ['must be given for an item without a case'] });
    const access =
      input.is_public === undefined
        ? {}
        : { is_public: input.is_public ? 1 : 0, exempt_basis: input.is_public ? null : (input.exempt_basis ?? before.exempt_basis) };
    const after = await updateAgendaItemRow(trx, before.id, { title, ...access });
    const archive = await refreshArchiveForMeeting(trx, after.meeting_id);
    return { result: { id: after.id }, audit: [{ action: 'agenda_item.update', entityType: 'agenda_item', entityId: after.id, before, after: { ...after, archive } }] };
  },
});
