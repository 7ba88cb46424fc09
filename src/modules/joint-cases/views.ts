// What the joint-cases module hands to pages, documents and the API: plain data, no rules.
// The field names here are the contract with JOINT-WEB and JOINT-DOCS (see /work/notes/wave3.md).

export const PROPOSAL_MODES = ['whole', 'points'] as const;
export type ProposalMode = (typeof PROPOSAL_MODES)[number];

export const OUTCOME_RULES = ['unanimous', 'qualified_majority', 'simple_majority'] as const;
export type OutcomeRule = (typeof OUTCOME_RULES)[number];

export const WEIGHTINGS = ['equal', 'population'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

export const COUNCIL_STATUSES = ['not_started', 'scheduled', 'treated', 'withdrawn'] as const;
export type CouncilStatus = (typeof COUNCIL_STATUSES)[number];

export const COUNCIL_OUTCOMES = ['adopted_as_proposed', 'adopted_with_changes', 'rejected', 'postponed'] as const;
export type CouncilOutcome = (typeof COUNCIL_OUTCOMES)[number];

/** A council's position on one numbered point: `changed` = adopted with its own wording (counts as for). */
export const POINT_POSITIONS = ['for', 'against', 'changed', 'none'] as const;
export type PointPosition = (typeof POINT_POSITIONS)[number];

export type SubmittedVia = 'account' | 'link' | 'secretariat' | 'seed';

/** The rule set on the referral that decides the joint outcome. */
export interface RuleView {
  rule: OutcomeRule;
  /** The share of the (weighted) members needed: 2/3 for a qualified majority; 1/2 for a simple majority (more than half is needed). */
  threshold: { numerator: number; denominator: number };
  weighting: Weighting;
}

/** One part of a word diff of a council's resolution against the proposal. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface PointPositionView {
  /** 1-based, as numbered in the proposal. */
  point: number;
  position: PointPosition;
  note: string | null;
}

/**
 * How the councils stand on the whole proposal or on one point. `adopted` and `rejected` are final
 * (the councils still pending cannot change them); `pending` means it can still go either way.
 * `rejected` also covers "not adopted" (e.g. exactly half under a simple majority).
 */
export type ComputedResult = 'adopted' | 'rejected' | 'pending';

export interface TallyView {
  /** Councils counting for, against, taking no position (withdrawn, or `none`), and not yet decided. */
  for: number;
  against: number;
  abstaining: number;
  pending: number;
  /** The same in weight (1 per council, or the population copied at referral). */
  weightFor: number;
  weightAgainst: number;
  weightPending: number;
  weightTotal: number;
  /** The weight that must be reached (or, for a simple majority, exceeded) to adopt. */
  weightNeeded: number;
}

export interface PointOutcomeView {
  point: number;
  text: string;
  result: ComputedResult;
  tally: TallyView;
}

export interface OutcomeView {
  /** The whole proposal (mode whole), or all points together: `partly_adopted` when some points are adopted and others rejected. */
  result: ComputedResult | 'partly_adopted';
  /** Mode whole: the tally on the proposal; mode points: null (see `points`). */
  tally: TallyView | null;
  /** Mode points: one entry per point; mode whole: empty. */
  points: PointOutcomeView[];
}

export interface CountsView {
  /** Councils referred to (N). */
  total: number;
  /** Councils with status treated (k of N). */
  treated: number;
  withdrawn: number;
  /** Not treated and not withdrawn. */
  pending: number;
  /** Treated councils that adopted (as proposed or with changes), and that rejected. */
  for: number;
  against: number;
  /** Not treated (nor withdrawn) and the deadline has passed. */
  late: number;
}

export interface CouncilLinks {
  /** The workspace page where a clerk or the secretariat records this council's treatment. */
  record: string;
  /** The API endpoint (PUT) for the same. */
  treatment: string;
}

/** One member council's handling of the joint case. */
export interface CouncilView {
  id: number;
  memberCode: string;
  /** As at referral. */
  memberName: string;
  population: number | null;
  /** Only for the secretariat and that municipality's clerks; null for everyone else. */
  clerkEmail: string | null;
  councilBody: string | null;
  meetingDate: string | null;
  localCaseNumber: string | null;
  localArchiveNumber: string | null;
  status: CouncilStatus;
  outcome: CouncilOutcome | null;
  resolutionText: string | null;
  /** Mode points: one entry per point of the proposal, in order (`none` where not given). */
  points: PointPositionView[];
  publicRecordUrl: string | null;
  minuteExtractDocumentId: number | null;
  /** 0 before the first submission; send it back as `expected_revision`. */
  revision: number;
  submittedAt: string | null;
  /** Only for the secretariat; null for everyone else. */
  submittedBy: string | null;
  isLate: boolean;
  /** Word diff of the resolution text against the proposal text; null when either is missing. */
  diff: DiffPart[] | null;
  isIllustrative: boolean;
  illustrativeNote: string | null;
  links: CouncilLinks;
}

/** One earlier submission of a council's record (the history kept after a change). */
export interface CouncilRevisionView {
  revision: number;
  submittedAt: string;
  submittedBy: string | null;
  submittedVia: SubmittedVia;
  /** The fields as submitted (status, outcome, resolution_text, point_positions …). */
  record: Record<string, unknown>;
}

export interface JointCaseSummary {
  id: number;
  caseId: number;
  /** The case's number in the latest body that has it on an agenda (`03/2018`: Styringsgruppen after Rådmannsgruppen's 01/2018); null when on none. */
  caseNumber: string | null;
  cooperation: { id: number; slug: string; name: string };
  title: string;
  deadline: string;
  proposalMode: ProposalMode;
  rule: RuleView;
  reminderDaysBefore: number | null;
  isPublished: boolean;
  publishedAt: string | null;
  referredAt: string;
  referredBy: string;
  counts: CountsView;
  outcome: OutcomeView;
  isIllustrative: boolean;
  illustrativeNote: string | null;
}

/** The whole joint case: referral, rule, computed outcome, one entry per council, who is late. */
export interface JointCaseView extends JointCaseSummary {
  proposal: { text: string | null; points: string[] };
  message: string | null;
  councils: CouncilView[];
  late: { memberCode: string; memberName: string }[];
  /** The day "late" was judged against (Oslo). */
  today: string;
  /** True when the reader may manage it (publish, send links, record for any council). */
  canManage: boolean;
}

/** What a signed-in clerk has to record: one entry per council of a municipality they clerk for. */
export interface ClerkTask {
  jointCaseId: number;
  title: string;
  deadline: string;
  cooperation: { id: number; slug: string; name: string };
  council: CouncilView;
}

/** An opened personal link: which council of which joint case it records for. */
export interface RecordingLinkView {
  linkId: number;
  jointCase: JointCaseView;
  council: CouncilView;
  expiresAt: string;
}

/** A link created by `sendRecordingLinks`: what to e-mail after commit. The token exists only here. */
export interface RecordingLinkToSend {
  councilId: number;
  memberCode: string;
  memberName: string;
  email: string;
  token: string;
  /** Relative path `/behandling/<token>`; prefix the site's base URL. */
  path: string;
  expiresAt: string;
}
