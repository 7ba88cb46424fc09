import { listAuthoritiesOn } from '../../modules/registry';
import type { Db } from '../../platform/db/database';
import { workspace } from '../locales/workspace';
import type { PageContext } from '../page-context';

type AuthorityKind = 'municipality' | 'county';

/**
 * Suggestions for a field that takes a municipality or county number: the authorities valid on `at`,
 * offered by the browser as the reader types (a datalist; without it the field is a plain text field).
 */
export async function authorityOptions(db: Db, at: string, kind?: AuthorityKind) {
  return listAuthoritiesOn(db, kind ? { at, kind } : { at });
}

export function AuthorityDatalist(props: { p: PageContext; id: string; authorities: Awaited<ReturnType<typeof authorityOptions>> }) {
  const t = workspace(props.p.locale);
  return (
    <datalist id={props.id}>
      {props.authorities.map((a) => (
        <option value={a.code}>{a.kind === 'county' ? `${a.name} (${t.countyAuthority})` : a.name}</option>
      ))}
    </datalist>
  );
}
