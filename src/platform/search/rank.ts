import { stemHit, type SearchQuery, type SearchTerm } from './query';

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
  titleStems: string[];
  stems: string[];
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
  const lengthNorm = 1 / Math.sqrt(Math.max(1, doc.stems.length) / 100 + 1);
  for (const term of terms) {
    const body = countHits(term, doc.stems);
    const title = countHits(term, doc.titleStems);
    if (body.exact + title.exact > 0) exactTerms += 1;
    // Rounded so that floating-point noise can never reorder equal documents.
    const weight = Math.log1p(body.exact + 0.5 * body.prefix) * lengthNorm + 2 * (title.exact + 0.5 * title.prefix > 0 ? 1 : 0);
    score += Math.round(weight * 1e6) / 1e6;
  }
  return { exactTerms, score };
}

function countHits(term: SearchTerm, stems: string[]): { exact: number; prefix: number } {
  let exact = 0;
  let prefix = 0;
  if (term.stems.length > 1) {
    for (let i = 0; i + term.stems.length <= stems.length; i++) {
      if (term.stems.every((s, k) => stems[i + k] === s)) exact += 1;
    }
    return { exact, prefix };
  }
  for (const s of stems) {
    const hit = stemHit(term, s);
    if (hit === 'exact') exact += 1;
    else if (hit === 'prefix') prefix += 1;
  }
  return { exact, prefix };
}
