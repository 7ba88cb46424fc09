import type { LocalizedText } from '../../../platform/i18n';

export interface Place {
  code: string;
  name: string;
}

export interface CooperationView {
  id: number;
  slug: string;
  name: string;
  shortName: string | null;
  legalForm: string;
  legalFormName: LocalizedText;
  /** As a source states it, even where the source is confused. */
  legalBasis: string | null;
  /** A line under the name ("15 kommuner vest for Oslo"); {} when there is none. */
  tagline: LocalizedText;
  purpose: LocalizedText;
  host: Place | null;
  headOffice: Place | null;
  status: string;
  establishedOn: string | null;
  endedOn: string | null;
  /** Where the data comes from, and what in it is reconstructed, uncertain or only illustrative. */
  sourceNote: LocalizedText;
  /** Members on the cooperation's default date (see defaultMembershipDate). */
  memberCount?: number;
}

export interface MemberView {
  membershipId: number;
  code: string;
  /** The name the authority had on the date asked for. */
  name: string;
  kind: 'municipality' | 'county';
  countyCode: string | null;
  countyName: string | null;
  /** null: before our records. */
  startOn: string | null;
  /** null: still a member. */
  endOn: string | null;
  /** A remark on the membership; {} when there is none. */
  note: LocalizedText;
}

export interface AuthorityMembershipView {
  membershipId: number;
  cooperation: { slug: string; name: string };
  code: string;
  startOn: string | null;
  endOn: string | null;
  /** A remark on the membership; {} when there is none. */
  note: LocalizedText;
}
