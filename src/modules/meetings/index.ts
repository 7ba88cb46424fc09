/**
 * The meetings module: meetings of bodies, their agendas, treatments, minutes, and the documents
 * (summons, minutes, case paper, calendar) built from them. For MEETINGS-WEB, what each export does:
 *
 * Commands (run with `execute(db, command, actor, input)`; secretariat of the cooperation or
 * administrator; a write the meeting's status does not allow → ConflictError 409 with the reason):
 * - scheduleMeeting { body_id, starts_at, ends_at?, place?, kind?, note?, is_illustrative?, illustrative_note? } → { id }
 *   Times: ISO instant, or a form's datetime-local value (2018-03-15T10:00) read as Oslo time.
 * - updateMeeting { meeting_id, starts_at?, ends_at?, place?, kind?, note? } (planned/summoned only)
 * - cancelMeeting { meeting_id, reason } (planned/summoned → cancelled)
 * - summonMeeting { meeting_id, at? } (planned → summoned; needs ≥ 1 agenda item; registers the summons
 *   and its public case papers in the archive)
 * - markMeetingHeld { meeting_id, at? } (summoned → held)
 * - recordSummonsDispatch { meeting_id, mail_configured, sent: [{ email, name, is_deputy }], failed: [{ email, error }] }
 *   (summoned meetings): who got the summons by e-mail; the record is its audit entry.
 * - addAgendaItem { meeting_id, case_id? | title, is_public?, exempt_basis?, … } → { id, caseNumber: '03/2018' | null }
 *   A case gets the body's next number for the meeting's year here (never twice, also concurrently).
 * - updateAgendaItem { agenda_item_id, title?, is_public?, exempt_basis? } (until the minutes are approved;
 *   is_public left out keeps it: post it explicitly, e.g. radio buttons 1/0)
 * - moveAgendaItem { agenda_item_id, direction: 'up' | 'down' }, removeAgendaItem { agenda_item_id } (before held)
 * - recordTreatment { agenda_item_id, outcome, resolution_text?, resolution_points?, amendments?,
 *   votes_for?/votes_against?/votes_blank? | votes_by_name?: [{ name, vote }], is_unanimous?, notes? } (held only; upsert)
 * - draftMinutes { meeting_id, intro?, present?, absent?, also_present? } (held only; upsert)
 * - approveMinutes { meeting_id, approved_by?, approved_at? } (held → minutes_approved: locks everything)
 *
 * Queries (take the actor and strip what it may not see; null means answer 404):
 * - listMeetings(db, { cooperationId?, bodyId?, from?, to?, status?, order?, limit?, offset?, actor }) → MeetingSummary[]
 * - listMeetingViews(db, same filter) → MeetingView[] (with agendas; minutes not included)
 * - countMeetings(db, same filter) → number (for pagination)
 * - getMeeting(db, id, actor) → MeetingView | null: agenda (exempt items `withheld` for the public:
 *   title null, show "Unntatt offentlighet" + exemptBasis), treatments (public: only once the minutes
 *   are approved), minutes (public: only approved), `locked`.
 * - summonsModel / minutesModel (db, meetingId, actor, locale), casePaperModel(db, caseId, actor, locale)
 *   → the renderers' models (documents/models.ts) | null; calendarMeetings(db, filter & { actor }, locale) → CalendarMeeting[].
 *
 * Summons by e-mail (SMTP through createMailer; never inside a transaction):
 * - summonAndSend(db, actor, { meetingId, mailer, baseUrl, locale?, extraAddresses? }) → { mailConfigured, sent, failed }:
 *   checks the extra addresses (ValidationError on `extra_addresses`), runs summonMeeting (committed), then
 *   sendSummons: one mail per seat holder on the meeting's day (deputies marked) and extra address, with the
 *   public summons PDF attached (exempt titles never), then recordSummonsDispatch. Mail not configured → nothing sent, recorded.
 * - summonsRecipients(db, meetingId, actor) → SummonsRecipient[] | null (for the form, before summoning)
 * - summonsDispatch(db, meetingId, actor) → SummonsDispatchView | null (the newest record, for the page)
 *
 * Rules and vocabularies: refusal(state, action) / isLocked(status) (the status machine),
 * MEETING_KINDS, MEETING_STATUSES (+ OUTCOMES, VOTE_CHOICES re-exported from cases), termLabel,
 * outcomeLabel, osloLocalToInstant / osloDate; refreshArchiveForCase(trx, caseId) (used by cases' updateCase).
 * API: meetingsApi(): GET /api/v1/meetings, /meetings/{id}, /meetings/{id}/summons.pdf|.docx,
 * /meetings/{id}/minutes.pdf|.docx, /meetings/calendar.ics, /bodies/{slug}/calendar.ics.
 */
export { scheduleMeeting } from './commands/schedule-meeting';
export { updateMeeting } from './commands/update-meeting';
export { cancelMeeting } from './commands/cancel-meeting';
export { summonMeeting } from './commands/summon-meeting';
export { markMeetingHeld } from './commands/mark-meeting-held';
export { addAgendaItem } from './commands/add-agenda-item';
export { updateAgendaItem } from './commands/update-agenda-item';
export { moveAgendaItem } from './commands/move-agenda-item';
export { removeAgendaItem } from './commands/remove-agenda-item';
export { recordTreatment } from './commands/record-treatment';
export { draftMinutes } from './commands/draft-minutes';
export { approveMinutes } from './commands/approve-minutes';
export { recordSummonsDispatch, type RecordSummonsDispatchInput } from './commands/record-summons-dispatch';
export { summonAndSend, sendSummons, type SummonsMailOptions, type SummonsDispatchReport } from './summons-mail/send-summons';
export { summonsRecipients, type SummonsRecipient } from './summons-mail/recipients';
export { summonsDispatch, type SummonsDispatchView } from './queries/summons-dispatch';
export type {
  ScheduleMeetingInput,
  UpdateMeetingInput,
  CancelMeetingInput,
  MeetingStepInput,
  AddAgendaItemInput,
  UpdateAgendaItemInput,
  MoveAgendaItemInput,
  AgendaItemIdInput,
  RecordTreatmentInput,
  DraftMinutesInput,
  ApproveMinutesInput,
} from './meetings.schemas';

export { listMeetings, listMeetingViews, countMeetings, getMeeting } from './queries/meetings';
export { summonsModel, minutesModel, calendarMeetings, outcomeLabel } from './queries/document-models';
export { casePaperModel } from './queries/case-paper-model';
export type { MeetingSummary, MeetingView, AgendaItemView, MinutesView, MeetingFilter, MeetingBodyRef } from './queries/views';

export { refusal, isLocked, lockedMessage, type MeetingAction } from './meeting-status';
export { MEETING_KINDS, MEETING_KIND_KEYS, MEETING_STATUSES, MEETING_STATUS_KEYS, termLabel } from './meetings.catalog';
export type { MeetingKind, MeetingStatus } from './meetings.catalog';
export { OUTCOMES, OUTCOME_KEYS, VOTE_CHOICES, VOTE_CHOICE_KEYS, type Outcome } from '../cases';
export { osloLocalToInstant, osloDate } from './oslo-time';
export { refreshArchiveForCase } from './archive-entries';

export { meetingsApi } from './meetings.routes';
