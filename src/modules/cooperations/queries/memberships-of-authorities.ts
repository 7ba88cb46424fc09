import type { Db } from '../../../platform/db/database';
import { norwegianCollator, parseLocalizedText } from '../../../platform/i18n';
import { membershipsOfCodes } from '../cooperations.repository';
import type { AuthorityMembershipView } from './views';

/**
 * Every membership held under any of `codes`, in any cooperation, over all time: a municipality page
 * passes the code's whole lineage (0219, 3024, 3201) to show Bærum's memberships under all its
 * numbers. Oldest first; a start before our records comes first.
 */
export async function membershipsOfAuthorities(db: Db, codes: readonly string[]): Promise<AuthorityMembershipView[]> {
  const rows = await membershipsOfCodes(db, codes);
  return rows
    .map((row) => ({
      membershipId: row.id,
      cooperation: { slug: row.slug, name: row.name },
      code: row.member_code,
      startOn: row.start_on,
      endOn: row.end_on,
      note: parseLocalizedText(row.note),
    }))
    .sort(
      (a, b) =>
        compareStart(a.startOn, b.startOn) ||
        norwegianCollator.compare(a.cooperation.name, b.cooperation.name) ||
        a.code.localeCompare(b.code),
    );
}

function compareStart(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
