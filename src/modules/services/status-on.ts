/** A status event as the "as of" rule needs it. */
export interface StatusEventLike {
  id: number;
  status: string;
  /** null: before our records. */
  effective_on: string | null;
}

/**
 * The status that held on `at`: the event with the latest effective date on or before it (an open
 * date counts as earliest); among events effective the same day, the one recorded last. An event
 * recorded today with an earlier effective date changes what holds from that date on; one effective
 * after `at` changes nothing about `at`. Null when nothing had taken effect by then.
 */
export function statusOn<T extends StatusEventLike>(events: readonly T[], at: string): T | null {
  let best: T | null = null;
  for (const event of events) {
    if (event.effective_on !== null && event.effective_on > at) continue;
    if (best === null || compare(event, best) > 0) best = event;
  }
  return best;
}

function compare(a: StatusEventLike, b: StatusEventLike): number {
  const ea = a.effective_on ?? '';
  const eb = b.effective_on ?? '';
  if (ea !== eb) return ea < eb ? -1 : 1;
  return a.id - b.id;
}

/** Events in the order they take effect (open start first), then as recorded. */
export function historyOrder<T extends StatusEventLike>(events: readonly T[]): T[] {
  return [...events].sort(compare);
}
