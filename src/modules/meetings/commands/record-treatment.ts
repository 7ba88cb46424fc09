import { defineCommand } from '../../../platform/command';
import { canManageMeetings } from '../../cases';
import { insertTreatment, treatmentOf, updateTreatmentRow } from '../meetings.repository';
import { recordTreatmentInput } from '../meetings.schemas';
import { agendaItemForWrite, cooperationOfAgendaItem } from './meeting-guard';

/**
 * Records (or corrects) how an agenda item was treated: outcome, the resolution as adopted (kept
 * apart from the proposal, which stays on the case), amendments and votes. Only after the meeting
 * is held and until its minutes are approved.
 */
export const recordTreatment = defineCommand({
  name: 'recordTreatment',
  input: recordTreatmentInput,
  authorize: async (actor, input, trx) => canManageMeetings(actor, await cooperationOfAgendaItem(trx, input.agenda_item_id)),
  async run(trx, input) {
    const { item } = await agendaItemForWrite(trx, input.agenda_item_id, 'record_treatment');
    const now = new Date().toISOString();
    const values = {
      outcome: input.outcome,
      resolution_text: input.resolution_text ?? null,
      resolution_points: input.resolution_points?.length ? JSON.stringify(input.resolution_points) : null,
      amendments: JSON.stringify(input.amendments ?? []),
      votes_for: input.votes_for ?? null,
      votes_against: input.votes_against ?? null,
      votes_blank: input.votes_blank ?? null,
      votes_by_name: input.votes_by_name?.length ? JSON.stringify(input.votes_by_name) : null,
      is_unanimous: input.is_unanimous ? 1 : 0,
      notes: input.notes ?? null,
      is_illustrative: input.is_illustrative ? 1 : 0,
      illustrative_note: input.illustrative_note ?? null,
      updated_at: now,
    };
    const before = await treatmentOf(trx, item.id);
    const after = before
      ? await updateTreatmentRow(trx, before.id, values)
      : await insertTreatment(trx, { ...values, agenda_item_id: item.id, recorded_at: now });
    return {
      result: { id: after.id },
      audit: [{ action: before ? 'treatment.update' : 'treatment.record', entityType: 'treatment', entityId: after.id, before, after }],
    };
  },
});
