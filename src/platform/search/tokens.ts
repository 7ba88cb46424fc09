import snowball from 'snowball-stemmers';

// All language work happens here, in JavaScript, for both databases: the engines only ever see the
// stemmed tokens this file makes, so SQLite and PostgreSQL cannot disagree about what a word is.

const stemmer = snowball.newStemmer('norwegian');

/** PostgreSQL keeps positions up to 16383 in a tsvector; SQLite indexes the same number so both agree. */
export const MAX_INDEXED_TOKENS = 16_000;
/** Longer "words" are noise (hashes, joined URLs) and PostgreSQL limits lexeme size. */
const MAX_TOKEN_LENGTH = 60;

export interface Token {
  /** The word as written in the text. */
  word: string;
  /** Where it starts and ends in the text, for snippets. */
  start: number;
  end: number;
  stem: string;
}

// Letters and digits of any script; combining marks are dropped after NFC (æ, ø, å stay whole), so a
// token never contains a character SQLite's unicode61 tokenizer would split on.
const WORD = /[\p{L}\p{N}]+/gu;

// Stemming is most of the cost of indexing; a language has far fewer distinct words than a corpus has
// words, so remembered stems make bulk loads several times faster. Bounded: cleared when full.
const STEM_CACHE_SIZE = 200_000;
const stemCache = new Map<string, string>();

export function stem(word: string): string {
  const known = stemCache.get(word);
  if (known !== undefined) return known;
  const lower = word.normalize('NFC').replace(/\p{M}/gu, '').toLowerCase();
  const stemmed = /\p{L}/u.test(lower) ? stemmer.stem(lower) : lower;
  if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(word, stemmed);
  return stemmed;
}

/** The words of a text with their places and stems. */
export function tokensOf(text: string): Token[] {
  const normalized = text.normalize('NFC');
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    if (word.length > MAX_TOKEN_LENGTH) continue;
    const stemmed = stem(word);
    if (stemmed) tokens.push({ word, start: match.index, end: match.index + word.length, stem: stemmed });
  }
  return tokens;
}

/** The stems of a text in order, as the index stores them. */
export function stemsOf(text: string): string[] {
  return tokensOf(text)
    .slice(0, MAX_INDEXED_TOKENS)
    .map((t) => t.stem);
}
