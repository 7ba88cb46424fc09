/**
 * The fixed lists of the services module. Labels live in the web's locale file; these are the stored
 * keys and what follows from them.
 */
export const SERVICE_STATUSES = ['planned', 'active', 'integrated', 'transferred', 'ended'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const DECISION_KINDS = ['continue', 'integrate', 'transfer', 'end'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The status a decision leads to from its effective date. */
export const STATUS_AFTER: Record<DecisionKind, ServiceStatus> = {
  continue: 'active',
  integrate: 'integrated',
  transfer: 'transferred',
  end: 'ended',
};

export const PARTICIPANT_ROLES = ['participant', 'host', 'lead'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const HOST_ROLES = ['host', 'lead'] as const;

/**
 * What happens to a place when its municipality or county ceases in a change of codes:
 * the successor takes it; the successor takes it only if every predecessor held one; or the place
 * only ends and the secretariat decides.
 */
export const MERGER_RULES = ['successor_joins', 'successor_joins_if_all_members', 'manual'] as const;
export type MergerRule = (typeof MERGER_RULES)[number];
export const DEFAULT_MERGER_RULE: MergerRule = 'successor_joins';

/** The source stored with figures that are only an illustration (the demo's population); pages show it in the reader's language. */
export const ILLUSTRATIVE_SOURCE = 'Illustrasjon – ikke offisielle tall';
