/**
 * The cases module: a case (sak) with its paper (saksfremlegg) and its path through the bodies.
 * For MEETINGS-WEB and other modules, what each export does:
 *
 * Commands (run with `execute(db, command, actor, input)`; secretariat of the cooperation or administrator):
 * - createCase: opens a case: title, case officer, archive reference (`2018/123`), proposal
 *   ('forslag_til_vedtak' | 'innstilling', text and/or numbered points), background, assessment,
 *   public or exempt with legal basis, illustrative flag + note. → { id }
 * - updateCase: revises those fields (only the ones sent). → { id }
 *   Treatments (outcome, resolution, votes) are recorded per agenda item: meetings' `recordTreatment`.
 *   The case paper's document model: meetings' `casePaperModel`.
 *   A case gets a body's number `NN/YYYY` when placed on an agenda: meetings' `addAgendaItem`.
 *
 * Queries (take the actor and leave out what it may not read; null means answer 404):
 * - listCases(db, { cooperationId?, bodyId?, number?: '03/2018', unplaced?, actor, limit?, offset? })
 *   → { cases: CaseSummary[], total } newest first; `unplaced` = on no agenda yet.
 * - getCase(db, id, actor) → CaseView | null: the paper and its `path` (one step per body that has
 *   it on an agenda, in meeting order: Saksnr | Utvalg | Møtedato, with the treatment once visible).
 * - resolveBodyFilter(db, { body?: slug, cooperation?: slug }) → { cooperationId?, bodyId? } or a 400 naming the field.
 * - findCaseByNumber(db, { cooperationId, bodySlug, number: '03/2018' }) → case id | null.
 * - caseAttachments(db, caseId, actor) → the archive's DocumentSummary[] of the case (public only for the public).
 *
 * Rules and helpers:
 * - visibleTo(actor, cooperationId) → 'all' | 'public' (see cases.policy.ts for what each reads);
 *   canManageMeetings(actor, cooperationId): may write meetings and cases.
 * - formatCaseNumber(3, 2018) → '03/2018'; parseCaseNumber('03/2018') → { number, year } | null.
 * - PROPOSAL_KINDS, OUTCOMES, VOTE_CHOICES (labels nb/nn/en), input building blocks shared with meetings (flagInput, textLinesInput …).
 * - casesApi(): GET /api/v1/cases, /cases/{id}, /cases/{id}/paper.pdf|.docx.
 */
export { createCase } from './commands/create-case';
export { updateCase } from './commands/update-case';
export type { CreateCaseInput, UpdateCaseInput } from './cases.schemas';
export { flagInput, textLinesInput, exemptionFields, exemptionCheck, illustrativeFields } from './cases.schemas';

export { listCases, getCase, findCaseByNumber, type CaseListFilter } from './queries/cases';
export { caseAttachments } from './queries/attachments';
export { resolveBodyFilter } from './queries/body-filter';
export { treatmentViewOf, resolutionOf, stringList, treatmentVisible } from './queries/treatment-view';
export type { CaseSummary, CaseView, CasePathStep, TreatmentView, ResolutionView, VotesView } from './queries/views';

export { visibleTo, canManageMeetings, type Visibility } from './cases.policy';
export { formatCaseNumber, parseCaseNumber, CASE_NUMBER_FORMAT_HINT, type CaseNumber } from './case-number';
export { PROPOSAL_KINDS, PROPOSAL_KIND_KEYS, OUTCOMES, OUTCOME_KEYS, VOTE_CHOICES, VOTE_CHOICE_KEYS } from './cases.catalog';
export type { ProposalKind, Outcome, VoteChoice } from './cases.catalog';

export { casesApi } from './cases.routes';
export { bodyFilterParams, idParams, illustrativeSchema, resolutionSchema, treatmentSchema } from './cases.api-schemas';
export { presentTreatment, casePath, meetingPath, bodyPath, API_BASE } from './cases.presenter';
