import { defineCommand } from '../../../platform/command';
import { canManageMeetings } from '../../cases';
import { deleteAgendaItem } from '../meetings.repository';
import { agendaItemIdInput } from '../meetings.schemas';
import { agendaItemForWrite, cooperationOfAgendaItem } from './meeting-guard';

/**
 * Takes an item off an agenda before the meeting is held. Its case number is not given again: the
 * counter only goes up, so the body's list shows a gap where the case was withdrawn, as in practice.
 */
export const removeAgendaItem = defineCommand({
  name: 'removeAgendaItem',
  input: agendaItemIdInput,
  authorize: async (actor, input, trx) => canManageMeetings(actor, await cooperationOfAgendaItem(trx, input.agenda_item_id)),
  async run(trx, input) {
    const { item } = await agendaItemForWrite(trx, input.agenda_item_id, 'edit_agenda');
    await deleteAgendaItem(trx, item.id);
    return { result: { id: item.id }, audit: [{ action: 'agenda_item.remove', entityType: 'agenda_item', entityId: item.id, before: item }] };
  },
});
