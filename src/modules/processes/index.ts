// The processes module: a process (a matter a cooperation works through in public), its questions and
// alternatives, and its progress plan — versions kept when revised, milestones with status by date.
export { MILESTONE_KINDS, type MilestoneKind } from '../../platform/db/tables/site';
export { withStatus, versionsAsOf, type MilestoneStatus } from './milestone-status';
export { canEditProcesses } from './processes.policy';
export type { SaveProcessInput, PublishProcessInput, RevisePlanInput, SaveMilestoneInput, RemoveMilestoneInput } from './processes.schemas';

export { saveProcess } from './commands/save-process';
export { publishProcess } from './commands/publish-process';
export { revisePlan } from './commands/revise-plan';
export { saveMilestone } from './commands/save-milestone';
export { removeMilestone } from './commands/remove-milestone';

export { listProcesses, processBySlug, processById } from './queries/processes';
export type { ProcessView, PlanVersionView, MilestoneView, MilestoneWithStatus } from './queries/views';
export { processCalendar } from './calendar';

export { processesApi } from './processes.routes';
