import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * A seeded random source for the generator. Every stage forks its own stream from the seed and the
 * stage's name, so a stage gives the same rows whether it runs in one go or after `--resume`.
 */
export class Random {
  private readonly rng;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed | 0);
  }

  /** A new independent stream for a named part of the work (same seed + label → same stream). */
  static fork(seed: number, label: string): Random {
    return new Random(hash32(`${seed}:${label}`));
  }

  /** 0 ≤ n < 1. */
  next(): number {
    return (this.rng.next() >>> 0) / 4294967296;
  }

  /** An integer 0 ≤ n < count. */
  int(count: number): number {
    return Math.floor(this.next() * count);
  }

  /** An integer min ≤ n ≤ max. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }

  /** `count` distinct items of `list`, in list order (count is capped at the list's length). */
  sample<T>(list: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    const n = Math.min(count, list.length);
    // Floyd's algorithm: n draws, no retries, no copy of the list.
    for (let j = list.length - n; j < list.length; j++) {
      const t = this.int(j + 1);
      chosen.add(chosen.has(t) ? j : t);
    }
    return [...chosen].sort((a, b) => a - b).map((i) => list[i]!);
  }
}

/** FNV-1a: a stable 32-bit number from a text (for seeds, not for security). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
