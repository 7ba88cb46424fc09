/**
 * How a council stands, written so it reads in black and white and aloud: a symbol AND a word for
 * every cell of the matrix (never colour alone), and a word diff with its changes bracketed in text.
 */
import type { CouncilView, DiffPart } from '../views';
import { fill, type JointLabels } from './labels';

export type Mark = 'for' | 'against' | 'changed' | 'none' | 'pending' | 'withdrawn';

const SYMBOLS: Record<Mark, string> = { for: '+', against: '–', changed: '±', none: '0', pending: '?', withdrawn: '/' };

/**
 * A council's mark on one point (or, with `point` null, on the proposal as a whole). Until it has
 * treated the case (postponed counts as not yet) it is pending; a point without a recorded position
 * follows the council's outcome on the whole, as the computed outcome does.
 */
export function markOf(council: CouncilView, point: number | null): Mark {
  if (council.status === 'withdrawn') return 'withdrawn';
  if (council.status !== 'treated' || council.outcome === null || council.outcome === 'postponed') return 'pending';
  const position = point === null ? undefined : council.points.find((p) => p.point === point)?.position;
  if (position) return position;
  if (council.outcome === 'rejected') return 'against';
  return council.outcome === 'adopted_with_changes' && point === null ? 'changed' : 'for';
}

export function markWord(mark: Mark, t: JointLabels): string {
  if (mark === 'pending') return t.waiting;
  if (mark === 'withdrawn') return t.withdrawn;
  return t.positionWords[mark];
}

export function markSymbol(mark: Mark): string {
  return SYMBOLS[mark];
}

/** "+ For", "– Mot", "? Venter" … */
export function markText(mark: Mark, t: JointLabels): string {
  return `${SYMBOLS[mark]} ${markWord(mark, t)}`;
}

/**
 * "Asker kommune", "Akershus fylkeskommune" (county authorities have two-digit codes), and
 * "Sande kommune (Vestfold)" for a name the register tells apart with its county.
 */
export function memberTitle(council: Pick<CouncilView, 'memberCode' | 'memberName'>, t: JointLabels): string {
  const [, name = '', county = ''] = /^(.*?)(\s*\([^)]*\))?$/.exec(council.memberName.trim()) ?? [];
  if (/kommune$/i.test(name)) return `${name}${county}`;
  return `${fill(council.memberCode.length === 2 ? t.county : t.municipality, { name })}${county}`;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Whether a word diff helps the reader: when fewer than half of the resolution's words stand as in
 * the proposal, the resolution is a new text, and bracketing every other word only hides it.
 */
export function isReadableDiff(parts: readonly DiffPart[]): boolean {
  const kept = parts.filter((p) => p.kind === 'same').reduce((n, p) => n + words(p.text), 0);
  const written = parts.filter((p) => p.kind !== 'removed').reduce((n, p) => n + words(p.text), 0);
  return written === 0 || kept * 2 >= written;
}

/**
 * The resolution as the proposal with its changes marked: "… [-utarbeide-] [+utrede+] …". The
 * brackets hug the changed words; the spaces around them stay outside, so the text still reads.
 */
export function markedDiff(parts: readonly DiffPart[]): string {
  return parts
    .map(({ kind, text }) => {
      if (kind === 'same') return text;
      const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
      if (!core) return text;
      return kind === 'added' ? `${before}[+${core}+]${after}` : `${before}[-${core}-]${after}`;
    })
    .join('');
}
