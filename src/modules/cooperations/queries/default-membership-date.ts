/**
 * The date a member list shows when none is asked for: today while the cooperation exists; the last
 * day it existed once it has ended (Vestregionen ended 2018-12-31, so "today" would list no one);
 * the day it starts while it is only planned.
 */
export function defaultMembershipDate(
  cooperation: { endedOn: string | null; establishedOn?: string | null },
  today: string,
): string {
  if (cooperation.endedOn && cooperation.endedOn < today) return cooperation.endedOn;
  if (cooperation.establishedOn && cooperation.establishedOn > today) return cooperation.establishedOn;
  return today;
}
