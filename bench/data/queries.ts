import { Random } from './random';
import { ABSENT_WORDS, ADJECTIVES, ADVERBIALS, FIELDS, HEADS, VERBS } from './vocabulary';

/**
 * The fixed list of search queries the benchmark runs: drawn from the generated text's own vocabulary
 * so they behave like real searches on real papers. Mixed as people search: single words (common
 * and rare), two words, phrases in quotes, short stems that match many compounds, exclusions, and
 * words that occur nowhere.
 */
export interface BenchQuery {
  q: string;
  kind: 'word' | 'two_words' | 'phrase' | 'prefix' | 'exclude' | 'no_hits';
}

export function searchQueries(seed: number, placeNames: readonly string[], count = 300): BenchQuery[] {
  const r = Random.fork(seed, 'queries');
  const compound = () => {
    const head = r.pick(HEADS);
    return r.pick(FIELDS) + head[r.int(3) as 0 | 1 | 2];
  };
  const word = () => {
    const roll = r.next();
    if (roll < 0.5) return compound();
    if (roll < 0.65) return r.pick(VERBS)[r.int(3)]!;
    if (roll < 0.8) return r.pick(ADJECTIVES)[2];
    return r.pick(placeNames);
  };
  // Stems of five letters or more match compounds that start with them (see platform/search/query.ts).
  const stems = FIELDS.map((f) => f.replace(/s$/, '')).filter((f) => f.length >= 5);
  const makers: [BenchQuery['kind'], number, () => string][] = [
    ['word', 0.34, word],
    ['two_words', 0.2, () => `${word()} ${word()}`],
    ['phrase', 0.13, () => `"${r.pick([...ADVERBIALS, 'tas til orientering', 'felles saksgrunnlag', 'forslag til vedtak'])}"`],
    ['prefix', 0.13, () => r.pick(stems)],
    ['exclude', 0.07, () => `${r.pick(stems)} -${compound()}`],
    ['no_hits', 0.13, () => (r.chance(0.5) ? r.pick(ABSENT_WORDS) : `${word()} ${r.pick(ABSENT_WORDS)}`)],
  ];
  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  for (const [kind, share, make] of makers) {
    const wanted = kind === 'no_hits' ? count - out.length : Math.round(count * share);
    for (let tries = 0, made = 0; made < wanted && tries < wanted * 50; tries++) {
      const q = make();
      if (seen.has(q)) continue;
      seen.add(q);
      out.push({ q, kind });
      made++;
    }
  }
  // Interleave the kinds, the same way for every run.
  return shuffle(r, out);
}

function shuffle<T>(r: Random, list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
