/**
 * A format-neutral outline of a document: each document type (case paper, summons, minutes) is
 * written once as an outline, and the PDF and Word kits render any outline. So both formats always
 * carry the same content, headings and tables, and the rules (what an exempt item may show) live in
 * one place.
 */
import type { DocumentLocale, ResolutionText } from './models';

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /**
   * A paragraph; `label` is printed bold before the text ("Saksbehandler: Sekretariatet"), `strong`
   * prints it all bold (the document type above the heading), `note` in italics.
   */
  | { kind: 'paragraph'; text: string; label?: string; strong?: boolean; note?: boolean }
  /** `start` is the first number of an ordered list (a list can continue after a blank line). */
  | { kind: 'list'; ordered: boolean; start: number; items: string[] }
  /** `widths` are fractions of the text width; the first row is the header. */
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[] };

export interface Outline {
  locale: DocumentLocale;
  /** Document title for the file's metadata, e.g. "Saksfremlegg 03/2018 Vestregionens fremtid". */
  title: string;
  /** Printed small above everything: the cooperation's name. */
  letterhead: string;
  /** Author in the metadata. */
  author: string;
  blocks: Block[];
}

/** BCP 47 tag of the document's language (PDF /Lang, Word w:lang). */
export function languageTag(locale: DocumentLocale): string {
  return locale === 'en' ? 'en-GB' : locale === 'nn' ? 'nn-NO' : 'nb-NO';
}

// "- punkt", "• punkt", and "-Punkt" as the seed's web page writes its questions.
const BULLET = /^\s*(?:[-–•*]\s+|-(?=\p{Lu}))(.*)$/u;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;

/**
 * Plain text → paragraphs and lists. Paragraphs are separated by blank lines; lines starting with
 * "- " make a bulleted list, "1. " a numbered one. A numbered list that goes on after a blank line
 * (the seed's 9-point sketch has one between points 5 and 6) stays one list.
 */
export function textBlocks(text: string | undefined | null): Block[] {
  const blocks: Block[] = [];
  if (!text) return blocks;
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let prose: string[] = [];
    const flush = () => {
      const joined = prose.join('\n').trim();
      if (joined) blocks.push({ kind: 'paragraph', text: joined });
      prose = [];
    };
    for (const line of chunk.split('\n')) {
      const bullet = BULLET.exec(line);
      const numbered = NUMBERED.exec(line);
      const last = blocks[blocks.length - 1];
      if (numbered || bullet) {
        flush();
        const ordered = Boolean(numbered);
        const item = (numbered ? numbered[2] : bullet![1])!.trim();
        const number = numbered ? Number(numbered[1]) : 1;
        const continues =
          last?.kind === 'list' && last.ordered === ordered && (!ordered || last.start + last.items.length === number);
        if (continues) last.items.push(item);
        else blocks.push({ kind: 'list', ordered, start: number, items: [item] });
      } else if (last?.kind === 'list' && /^\s{2,}\S/.test(line) && prose.length === 0) {
        // An indented line carries on the list item above it.
        const items = last.items;
        items[items.length - 1] += ` ${line.trim()}`;
      } else {
        prose.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** A proposal or resolution: its text, then its points as a numbered list. */
export function resolutionBlocks(resolution: ResolutionText, empty?: string): Block[] {
  const blocks = textBlocks(resolution.text);
  const points = (resolution.points ?? []).map((p) => p.trim()).filter(Boolean);
  if (points.length) blocks.push({ kind: 'list', ordered: true, start: 1, items: points });
  if (!blocks.length && empty) blocks.push({ kind: 'paragraph', text: empty, note: true });
  return blocks;
}

/**
 * Demo content is marked: "Illustrasjon: <note>", or the bare word when the note is empty. Nothing
 * when the model has no note at all (real content).
 */
export function illustrativeBlocks(label: string, note: string | undefined): Block[] {
  if (note === undefined || note === null) return [];
  return note.trim() ? [{ kind: 'paragraph', label, text: note.trim(), note: true }] : [{ kind: 'paragraph', text: label, note: true }];
}

/** Label–value lines, skipping those without a value. */
export function fieldBlocks(fields: [label: string, value: string | null | undefined][]): Block[] {
  return fields
    .filter((f): f is [string, string] => Boolean(f[1] && f[1].trim()))
    .map(([label, value]) => ({ kind: 'paragraph', label, text: value }));
}
