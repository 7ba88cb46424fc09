import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellMinimum, suppressCells, suppressGroups } from './suppression';

describe('suppressGroups', () => {
  it('hides a small group and, as its complement, the smallest other group', () => {
    const s = suppressGroups(
      [
        { key: 'asker', counts: [6] },
        { key: 'hole', counts: [2] },
        { key: 'lier', counts: [5] },
        { key: 'baerum', counts: [9] },
      ],
      5,
    );
    expect([...s.hidden].sort()).toEqual(['hole', 'lier']);
    expect(s.hideTotal).toEqual([false]);
  });

  it('hides nothing when every group is large enough, and shows empty groups as 0', () => {
    const s = suppressGroups([{ key: 'a', counts: [5] }, { key: 'b', counts: [0] }, { key: 'c', counts: [7] }], 5);
    expect(s.hidden.size).toBe(0);
  });

  it('hides the total when no set of groups can reach the threshold', () => {
    const s = suppressGroups([{ key: 'a', counts: [1] }, { key: 'b', counts: [2] }], 5);
    expect([...s.hidden].sort()).toEqual(['a', 'b']);
    expect(s.hideTotal).toEqual([true]);
  });

  it('never goes below 3, whatever is configured', () => {
    expect(cellMinimum(1)).toBe(3);
    expect(suppressGroups([{ key: 'a', counts: [2] }, { key: 'b', counts: [8] }, { key: 'c', counts: [9] }], 1).hidden.has('a')).toBe(true);
  });

  it('keeps every hidden sum at least the threshold and from two groups, or hides the total (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(12), fc.nat(12)), { minLength: 1, maxLength: 15 }), fc.integer({ min: 3, max: 7 }), (rows, min) => {
        const groups = rows.map((counts, i) => ({ key: `g${i}`, counts }));
        const s = suppressGroups(groups, min);
        for (const g of groups) {
          if (!s.hidden.has(g.key)) for (const n of g.counts) expect(n === 0 || n >= min).toBe(true);
        }
        for (const m of [0, 1]) {
          const inHidden = groups.filter((g) => s.hidden.has(g.key) && g.counts[m]! > 0);
          const sum = inHidden.reduce((acc, g) => acc + g.counts[m]!, 0);
          if (!s.hideTotal[m]) expect(inHidden.length === 0 || (sum >= min && inHidden.length >= 2)).toBe(true);
        }
      }),
    );
  });
});

describe('suppressCells', () => {
  it('hides a small cell and enough others that no row or column gives it away', () => {
    const counts = new Map([
      ['mayor', new Map([['asker', 2], ['baerum', 6], ['lier', 7]])],
      ['chief', new Map([['asker', 6], ['baerum', 5], ['lier', 8]])],
    ]);
    const hidden = suppressCells(counts, 5);
    expect(hidden.has('mayor|asker')).toBe(true);
    for (const [row, cols] of counts) {
      const inRow = [...cols].filter(([col]) => hidden.has(`${row}|${col}`));
      expect(inRow.length === 0 || (inRow.length >= 2 && inRow.reduce((s, [, n]) => s + n, 0) >= 5)).toBe(true);
    }
    for (const col of ['asker', 'baerum', 'lier']) {
      const inCol = [...counts].filter(([row]) => hidden.has(`${row}|${col}`));
      expect(inCol.length === 0 || inCol.length >= 2).toBe(true);
    }
  });
});
