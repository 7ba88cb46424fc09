// The shapes one year of generated work is made of, and the small date helpers the stages share.
import type { Body, Cooperation } from '../world';
import { AS_OF } from '../world';

export interface YearPlan {
  year: number;
  cases: number;
  documents: number;
}

export interface Meeting {
  id: number;
  cooperation: Cooperation;
  body: Body;
  date: string;
  status: 'planned' | 'summoned' | 'held' | 'minutes_approved';
  items: Item[];
}

export interface Case {
  id: number;
  cooperation: Cooperation;
  title: string;
  proposal: string;
  points: string[] | null;
  background: string;
  assessment: string;
  isPublic: boolean;
  items: Item[];
}

export interface Item {
  id: number;
  meeting: Meeting;
  case: Case | null;
  title: string | null;
  number: number | null;
}

export const EXEMPT_BASIS = 'Offentleglova § 13 jf. forvaltningsloven § 13 første ledd nr. 1';
export const OUTCOMES = [
  ['adopted_as_proposed', 0.7],
  ['adopted_with_changes', 0.85],
  ['noted', 0.93],
  ['postponed', 0.98],
  ['rejected', 1],
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
export const daysBefore = (date: string, days: number) => new Date(Date.parse(date) - days * 86_400_000).toISOString().slice(0, 10);

export function statusOn(date: string): Meeting['status'] {
  if (date <= daysBefore(AS_OF, 30)) return 'minutes_approved';
  if (date < AS_OF) return 'held';
  return date <= daysBefore(AS_OF, -30) ? 'summoned' : 'planned';
}

/** Shares of `total` by weight, summing exactly to `total` (largest remainders). */
export function shares(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) out[order[k]![1]]!++;
  return out;
}

