import type { AuthorityKindValue } from '../registry.repository';

/** An authority as it was on one date: the name it had then, and its county's name then. */
export interface AuthorityView {
  code: string;
  kind: AuthorityKindValue;
  name: string;
  validFrom: string | null;
  validTo: string | null;
  countyCode: string | null;
  countyName: string | null;
}

export interface NamePeriod {
  name: string;
  validFrom: string | null;
  validTo: string | null;
}

/** A neighbour through a change of codes: where an authority came from or went to. */
export interface AuthorityLink {
  code: string;
  name: string;
  kind: AuthorityKindValue;
  effectiveOn: string;
  changeKind: string;
}

export interface AuthorityDetail {
  code: string;
  kind: AuthorityKindValue;
  /** The name in the register (its latest name). */
  name: string;
  validFrom: string | null;
  validTo: string | null;
  countyCode: string | null;
  /** The county authority the code belongs to; null for a county or when the county is not in the register. */
  county: { code: string; name: string } | null;
  /** Name periods, oldest first; empty when the authority kept one name throughout. */
  names: NamePeriod[];
  predecessors: AuthorityLink[];
  successors: AuthorityLink[];
  /** For a county: the municipalities whose code belongs to it, over all time, in Norwegian order. */
  municipalities: { code: string; name: string; validFrom: string | null; validTo: string | null }[] | null;
}
