/** The municipality register: municipalities and county authorities, their codes over time. */
export { syncRegistry, type SyncResult } from './commands/sync-registry';
export { listAuthoritiesOn } from './queries/list-authorities-on';
export { getAuthority } from './queries/get-authority';
export { codeLineage } from './queries/code-lineage';
export { authorityNameOn } from './queries/authority-name-on';
export { authorityNamesOn } from './queries/authority-names-on';
export type { AuthorityDetail, AuthorityLink, AuthorityView, NamePeriod } from './queries/views';
export type { AuthorityKind } from './registry-data';
export { registryApi } from './registry.routes';
