import type { Db } from '../../../platform/db/database';
import { norwegianCollator, parseLocalizedText, type LocalizedText } from '../../../platform/i18n';
import { allMembershipsOf } from '../cooperations.repository';

/** The secretariat's view of a member list: every period, not just one date's members. */
export interface MembershipRecord {
  id: number;
  code: string;
  /** The name in the register (the authority's latest name). */
  name: string;
  kind: 'municipality' | 'county';
  /** null: before our records. */
  startOn: string | null;
  /** null: still a member. */
  endOn: string | null;
  note: LocalizedText;
}

/** Every membership of a cooperation, newest first: by start (unknown start last), then open end first, then name. */
export async function membershipsOfCooperation(db: Db, cooperationId: number): Promise<MembershipRecord[]> {
  const rows = await allMembershipsOf(db, cooperationId);
  return rows
    .map((row) => ({
      id: row.id,
      code: row.member_code,
      name: row.name ?? row.member_code,
      kind: row.kind ?? ('municipality' as const),
      startOn: row.start_on,
      endOn: row.end_on,
      note: parseLocalizedText(row.note),
    }))
    .sort(
      (a, b) =>
        descending(a.startOn, b.startOn) ||
        descending(a.endOn ?? '9999-12-31', b.endOn ?? '9999-12-31') ||
        norwegianCollator.compare(a.name, b.name) ||
        a.code.localeCompare(b.code),
    );
}

/** Later dates first; null (unknown) after every date. */
function descending(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
