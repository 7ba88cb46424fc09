import { defineCommand } from '../../../platform/command';
import { canManageMeetings } from '../../cases';
import { neighbourOf, updateAgendaItemRow } from '../meetings.repository';
import { moveAgendaItemInput } from '../meetings.schemas';
import { agendaItemForWrite, cooperationOfAgendaItem } from './meeting-guard';

/** Moves an item one place up or down the agenda (a button per item, no JavaScript needed). Case numbers stay. */
export const moveAgendaItem = defineCommand({
  name: 'moveAgendaItem',
  input: moveAgendaItemInput,
  authorize: async (actor, input, trx) => canManageMeetings(actor, await cooperationOfAgendaItem(trx, input.agenda_item_id)),
  async run(trx, input) {
    const { item } = await agendaItemForWrite(trx, input.agenda_item_id, 'edit_agenda');
    const other = await neighbourOf(trx, item, input.direction);
    if (!other) return { result: { id: item.id, moved: false }, audit: [] };
    await updateAgendaItemRow(trx, item.id, { position: other.position });
    await updateAgendaItemRow(trx, other.id, { position: item.position });
    return {
      result: { id: item.id, moved: true },
      audit: [{ action: 'agenda_item.move', entityType: 'agenda_item', entityId: item.id, before: { position: item.position }, after: { position: other.position } }],
    };
  },
});
