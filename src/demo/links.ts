/**
 * How one part of the demo finds what another part made: the meetings and cases are seeded first, and
 * the progress plan, the archive and the joint services link to them through these lookups.
 */
export interface DemoLinks {
  /** The case that a body of Vestregionen numbered so, e.g. `caseId('styringsgruppen', '03/2018')`. */
  caseId(bodySlug: string, caseNumber: string): number | null;
  /** The meeting a body of Vestregionen held (or planned) on that day, e.g. `meetingId('styringsgruppen', '2018-03-15')`. */
  meetingId(bodySlug: string, isoDate: string): number | null;
}

export const NO_LINKS: DemoLinks = { caseId: () => null, meetingId: () => null };
