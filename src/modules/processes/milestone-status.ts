/**
 * Where a progress plan stands on a day. A milestone is done when its last day (or its one day) is
 * before that day; the first milestone not done is next — with any others that start the same day,
 * as "October–November: survey, and discussion in each municipality" run side by side; the rest are
 * later. The day is today in Oslo unless a reader asks how the plan stood on another.
 */
export type MilestoneStatus = 'done' | 'next' | 'later';

export interface Dated {
  startsOn: string;
  endsOn: string | null;
}

export function withStatus<T extends Dated>(milestones: readonly T[], today: string): Array<T & { status: MilestoneStatus }> {
  const sorted = [...milestones].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || (a.endsOn ?? a.startsOn).localeCompare(b.endsOn ?? b.startsOn));
  const firstOpen = sorted.find((m) => !isDone(m, today));
  return sorted.map((m) => ({
    ...m,
    status: isDone(m, today) ? 'done' : firstOpen && m.startsOn === firstOpen.startsOn ? 'next' : 'later',
  }));
}

function isDone(m: Dated, today: string): boolean {
  return (m.endsOn ?? m.startsOn) < today;
}

export interface Versioned {
  version: number;
  adoptedOn: string | null;
}

/**
 * The plan versions that existed on `day` (adopted on or before it; the first plan, with no date,
 * always), oldest first. The last is the plan in force; the first is the original.
 */
export function versionsAsOf<T extends Versioned>(versions: readonly T[], day: string): T[] {
  return [...versions].filter((v) => v.adoptedOn === null || v.adoptedOn <= day).sort((a, b) => a.version - b.version);
}
