// The services module: focus areas, joint services, their participants, decisions and status over
// time, cost keys and the shares they give, and municipal mergers applied to a cooperation.
export { ILLUSTRATIVE_SOURCE, SERVICE_STATUSES, DECISION_KINDS, PARTICIPANT_ROLES, HOST_ROLES, MERGER_RULES, DEFAULT_MERGER_RULE, STATUS_AFTER } from './services.catalog';
export type { ServiceStatus, DecisionKind, ParticipantRole, MergerRule } from './services.catalog';
export { COST_METHODS, allocateCosts, CostSharingError, type CostMethod, type CostKeyTerms } from './cost-sharing';
export { statusOn } from './status-on';

export { createFocusArea } from './commands/create-focus-area';
export { createService } from './commands/create-service';
export { updateService } from './commands/update-service';
export { addParticipant } from './commands/add-participant';
export { endParticipant } from './commands/end-participant';
export { recordDecision } from './commands/record-decision';
export { recordStatus } from './commands/record-status';
export { setCostKey } from './commands/set-cost-key';
export { setMergerRule } from './commands/set-merger-rule';
export { applyMerger, type MergerResult } from './commands/apply-merger';
export type {
  CreateFocusAreaInput,
  CreateServiceInput,
  UpdateServiceInput,
  AddParticipantInput,
  EndParticipantInput,
  RecordDecisionInput,
  RecordStatusInput,
  SetCostKeyInput,
  SetMergerRuleInput,
  ApplyMergerInput,
} from './services.schemas';
export { canManageServices } from './services.policy';

export { portfolioOn, allServicesOf, type Portfolio } from './queries/portfolio';
export { detailOf, serviceDetail } from './queries/service-detail';
export { participantsOn } from './queries/participants-on';
export { costShares, type CostShares, type CostShareLine } from './queries/cost-shares';
export { costKeyOfYear, serviceBySlugIn, focusAreasOfCooperation } from './queries/lookups';
export { planMerger, mergerRuleFor, type MergerPlan, type MergerStep, type StepOutcome } from './queries/merger-plan';
export { mergerApplications } from './queries/merger-applications';
export type { ServiceSummary, ServiceDetail, ParticipantView, DecisionView, StatusView, FocusAreaView } from './queries/views';

export { servicesApi } from './services.routes';
export { participantRecords } from './queries/participant-records';
export type { ServiceRow } from './services.repository';
