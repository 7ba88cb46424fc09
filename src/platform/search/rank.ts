import type { SearchQuery, SearchTerm } from './query';

/**
 * Ranks matched documents in JavaScript, from the stems both engines store, so SQLite and
 * PostgreSQL give the same order (their own rank functions differ). In order of weight:
 * 1. how many of the searched words occur as the exact stem (samarbeid before samarbeidsavtale only),
 * 2. a score of term frequency, damped by length, with hits in the title counted extra,
 * 3. the newer document, then the higher id — so the order is total and stable.
 */
export interface Rankable {
  id: number;
  date: string;
  /** The title's stems, space-separated (as `stemsOf(title).join(' ')`). */
  titleTokens: string;
  /** The stored stems, space-separated, and how many there are. */
  tokens: string;
  tokenCount: number;
}

export interface Ranked {
  id: number;
  exactTerms: number;
  score: number;
}

export function rankDocuments(query: SearchQuery, docs: Rankable[]): Ranked[] {
  const ranked = docs.map((doc) => ({ doc, ...scoreOf(query.include, doc) }));
  ranked.sort(
    (a, b) =>
      b.exactTerms - a.exactTerms ||
      b.score - a.score ||
      (a.doc.date < b.doc.date ? 1 : a.doc.date > b.doc.date ? -1 : 0) ||
      b.doc.id - a.doc.id,
  );
  return ranked.map(({ doc, exactTerms, score }) => ({ id: doc.id, exactTerms, score }));
}

function scoreOf(terms: SearchTerm[], doc: Rankable) {
  let exactTerms = 0;
  let score = 0;
  const lengthNorm = 1 / Math.sqrt(Math.max(1, doc.tokenCount) / 100 + 1);
  const body = ` ${doc.tokens} `;
  const titleText = ` ${doc.titleTokens} `;
  for (const term of terms) {
    const inBody = countHits(term, body);
    const title = countHits(term, titleText);
    if (inBody.exact + title.exact > 0) exactTerms += 1;
    // Rounded so that floating-point noise can never reorder equal documents.
    const weight = Math.log1p(inBody.exact + 0.5 * inBody.prefix) * lengthNorm + 2 * (title.exact + 0.5 * title.prefix > 0 ? 1 : 0);
    score += Math.round(weight * 1e6) / 1e6;
  }
  return { exactTerms, score };
}

/**
 * Hits of a term in ` stem stem … ` (spaces around every stem). Searching the string rather than
 * splitting it into an array keeps ranking hundreds of long documents within a few milliseconds.
 * A phrase counts every place its stems stand in a row; a prefix term also counts compounds.
 */
export function countHits(term: SearchTerm, spaced: string): { exact: number; prefix: number } {
  const exact = occurrences(spaced, ` ${term.stems.join(' ')} `);
  if (!term.prefix) return { exact, prefix: 0 };
  return { exact, prefix: occurrences(spaced, ` ${term.stems[0]}`) - exact };
}

/** Occurrences, overlapping ones too: the phrase "a a" stands twice in " a a a ", as it starts at two stems. */
function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count += 1;
  return count;
}
