import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { canManageMeetings, formatCaseNumber } from '../../cases';
import { caseForPlacing, insertAgendaItem, nextCaseNumber, nextPosition } from '../meetings.repository';
import { addAgendaItemInput } from '../meetings.schemas';
import { osloYear } from '../oslo-time';
import { cooperationOfMeeting, meetingForWrite } from './meeting-guard';

/**
 * Places a case (or an orientation item) last on a meeting's agenda. A case gets the body's next case
 * number for the meeting's year here, in the same transaction (see nextCaseNumber): numbers are
 * never given twice, also when two people place cases at the same moment.
 */
export const addAgendaItem = defineCommand({
  name: 'addAgendaItem',
  input: addAgendaItemInput,
  authorize: async (actor, input, trx) => canManageMeetings(actor, await cooperationOfMeeting(trx, input.meeting_id)),
  async run(trx, input) {
    const meeting = await meetingForWrite(trx, input.meeting_id, 'edit_agenda');
    let number: number | null = null;
    let year: number | null = null;
    let isPublic = input.is_public;
    let exemptBasis = input.is_public ? null : (input.exempt_basis ?? null);
    if (input.case_id !== null) {
      const found = await caseForPlacing(trx, input.case_id);
      if (!found || found.cooperation_id !== meeting.cooperation_id) {
        throw new ValidationError({ case_id: ["no case of this meeting's cooperation has this id"] });
      }
      // An exempt case stays exempt on every agenda it is placed on.
      if (!found.is_public) {
        isPublic = false;
        exemptBasis ??= found.exempt_basis;
      }
      year = osloYear(meeting.starts_at);
      number = await nextCaseNumber(trx, meeting.body_id, year);
    }
    const row = await insertAgendaItem(trx, {
      meeting_id: meeting.id,
      body_id: meeting.body_id,
      position: await nextPosition(trx, meeting.id),
      case_id: input.case_id,
      number,
      number_year: year,
      title: input.title ?? null,
      is_public: isPublic ? 1 : 0,
      exempt_basis: exemptBasis,
      is_illustrative: input.is_illustrative ? 1 : 0,
      illustrative_note: input.illustrative_note ?? null,
      created_at: new Date().toISOString(),
    }).catch((error: unknown) => {
      if (/agenda_items_case_once|UNIQUE constraint failed: agenda_items.meeting_id, agenda_items.case_id/.test(String(error))) {
        throw new ValidationError({ case_id: ['this case is already on the agenda of this meeting'] });
      }
      throw error;
    });
    const caseNumber = number !== null && year !== null ? formatCaseNumber(number, year) : null;
    return {
      result: { id: row.id, caseNumber },
      audit: [{ action: 'agenda_item.add', entityType: 'agenda_item', entityId: row.id, after: { ...row, case_number: caseNumber } }],
    };
  },
});
