import { stem, tokensOf } from './tokens';

/**
 * A search as people type it: plain words (all must match), "a phrase" (words next to each other),
 * -word or -"a phrase" (must not match). Nothing is a syntax error: an unbalanced quote is read as
 * if it were not there.
 */
export interface SearchTerm {
  /** One stem, or several for a phrase (in order). */
  stems: string[];
  /** Also match words that start with the stem: compounds such as samarbeid → samarbeidsavtale. */
  prefix: boolean;
}

export interface SearchQuery {
  include: SearchTerm[];
  exclude: SearchTerm[];
}

/** A single word of at least this many letters also finds compounds that start with it. */
const PREFIX_MIN_LENGTH = 5;

const PART = /(-?)"([^"]*)"|(-?)([^\s"]+)/g;

export function parseSearchQuery(input: string): SearchQuery {
  const query: SearchQuery = { include: [], exclude: [] };
  const text = balanceQuotes(input.normalize('NFC'));
  for (const match of text.matchAll(PART)) {
    const quoted = match[2] !== undefined;
    const negated = (quoted ? match[1] : match[3]) === '-';
    const stems = tokensOf(quoted ? match[2]! : match[4]!).map((t) => t.stem);
    if (stems.length === 0) continue;
    // Written as one word but several tokens ("03/2018", "Nedre-Eiker"): the tokens belong together.
    const term: SearchTerm = { stems, prefix: !quoted && stems.length === 1 && stems[0]!.length >= PREFIX_MIN_LENGTH };
    const list = negated ? query.exclude : query.include;
    if (!list.some((t) => sameTerm(t, term))) list.push(term);
  }
  return query;
}

/** An odd number of quotes: the last one is literal text, so drop it rather than fail. */
function balanceQuotes(text: string): string {
  const count = (text.match(/"/g) ?? []).length;
  if (count % 2 === 0) return text;
  const last = text.lastIndexOf('"');
  return text.slice(0, last) + ' ' + text.slice(last + 1);
}

function sameTerm(a: SearchTerm, b: SearchTerm): boolean {
  return a.prefix === b.prefix && a.stems.join(' ') === b.stems.join(' ');
}

/** True when the query can match anything: at least one word to look for. */
export function isSearchable(query: SearchQuery): boolean {
  return query.include.length > 0;
}

/** Whether a token's stem is a hit for a single-word term (exact stem, or a compound for prefix terms). */
export function stemHit(term: SearchTerm, tokenStem: string): 'exact' | 'prefix' | null {
  const wanted = term.stems[0]!;
  if (tokenStem === wanted) return 'exact';
  if (term.prefix && tokenStem.startsWith(wanted)) return 'prefix';
  return null;
}

export { stem };
