import { stemHit, type SearchQuery } from './query';
import { tokensOf, type Token } from './tokens';

/** A piece of a snippet; `hit` pieces are the searched words, to be shown in <mark>. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

const WINDOW_TOKENS = 30;

/**
 * A short passage of the plain text around the densest cluster of hits, cut into parts. Computed in
 * JavaScript from the stored text, so it is the same on both engines; the caller renders the parts
 * with JSX (escaped), never as HTML strings.
 */
export function snippetOf(text: string, query: SearchQuery, maxTokens = WINDOW_TOKENS): SnippetPart[] {
  const normalized = text.normalize('NFC');
  const tokens = tokensOf(normalized);
  if (tokens.length === 0) return [];
  const hits = markHits(tokens, query);
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start < Math.max(1, tokens.length - maxTokens + 1); start++) {
    let count = 0;
    for (let i = start; i < Math.min(tokens.length, start + maxTokens); i++) if (hits[i]) count++;
    if (count > bestCount) [best, bestCount] = [start, count];
    if (tokens.length > 2000 && start > 2000) break; // a long text's first 2000 words are enough to pick from
  }
  // The first window with the most hits ends at its last hit; start a few words before its first hit instead.
  const firstHit = hits.findIndex((h, i) => h && i >= best);
  const start = bestCount > 0 ? Math.max(0, firstHit - 5) : 0;
  const end = Math.min(tokens.length, start + maxTokens);
  const parts: SnippetPart[] = [];
  const push = (piece: string, hit: boolean) => {
    if (!piece) return;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += piece;
    else parts.push({ text: piece, hit });
  };
  if (start > 0) push('… ', false);
  let cursor = start === 0 ? 0 : tokens[start]!.start;
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    const between = clean(normalized.slice(cursor, token.start));
    // A phrase is marked as one piece: the space between two hit words belongs to the mark.
    push(between, i > start && hits[i]! && hits[i - 1]! && between === ' ');
    push(token.word, hits[i]!);
    cursor = token.end;
  }
  if (end < tokens.length) push(' …', false);
  else push(clean(normalized.slice(cursor)).trimEnd(), false);
  return parts;
}

function clean(between: string): string {
  return between.replace(/\s+/g, ' ');
}

function markHits(tokens: Token[], query: SearchQuery): boolean[] {
  const hits = tokens.map(() => false);
  for (const term of query.include) {
    if (term.stems.length === 1) {
      tokens.forEach((t, i) => {
        if (stemHit(term, t.stem)) hits[i] = true;
      });
      continue;
    }
    for (let i = 0; i + term.stems.length <= tokens.length; i++) {
      if (term.stems.every((s, k) => tokens[i + k]!.stem === s)) for (let k = 0; k < term.stems.length; k++) hits[i + k] = true;
    }
  }
  return hits;
}

/** The snippet as plain text (for feeds and the JSON API). */
export function snippetText(parts: SnippetPart[]): string {
  return parts.map((p) => p.text).join('');
}
