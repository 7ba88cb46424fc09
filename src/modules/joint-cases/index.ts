/**
 * Joint cases (fellessaker): one case referred to several member councils, each council's treatment
 * recorded by its clerk (signed in, or through a personal link), rolled up into a matrix with a
 * computed outcome. For JOINT-WEB and JOINT-DOCS, what each export does:
 *
 * Commands (run with `execute(db, command, actor, input)`; inputs in joint-cases.schemas.ts):
 * - referJointCase (secretariat of the case's cooperation): case_id, members ('all' | codes), deadline,
 *   proposal_mode whole|points, outcome_rule unanimous|qualified_majority|simple_majority,
 *   threshold_numerator/denominator (qualified), weighting equal|population, reminder_days_before
 *   (default 7, null none), clerk_emails { code: address }, message, referred_on (default today),
 *   is_illustrative/illustrative_note. Copies title and proposal from the case; schedules the reminder. → { id }
 * - recordCouncilTreatment: joint_case_id, member_code, council_body, meeting_date, local_case_number,
 *   local_archive_number, status, outcome, resolution_text, point_positions [{ point, position, note }],
 *   public_record_url, minute_extract_document_id, expected_revision, link_token (personal link).
 *   By the secretariat, a municipal clerk of exactly that municipality, or with a valid link for
 *   exactly that council; anyone else gets the same 404 as an unknown council. → { councilId, revision }
 * - sendRecordingLinks (secretariat): joint_case_id, members ('all' = every council not treated or
 *   withdrawn), valid_days. Creates the links; → { links: RecordingLinkToSend[] }: e-mail them AFTER the
 *   transaction with `mailRecordingLinks(mailer, baseUrl, view, links)`.
 * - setJointCasePublished (secretariat): joint_case_id, is_published. → { id, isPublished }
 *
 * Queries (null means answer 404; anonymous readers see published joint cases only):
 * - getJointCase(db, id, actor, { today? }) → JointCaseView | null
 * - listJointCases(db, { cooperationId?, caseId?, actor, page?: { page, limit }, today? }) → { jointCases, total }
 * - jointCasesForClerk(db, actor) → ClerkTask[] (councils of the municipalities the actor clerks for)
 * - councilForClerk(db, actor, jointCaseId, memberCode) → { jointCase, council } | null (may the actor record it?)
 * - openRecordingLink(db, token) → RecordingLinkView | null (unknown, expired and spent: the same null)
 * - councilRevisions(db, jointCaseId, memberCode, actor) → CouncilRevisionView[] (history; secretariat/clerk only)
 * - jointCaseRevisions(db, jointCaseId, actor) → Map<memberCode, CouncilRevisionView[]> (every council's, one read; secretariat only)
 *
 * Pure: computeOutcome(rule, councils) (outcome.ts, semantics documented there); wordDiff(proposal,
 * resolution) → DiffPart[] (diff.ts); recordingLinkUrl(baseUrl, token).
 * Policy: canManageJointCases(actor, cooperationId); mayRecordAsClerk(actor, memberCode).
 * Jobs: jointCaseJobHandlers({ mailer, baseUrl }) handles kind 'joint-case-reminder'.
 * API: jointCasesApi() — GET /joint-cases, /joint-cases/{id}, /joint-cases/{id}/matrix.csv,
 * PUT /joint-cases/{id}/councils/{code}/treatment.
 */
export * from './views';
export {
  referJointCaseInput, recordCouncilTreatmentInput, sendRecordingLinksInput, setJointCasePublishedInput,
  type ReferJointCaseInput, type RecordCouncilTreatmentInput, type SendRecordingLinksInput, type SetJointCasePublishedInput,
} from './joint-cases.schemas';

export { referJointCase } from './commands/refer-joint-case';
export { recordCouncilTreatment } from './commands/record-council-treatment';
export { sendRecordingLinks } from './commands/send-recording-links';
export { setJointCasePublished } from './commands/set-joint-case-published';

export { getJointCase, listJointCases, type JointCaseListFilter } from './queries/joint-cases';
export { jointCasesForClerk, councilForClerk } from './queries/clerk';
export { openRecordingLink } from './queries/recording-link';
export { councilRevisions, jointCaseRevisions } from './queries/revisions';

export { computeOutcome, type OutcomeRuleInput, type CouncilVoteInput } from './outcome';
export { wordDiff, isUnchanged } from './diff';
export { recordingLinkUrl, RECORDING_LINK_PREFIX } from './links';
export { mailRecordingLinks } from './link-mail';
export { canManageJointCases, mayRecordAsClerk } from './joint-cases.policy';

export { jointCasesApi } from './joint-cases.routes';
export { jointCaseJobHandlers, JOINT_CASE_REMINDER } from './jobs';
