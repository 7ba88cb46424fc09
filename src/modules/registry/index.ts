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
// Population per 1 January (SSB table 07459) and the shipped change sets (SERVICES, issue 7).
export { parseSsbPopulationCsv, decodeCsvBytes, type PopulationRow, type ParsedPopulation } from './population-csv';
export { importPopulation, importPopulationFile, type ImportPopulationInput, type ImportPopulationResult } from './commands/import-population';
export { populationOf, populationYears, type PopulationFigure } from './queries/population-of';
export { changeSets, changeSetOn, type ChangeSet } from './queries/change-sets';
export { authoritiesNamedOn, type NamedAuthority } from './queries/authorities-named-on';
export { dayBefore } from './queries/name-on';
