import type { LocalizedText } from '../../../platform/i18n';
import type { Question } from '../survey-definition';
import type { Category } from './results.types';

/**
 * The answer categories of a question and which categories one answer falls in. A matrix row is
 * counted like a single choice over the matrix's columns; a number falls in a range.
 */
export interface Categorizer {
  categories: Category[];
  /** The indexes of the categories an answer falls in (empty: not answered). */
  of(answer: unknown): number[];
  /** The value to average (ratings, numbers), or null. */
  value?(answer: unknown): number | null;
}

const same = (text: string): LocalizedText => ({ nb: text, nn: text, en: text });

export function asNumber(answer: unknown): number | null {
  const n = typeof answer === 'number' ? answer : typeof answer === 'string' && answer.trim() !== '' ? Number(answer.replace(',', '.')) : NaN;
  return Number.isFinite(n) ? n : null;
}

function choices(options: readonly { key: string; label: LocalizedText }[], pick: (answer: unknown) => unknown[]): Categorizer {
  const index = new Map(options.map((o, i) => [o.key, i]));
  return {
    categories: options.map((o) => ({ key: o.key, label: o.label })),
    of: (answer) => [...new Set(pick(answer).flatMap((a) => (typeof a === 'string' && index.has(a) ? [index.get(a)!] : [])))],
  };
}

export function categorizer(q: Question, row?: string): Categorizer | null {
  switch (q.kind) {
    case 'single_choice':
      return choices(q.options, (a) => [a]);
    case 'multiple_choice':
      return choices(q.options, (a) => (Array.isArray(a) ? a : [a]));
    case 'matrix': {
      const c = choices(q.columns, (a) => [a && typeof a === 'object' ? (a as Record<string, unknown>)[row ?? ''] : undefined]);
      // The columns are in scale order, so the average position (1 = first column) means something.
      return { ...c, value: (a) => (c.of(a)[0] ?? -1) + 1 || null };
    }
    case 'rating': {
      const values = Array.from({ length: q.scale.max - q.scale.min + 1 }, (_, i) => q.scale.min + i);
      return {
        categories: values.map((v) => ({ key: String(v), label: same(String(v)) })),
        of: (a) => {
          const n = asNumber(a);
          return n === null || !values.includes(n) ? [] : [n - q.scale.min];
        },
        value: asNumber,
      };
    }
    case 'number':
      return null; // ranges depend on the answers: see numberCategorizer
    case 'text':
      return null;
  }
}

/**
 * Ranges for a number question: the definition's min and max when it has them (else the answers'),
 * split into at most five ranges of whole, round widths.
 */
export function numberCategorizer(q: Extract<Question, { kind: 'number' }>, answers: readonly unknown[]): Categorizer {
  const values = answers.map(asNumber).filter((n): n is number => n !== null);
  const low = q.min ?? (values.length ? Math.min(...values) : 0);
  const high = q.max ?? (values.length ? Math.max(...values) : 0);
  const span = Math.max(1, high - low + 1);
  const width = niceWidth(span / 5);
  const start = Math.floor(low / width) * width;
  const bins: Category[] = [];
  for (let from = start; from <= high; from += width) {
    const to = from + width - 1;
    const text = width === 1 ? String(from) : `${from}–${to}`;
    bins.push({ key: `${from}`, label: same(text) });
  }
  return {
    categories: bins,
    of: (a) => {
      const n = asNumber(a);
      if (n === null) return [];
      const i = Math.min(bins.length - 1, Math.max(0, Math.floor((n - start) / width)));
      return [i];
    },
    value: asNumber,
  };
}

function niceWidth(raw: number): number {
  if (raw <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 5, 10]) if (step * power >= raw) return step * power;
  return 10 * power;
}
