// The tables of documents and the search index (migration 0006). Same conventions as schema.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ArchiveTables {}
