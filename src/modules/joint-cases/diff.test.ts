import { expect, it } from 'vitest';
import { isUnchanged, wordDiff } from './diff';

it('marks the words a council changed, keeping the rest as the proposal had it', () => {
  const parts = wordDiff('Kunst rett vest søkes videreført i et samarbeid.', 'Kunst rett vest videreføres i et samarbeid med Viken.');
  expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['søkes videreført']);
  expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['videreføres', 'med Viken']);
  // Leaving out the added parts gives the proposal back (the word diff may move a space between parts).
  const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/ \./g, '.');
  expect(squash(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join(''))).toBe('Kunst rett vest søkes videreført i et samarbeid.');
  expect(isUnchanged(parts)).toBe(false);
});

it('finds no change when only whitespace differs', () => {
  expect(isUnchanged(wordDiff('Vestregionen  opphører.', 'Vestregionen opphører.'))).toBe(true);
});
