import type { Db } from '../../../platform/db/database';
import { norwegianCollator, parseLocalizedText } from '../../../platform/i18n';
import { authorityNamesOn } from '../../registry';
import { membershipsCovering } from '../cooperations.repository';
import type { MemberView } from './views';

/**
 * The members of a cooperation on `at` (periods inclusive at both ends), each named as it was that
 * day: municipalities first, then county authorities, each group in Norwegian alphabetical order.
 * Two queries, whatever the number of members.
 */
export async function membersOn(db: Db, cooperationId: number, at: string): Promise<MemberView[]> {
  const rows = await membershipsCovering(db, cooperationId, at);
  const codes = new Set<string>();
  for (const row of rows) {
    codes.add(row.member_code);
    if (row.county_code) codes.add(row.county_code);
  }
  const nameOn = await authorityNamesOn(db, [...codes], at);

  return rows
    .map(
      (row): MemberView => ({
        membershipId: row.id,
        code: row.member_code,
        name: nameOn.get(row.member_code) ?? row.name,
        kind: row.kind,
        countyCode: row.county_code,
        countyName: row.county_code ? (nameOn.get(row.county_code) ?? row.county_name ?? null) : null,
        startOn: row.start_on,
        endOn: row.end_on,
        note: parseLocalizedText(row.note),
      }),
    )
    .sort(
      (a, b) =>
        kindRank(a.kind) - kindRank(b.kind) || norwegianCollator.compare(a.name, b.name) || a.code.localeCompare(b.code),
    );
}

const kindRank = (kind: MemberView['kind']) => (kind === 'municipality' ? 0 : 1);
