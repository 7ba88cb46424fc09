import type { Db } from '../../../platform/db/database';
import { norwegianCollator } from '../../../platform/i18n';
import {
  authoritiesByCodes,
  authorityByCode,
  changesFrom,
  changesTo,
  municipalitiesOfCounty,
  namesOf,
  type AuthorityChangeRow,
  type AuthorityNameRow,
  type AuthorityRow,
} from '../registry.repository';
import { dayBefore, pickNameOn } from './name-on';
import type { AuthorityDetail, AuthorityLink } from './views';

/** One authority with its names over time, its county, and the codes it came from and became. */
export async function getAuthority(db: Db, code: string): Promise<AuthorityDetail | null> {
  const authority = await authorityByCode(db, code);
  if (!authority) return null;
  const [before, after, county] = await Promise.all([
    changesTo(db, [code]),
    changesFrom(db, [code]),
    authority.county_code ? authorityByCode(db, authority.county_code) : undefined,
  ]);
  const linked = [...before.map((c) => c.from_code), ...after.map((c) => c.to_code)];
  const [neighbours, periods, municipalities] = await Promise.all([
    authoritiesByCodes(db, linked),
    namesOf(db, [code, ...linked]),
    authority.kind === 'county' ? municipalitiesOfCounty(db, code) : null,
  ]);
  const byCode = new Map(neighbours.map((a) => [a.code, a]));
  const periodsOf = (c: string) => periods.filter((p) => p.code === c);

  return {
    code: authority.code,
    kind: authority.kind,
    name: authority.name,
    validFrom: authority.valid_from,
    validTo: authority.valid_to,
    countyCode: authority.county_code,
    county: county ? { code: county.code, name: county.name } : null,
    names: periodsOf(code).map((p) => ({ name: p.name, validFrom: p.valid_from, validTo: p.valid_to })),
    // A predecessor is named as it was on its last day, a successor as it was on its first.
    predecessors: links(before, (c) => c.from_code, (c) => dayBefore(c.effective_on), byCode, periodsOf),
    successors: links(after, (c) => c.to_code, (c) => c.effective_on, byCode, periodsOf),
    municipalities:
      municipalities === null
        ? null
        : municipalities
            .map((m) => ({ code: m.code, name: m.name, validFrom: m.valid_from, validTo: m.valid_to }))
            .sort((a, b) => norwegianCollator.compare(a.name, b.name) || a.code.localeCompare(b.code)),
  };
}

function links(
  changes: AuthorityChangeRow[],
  other: (c: AuthorityChangeRow) => string,
  namedOn: (c: AuthorityChangeRow) => string,
  byCode: Map<string, AuthorityRow>,
  periodsOf: (code: string) => AuthorityNameRow[],
): AuthorityLink[] {
  return changes
    .flatMap((change) => {
      const neighbour = byCode.get(other(change));
      if (!neighbour) return [];
      return [
        {
          code: neighbour.code,
          name: pickNameOn(neighbour.name, periodsOf(neighbour.code), namedOn(change)),
          kind: neighbour.kind,
          effectiveOn: change.effective_on,
          changeKind: change.kind,
        },
      ];
    })
    .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.code.localeCompare(b.code));
}
