import type { LocalizedText } from '../../platform/i18n';

/** How the paper's proposal is headed: "Forslag til vedtak" (to a body) or "Innstilling" (a recommendation). */
export const PROPOSAL_KINDS = [
  { key: 'forslag_til_vedtak', label: { nb: 'Forslag til vedtak', nn: 'Forslag til vedtak', en: 'Proposed resolution' } },
  { key: 'innstilling', label: { nb: 'Innstilling', nn: 'Innstilling', en: 'Recommendation' } },
] as const satisfies readonly { key: string; label: Required<LocalizedText> }[];
export type ProposalKind = (typeof PROPOSAL_KINDS)[number]['key'];
export const PROPOSAL_KIND_KEYS = PROPOSAL_KINDS.map((t) => t.key) as [ProposalKind, ...ProposalKind[]];

/** How an agenda item was treated, and how each voted (stored keys; labels shown and printed). */
export const OUTCOMES = [
  { key: 'adopted_as_proposed', label: { nb: 'Vedtatt som foreslått', nn: 'Vedteke som føreslått', en: 'Adopted as proposed' } },
  { key: 'adopted_with_changes', label: { nb: 'Vedtatt med endringer', nn: 'Vedteke med endringar', en: 'Adopted with changes' } },
  { key: 'rejected', label: { nb: 'Avvist', nn: 'Avvist', en: 'Rejected' } },
  { key: 'postponed', label: { nb: 'Utsatt', nn: 'Utsett', en: 'Postponed' } },
  { key: 'noted', label: { nb: 'Tatt til orientering', nn: 'Teke til orientering', en: 'Taken note of' } },
] as const satisfies readonly { key: string; label: Required<LocalizedText> }[];
export type Outcome = (typeof OUTCOMES)[number]['key'];
export const OUTCOME_KEYS = OUTCOMES.map((t) => t.key) as [Outcome, ...Outcome[]];

export const VOTE_CHOICES = [
  { key: 'for', label: { nb: 'For', nn: 'For', en: 'For' } },
  { key: 'against', label: { nb: 'Mot', nn: 'Mot', en: 'Against' } },
  { key: 'blank', label: { nb: 'Blankt', nn: 'Blankt', en: 'Blank' } },
] as const satisfies readonly { key: string; label: Required<LocalizedText> }[];
export type VoteChoice = (typeof VOTE_CHOICES)[number]['key'];
export const VOTE_CHOICE_KEYS = VOTE_CHOICES.map((t) => t.key) as [VoteChoice, ...VoteChoice[]];

