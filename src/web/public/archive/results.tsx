import { listDocuments, searchDocuments, type DocumentFilters, type DocumentSummary, type SearchHit } from '../../../modules/archive';
import type { Db } from '../../../platform/db/database';
import { formatNumber } from '../../../platform/i18n';
import { archive as messages } from '../../locales/archive';
import type { PageContext } from '../../page-context';
import { Pagination } from '../../workspace/pagination';
import { PAGE_SIZE, queryHref, type ArchiveQuery } from './archive-query';
import { HitList } from './hit-list';

export interface Results {
  items: Array<DocumentSummary | SearchHit>;
  total: number;
  /** Set when more documents match than were ranked (the search ranks the newest matches only). */
  capped?: true;
}

/** Ranked hits when there are words to search for, otherwise the filtered list, newest first. */
export async function resultsFor(db: Db, query: ArchiveQuery, filters: DocumentFilters): Promise<Results> {
  const page = { page: query.page, limit: PAGE_SIZE };
  return query.q ? searchDocuments(db, query.q, filters, page) : listDocuments(db, filters, page);
}

/** The heading, the count, the list and the page links. */
export function ResultsSection(props: { p: PageContext; query: ArchiveQuery; results: Results; cooperationName?: (id: number) => string; withCooperation: boolean }) {
  const { p, query, results } = props;
  const t = messages(p.locale);
  const pages = Math.max(1, Math.ceil(results.total / PAGE_SIZE));
  const count = !query.q
    ? t.documentCount(formatNumber(results.total), results.total)
    : results.capped
      ? t.resultCountCapped(formatNumber(results.total))
      : t.resultCount(formatNumber(results.total), results.total);
  return (
    <section aria-labelledby="results-heading" class="section">
      <h2 id="results-heading">{query.q ? t.resultsHeading : t.listHeading}</h2>
      <p role="status">{count}</p>
      {results.items.length === 0 ? (
        <p>{query.q ? t.noHits : t.noDocuments}</p>
      ) : (
        <HitList p={p} items={results.items} cooperationName={props.cooperationName} start={(query.page - 1) * PAGE_SIZE + 1} />
      )}
      <Pagination p={p} page={query.page} pages={pages} hrefFor={(n) => queryHref(p.path, query, n, props.withCooperation)} />
    </section>
  );
}
