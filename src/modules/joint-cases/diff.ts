import { diffWords } from 'diff';
import type { DiffPart } from './views';

/**
 * A council's resolution compared word by word with the proposal (the `diff` library's word diff, which
 * ignores differences in whitespace alone). Adjacent parts of the same kind are merged so that pages
 * and documents get few, readable runs.
 */
export function wordDiff(proposal: string, resolution: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWords(proposal, resolution)) {
    const kind: DiffPart['kind'] = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else if (change.value !== '') parts.push({ kind, text: change.value });
  }
  return parts;
}

/** True when the resolution says exactly what was proposed (apart from whitespace). */
export function isUnchanged(parts: DiffPart[]): boolean {
  return parts.every((p) => p.kind === 'same');
}
