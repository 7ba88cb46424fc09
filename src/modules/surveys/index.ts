/**
 * The surveys module (issue 6): surveys of officials, their invitations, responses and reminders.
 * Other code imports only this file. Everything here runs on SQLite and PostgreSQL.
 *
 * DEFINITION FORMAT (survey-definition.ts, docs/survey-definition.md)
 *   surveyDefinitionSchema      zod schema of a whole survey as JSON (import/export); `SurveyDefinition` its type.
 *   sectionSchema / questionSchema, Section, Question, QuestionKind: sections and the six question kinds
 *                               (single_choice, multiple_choice, rating {scale min/max + end labels}, matrix
 *                               {rows, columns}, number, text); each has a stable `key`, `required`,
 *                               optional `condition {questionKey, equals}`, texts per language.
 *   surveyDefinitionJsonSchema() the JSON Schema (served at GET /api/v1/surveys/definition-schema.json).
 *   questionsOf(sections)       all questions in order.
 *   isQuestionShown(question, answers)  whether a condition shows the question given the answers so far.
 *
 * CATALOG
 *   RESPONDENT_ROLES / RESPONDENT_ROLE_KEYS  the six roles a respondent can have, labels in nb/nn/en.
 *   ANONYMITY_LABELS            what each promise means, in the three languages (show it on the form).
 *   SURVEY_STATUSES, PROMISE_ORDER.
 *
 * COMMANDS (run with `execute(db, command, actor, input)`; each checks permission and writes its audit entry)
 *   createSurvey        {cooperation_id, definition} → {id}; a draft.
 *   importDefinition    {cooperation_id, json} → {id}; errors keyed by the path in the JSON (sections.0.questions.2.key).
 *   updateSurvey        settings (title, intro, audience, anonymity, opens_on, closes_on, open_link …); a weaker
 *                       promise after the first response → 409 naming `anonymity`.
 *   saveDefinition      {survey_id, sections}; after the first response only texts may change (422 otherwise).
 *   openSurvey / closeSurvey {survey_id}; publishResults {survey_id, results_public}.
 *   inviteAudience      {survey_id, roles, municipality_codes} → {created, alreadyInvited, withoutEmail, links: PersonalLink[]}.
 *   saveDraft           {token, answers} (personal link; run as `anonymous`: the link is the permission) → {savedOn}.
 *   submitResponse      {survey_id, token | (role, municipality_code, idempotency_key), answers} → {received: true, cooperationId}.
 *                       Run it as `anonymous` (the API does); for an anonymous survey it audits as anonymous anyway.
 *                       Throws SurveyNotOpenError (409, message "Undersøkelsen ble stengt 15.11.2017."),
 *                       AlreadyAnsweredError (409), ValidationError with errors keyed by question key
 *                       (a matrix row: `key.row`), NotFoundError for an unknown link.
 *   scheduleReminder    {survey_id, on, at?} → {key}: a reminder job (sent once, to those who have not answered).
 * MAILINGS (functions, not commands: they send e-mail outside the transaction, see send-mailing.ts)
 *   sendInvitations(db, actor, {surveyId, mailer, baseUrl}) → MailingReport  (invitations not yet sent).
 *   sendReminders(db, actor, {surveyId, mailer, baseUrl, on?}) → MailingReport (non-respondents; once a day at most).
 *   surveyJobHandlers({mailer, baseUrl}) → handlers for runDueJobs (src/platform/jobs).
 *
 * QUERIES
 *   listSurveys(db, {cooperationId?, actor, includeDrafts?}) → SurveySummary[]  (public: open and closed only).
 *   getSurvey(db, id, actor) → SurveyView | null  (drafts only for those who manage the survey).
 *   exportDefinition(db, id, actor) → SurveyDefinition | null.
 *   invitationByToken(db, token) → InvitationContext | null.
 *   openLinkChoices(db, surveyId) → OpenLinkChoices (roles; members of the cooperation when it opens).
 *   availabilityOf(survey, today?) → Availability.
 *   answersFromForm(sections, body) → Answers  (form fields `q.<key>`, `q.<key>.<row>`, repeated for multiple choice).
 *   responsesForResults(db, surveyId) → ResponseForResults[]  ({role, municipalityCode, answers}; never a person).
 *   responseRate(db, surveyId) → ResponseRateView.
 *   invitationsOf(db, surveyId, actor) → InvitationView[] (secretariat only).
 *   canManageSurveys(actor, cooperationId).
 *
 * API (surveys.routes.ts, mounted at /api/v1): GET /surveys, GET /surveys/definition-schema.json,
 * GET /surveys/{id}, GET /surveys/{id}/definition, POST /surveys/{id}/responses, PUT /surveys/{id}/draft,
 * and GET /surveys/{id}/results from ./results (SURVEYS-RESULTS).
 * Jobs: main.ts runs `surveyJobHandlers` in the job loop (src/platform/jobs); mail: src/platform/mail.
 */
export {
  surveyDefinitionSchema,
  sectionSchema,
  questionSchema,
  surveyDefinitionJsonSchema,
  questionsOf,
  QUESTION_KINDS,
  ANONYMITY_PROMISES,
} from './survey-definition';
export type { SurveyDefinition, SurveyDefinitionInput, Section, Question, QuestionKind, AnonymityPromise } from './survey-definition';
export { isQuestionShown, answersFromForm } from './answers';
export { RESPONDENT_ROLES, RESPONDENT_ROLE_KEYS, ANONYMITY_LABELS, SURVEY_STATUSES, PROMISE_ORDER } from './surveys.catalog';
export type { RespondentRole, SurveyStatus } from './surveys.catalog';
export { SurveyNotOpenError, AlreadyAnsweredError } from './surveys.errors';
export { canManageSurveys } from './surveys.policy';

export { createSurvey } from './commands/create-survey';
export { importDefinition } from './commands/import-definition';
export { updateSurvey } from './commands/update-survey';
export { saveDefinition } from './commands/save-definition';
export { openSurvey, closeSurvey } from './commands/open-close-survey';
export { publishResults } from './commands/publish-results';
export { inviteAudience } from './commands/invite-audience';
export { saveDraft } from './commands/save-draft';
export { submitResponse } from './commands/submit-response';
export { scheduleReminder } from './commands/schedule-reminder';
export type {
  CreateSurveyInput,
  ImportDefinitionInput,
  UpdateSurveyInput,
  SaveDefinitionInput,
  SurveyIdInput,
  CloseSurveyInput,
  PublishResultsInput,
  InviteAudienceInput,
  SaveDraftInput,
  SubmitResponseInput,
  ScheduleReminderInput,
} from './surveys.schemas';

export { sendInvitations, sendReminders } from './mailings/send-mailing';
export { surveyJobHandlers, SURVEY_REMINDER_JOB } from './mailings/reminder-job';

export { listSurveys, getSurvey, exportDefinition } from './queries/surveys';
export { availabilityOf } from './availability';
export { invitationByToken } from './queries/invitation-by-token';
export { openLinkChoices } from './queries/open-link-choices';
export { responsesForResults } from './queries/responses-for-results';
export { responseRate } from './queries/response-rate';
export { invitationsOf } from './queries/invitations-of';
export type {
  Answers,
  AnswerValue,
  Availability,
  SurveySummary,
  SurveyView,
  InvitationContext,
  OpenLinkChoices,
  ResponseForResults,
  ResponseRateView,
  InvitationView,
  PersonalLink,
  MailingReport,
} from './queries/views';

export { surveysApi } from './surveys.routes';
