// The tables of site pages, menus, news and progress plans (migration 0007). Same conventions as schema.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface SiteTables {}
