/**
 * Small-cell suppression: the one rule every output of survey results goes through (page, API, CSV,
 * XLSX, PDF), so none of them can show what another hides.
 *
 * The rule, as the results page explains it to readers:
 * 1. A group (a role, a municipality) with fewer than `min` respondents is hidden (primary suppression).
 * 2. Because the total is shown, one hidden group could be found by subtracting the shown groups from
 *    it. So more groups are hidden, the smallest first, until the hidden groups together have at least
 *    `min` respondents and are at least two (complementary suppression). What can be worked out by
 *    subtraction is then only the sum of a group of at least `min` people.
 * Groups with no respondents are shown as 0: they reveal no answer and help hide none.
 */

export const SMALL_CELL_FLOOR = 3;

/** The threshold as configured, never below the floor (a group of two can be recognised). */
export function cellMinimum(configured: number): number {
  return Math.max(SMALL_CELL_FLOOR, Math.floor(configured));
}

export interface GroupCounts {
  key: string;
  /**
   * The counts this group contributes to the table, e.g. [respondents, answered invitations].
   * Each is protected: a hidden count must not be derivable by subtraction from its total.
   */
  counts: readonly number[];
}

export interface Suppression {
  hidden: ReadonlySet<string>;
  /**
   * Per count: true when even hiding every group could not keep the hidden sum at least `min` and
   * from two groups; then that count's total must be hidden as well.
   */
  hideTotal: readonly boolean[];
}

/**
 * Decides which groups of a one-way table are hidden. `alsoHide` are groups hidden already for another
 * reason (e.g. in the whole survey's table), so that every table of a survey hides at least those.
 */
export function suppressGroups(groups: readonly GroupCounts[], min: number, alsoHide: Iterable<string> = []): Suppression {
  const threshold = cellMinimum(min);
  const hidden = new Set<string>(alsoHide);
  const measures = Math.max(0, ...groups.map((g) => g.counts.length));
  for (const g of groups) {
    if (g.counts.some((n) => n > 0 && n < threshold)) hidden.add(g.key);
  }
  const weak = (m: number) => {
    const inHidden = groups.filter((g) => hidden.has(g.key) && (g.counts[m] ?? 0) > 0);
    const sum = inHidden.reduce((s, g) => s + (g.counts[m] ?? 0), 0);
    return inHidden.length > 0 && (sum < threshold || inHidden.length < 2);
  };
  for (let m = 0; m < measures; m++) {
    while (weak(m)) {
      // The smallest shown group that has some of this count: hiding it costs the reader least.
      const next = groups
        .filter((g) => !hidden.has(g.key) && (g.counts[m] ?? 0) > 0)
        .sort((a, b) => (a.counts[m] ?? 0) - (b.counts[m] ?? 0) || a.key.localeCompare(b.key))[0];
      if (!next) break;
      hidden.add(next.key);
    }
  }
  // Hiding for one count may have added groups that now weaken none; check all counts at the end.
  const hideTotal = Array.from({ length: measures }, (_, m) => weak(m));
  return { hidden, hideTotal };
}

/**
 * The same rule for a two-way table (rows × columns, e.g. role × municipality) whose row and column
 * totals are known: a cell with 1…min−1 is hidden, then more cells until every row and column hides
 * either nothing or at least two non-empty cells summing to at least `min`. Returns the hidden cells
 * as `row|column`. Used for the answers export, where each response shows its role and municipality.
 */
export function suppressCells(counts: ReadonlyMap<string, ReadonlyMap<string, number>>, min: number): Set<string> {
  const threshold = cellMinimum(min);
  const cells: { row: string; col: string; n: number }[] = [];
  for (const [row, cols] of counts) for (const [col, n] of cols) if (n > 0) cells.push({ row, col, n });
  const id = (c: { row: string; col: string }) => `${c.row}|${c.col}`;
  const hidden = new Set(cells.filter((c) => c.n < threshold).map(id));
  const lines = (pick: (c: { row: string; col: string }) => string) => {
    const by = new Map<string, typeof cells>();
    for (const c of cells) by.set(pick(c), [...(by.get(pick(c)) ?? []), c]);
    return [...by.values()];
  };
  const allLines = [...lines((c) => c.row), ...lines((c) => c.col)];
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of allLines) {
      const inHidden = line.filter((c) => hidden.has(id(c)));
      const sum = inHidden.reduce((s, c) => s + c.n, 0);
      if (inHidden.length === 0 || (sum >= threshold && inHidden.length >= 2)) continue;
      const next = line.filter((c) => !hidden.has(id(c))).sort((a, b) => a.n - b.n || id(a).localeCompare(id(b)))[0];
      if (!next) continue;
      hidden.add(id(next));
      changed = true;
    }
  }
  return hidden;
}
