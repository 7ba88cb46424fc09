import { todayInOslo } from '../../platform/i18n';
/**
 * Meetings are held in Norway: people type and read their times in Oslo time, we store UTC instants.
 * Converting a wall-clock time needs the offset in force on that day (CET or CEST), which Intl knows.
 */
const OSLO = 'Europe/Oslo';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function osloWallClockAsUtcMs(instant: Date): number {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
}

/** `2018-03-15T10:00` (Oslo wall clock) → `2018-03-15T09:00:00.000Z`. */
export function osloLocalToInstant(local: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) throw new RangeError(`not a local date-time: ${local}`);
  const [y, mo, d, h, mi, s] = match.slice(1).map((v) => Number(v ?? 0)) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  // Guess with the offset at the wall-clock moment read as UTC, then correct once (DST edges).
  let utc = wall - (osloWallClockAsUtcMs(new Date(wall)) - wall);
  utc = wall - (osloWallClockAsUtcMs(new Date(utc)) - utc);
  return new Date(utc).toISOString();
}

/** The calendar day in Oslo of an instant: `2018-03-15`. */
export function osloDate(instant: string): string {
  return todayInOslo(new Date(instant));
}

/** The year in Oslo of an instant (a meeting at 00:30 on 1 January Oslo time is in the new year). */
export function osloYear(instant: string): number {
  return Number(osloDate(instant).slice(0, 4));
}

/** The first instant of an Oslo calendar day, for "from" filters. */
export function startOfOsloDay(isoDate: string): string {
  return osloLocalToInstant(`${isoDate}T00:00`);
}
