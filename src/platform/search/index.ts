// Norwegian full-text search on SQLite and PostgreSQL with identical answers (ADR 010).
export { searchIndexFor, type SearchIndex, type IndexEntry } from './search-index';
export { parseSearchQuery, isSearchable, type SearchQuery, type SearchTerm } from './query';
export { rankDocuments, type Rankable, type Ranked } from './rank';
export { snippetOf, snippetText, type SnippetPart } from './snippet';
export { stemsOf, tokensOf, stem } from './tokens';
