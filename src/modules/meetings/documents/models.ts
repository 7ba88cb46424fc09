/**
 * The data a case paper (saksfremlegg), a summons (møteinnkalling), minutes (møteprotokoll) and a
 * meetings calendar are printed from. Plain values, independent of database rows: MEETINGS-CORE
 * fills them from its tables, this folder renders them to PDF, Word and iCalendar.
 *
 * Conventions: calendar dates are ISO `YYYY-MM-DD`; instants are ISO-8601 UTC strings and are
 * shown in Europe/Oslo. `locale` chooses only the fixed labels ("Saksbehandler", "Vedtak" …);
 * content is printed as given. Long texts are plain text: paragraphs separated by a blank line,
 * lines starting with "- " form a bulleted list and lines starting with "1. " a numbered list.
 * The model must already be filtered for its reader: the renderers print what they are given,
 * except that exempt agenda items and minutes items never print their title or texts.
 */
import type { Locale } from '../../../platform/i18n';

export type DocumentLocale = Locale;

/** A proposal or a resolution: free text, a numbered list of points, or both (text first). */
export interface ResolutionText {
  text?: string;
  points?: string[];
}

/** One row of the case paper's header table: Saksnr | Utvalg | Møtedato. */
export interface CasePathRow {
  /** The body's own case number, e.g. `03/2018`. */
  caseNumber: string;
  bodyName: string;
  /** ISO date `2018-03-15`; null when the body has no meeting date yet. */
  meetingDate: string | null;
}

export interface AttachmentRef {
  title: string;
  fileName?: string;
}

/** How a body treated the case earlier (printed under "Tidligere behandling"). */
export interface EarlierResolution {
  bodyName: string;
  caseNumber?: string;
  /** ISO date of the meeting. */
  date: string;
  /** Already-localized outcome label, e.g. "Vedtatt som foreslått". */
  outcomeLabel?: string;
  resolution: ResolutionText;
}

export type ProposalKind = 'forslag_til_vedtak' | 'innstilling';

export interface CasePaperModel {
  cooperationName: string;
  locale: DocumentLocale;
  /** The case's title, e.g. "Vestregionens fremtid – skisse til fremtidig samarbeid". */
  title: string;
  /** The body case number the paper is for (first row of `path` if omitted), e.g. `03/2018`. */
  caseNumber?: string;
  /** A role or unit, never an invented person: "Sekretariatet". */
  caseOfficer?: string;
  /** The archive case number of whoever archives it, e.g. `2018/123`. */
  archiveReference?: string;
  /** One row per body on the case's path, in order. */
  path: CasePathRow[];
  proposalKind: ProposalKind;
  proposal: ResolutionText;
  /** Plain text (see the conventions above). */
  background?: string;
  assessment?: string;
  attachments: AttachmentRef[];
  earlierResolutions?: EarlierResolution[];
  /** Set (even to '') when content was added for the demo: printed as "Illustrasjon: <note>". */
  illustrativeNote?: string;
  /** For a joint case text sent to a member council: "Asker kommunestyre" → "Til: Asker kommunestyre". */
  addressee?: string;
  /** Exempt papers print this legal basis in the header, e.g. "Offl. § 14". */
  exemptBasis?: string;
}

export interface SummonsAgendaItem {
  caseNumber?: string;
  title: string;
  isPublic: boolean;
  /** Legal basis when not public; the title is then replaced by "Unntatt offentlighet, <basis>". */
  exemptBasis?: string;
  /**
   * Exempt items print "Unntatt offentlighet, <basis>" instead of their title. Set true only in
   * copies for readers who may see it: the title is then printed, marked as exempt.
   */
  showExemptTitle?: boolean;
}

export interface SummonsModel {
  cooperationName: string;
  locale: DocumentLocale;
  bodyName: string;
  /** Already-localized, e.g. "Ordinært møte", "Ekstraordinært møte". */
  meetingKindLabel?: string;
  /** ISO instants (UTC); printed in Europe/Oslo. */
  startsAt: string;
  endsAt?: string | null;
  place?: string | null;
  agenda: SummonsAgendaItem[];
  /** Free text, e.g. who should send apologies for absence to whom. */
  note?: string;
  /** "Sekretariatet" or a role; printed under the summons. */
  sender?: string;
  illustrativeNote?: string;
}

/** Votes as counts, or by name (names are those of seats/roles, never invented persons). */
export type VoteRecord =
  | { for: number; against: number; blank: number }
  | { byName: { name: string; vote: 'for' | 'against' | 'blank' }[] }
  | null;

export interface MinutesItem {
  caseNumber?: string;
  title: string;
  isPublic?: boolean;
  /** When set (or isPublic is false) the item is exempt: title and texts give way to "Unntatt offentlighet, <basis>". */
  exemptBasis?: string;
  /** True only in copies for readers who may see exempt items: everything is printed, marked as exempt. */
  showExemptTitle?: boolean;
  proposal: ResolutionText;
  /** Already-localized outcome label, e.g. "Vedtatt som foreslått". */
  outcomeLabel?: string;
  resolution: ResolutionText;
  /** Amendments and statements during the treatment, one per entry. */
  amendments?: string[];
  votes?: VoteRecord;
}

export interface MinutesModel {
  cooperationName: string;
  locale: DocumentLocale;
  bodyName: string;
  meetingKindLabel?: string;
  startsAt: string;
  endsAt?: string | null;
  place?: string | null;
  /** Lines such as "Ordfører i Asker" or "Bærum: ordfører (leder)". */
  present: string[];
  absent: string[];
  /** Others present (secretariat etc.). */
  alsoPresent?: string[];
  items: MinutesItem[];
  /**
   * When approved, printed as "Godkjent <date> av <approvedBy>" ("Godkjent <date>" if approvedBy is
   * empty). `approvedAt` is a date or an instant (printed as its date in Oslo).
   */
  approval: { approvedAt: string; approvedBy: string } | null;
  illustrativeNote?: string;
}

export type CalendarMeetingStatus = 'planned' | 'summoned' | 'held' | 'cancelled';

export interface CalendarMeeting {
  id: number | string;
  /** E.g. "Møte i Styringsgruppen". */
  title: string;
  bodyName: string;
  /** ISO instants (UTC). A meeting without an end gets two hours. */
  startsAt: string;
  endsAt?: string | null;
  place?: string | null;
  status: CalendarMeetingStatus | string;
  /** Absolute URL of the meeting's public page (or a path, made absolute with `publicUrl`). */
  url?: string;
  description?: string;
  /** ISO instant of the last change; becomes DTSTAMP (else the start time, so the feed is stable). */
  updatedAt?: string;
  /** Raise by one on each change of time or place (iCalendar SEQUENCE), so clients update. */
  sequence?: number;
}

export interface MeetingsCalendarInput {
  name: string;
  meetings: CalendarMeeting[];
  /** Base URL such as `https://samrad.example.no`, used for relative meeting URLs. */
  publicUrl?: string;
}
