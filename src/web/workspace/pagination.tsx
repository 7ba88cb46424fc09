import type { PageContext } from '../page-context';
import { accounts } from '../locales/accounts';

/**
 * Designsystemet's pagination as plain links: the first and last items are "previous" and "next"
 * (hidden, but kept in place, on the first and last page), then pages around the current one.
 */
export function Pagination(props: { p: PageContext; page: number; pages: number; hrefFor: (page: number) => string }) {
  const { p, page, pages, hrefFor } = props;
  const t = accounts(p.locale);
  if (pages <= 1) return null;
  return (
    <nav class="ds-pagination" aria-label={t.pagination}>
      <ul>
        <li>
          {page > 1 ? (
            <a class="ds-button" data-variant="tertiary" href={hrefFor(page - 1)} rel="prev">
              {t.previousPage}
            </a>
          ) : (
            <span class="ds-button" data-variant="tertiary" aria-hidden="true">
              {t.previousPage}
            </span>
          )}
        </li>
        {pageList(page, pages).map((n) =>
          n === null ? (
            <li aria-hidden="true"></li>
          ) : n === page ? (
            // Not a link: the current page is where the reader already is.
            <li>
              <span class="ds-button" data-variant="tertiary" aria-current="true">
                <span class="ds-sr-only">{t.pageWord} </span>
                {n}
              </span>
            </li>
          ) : (
            <li>
              <a class="ds-button" data-variant="tertiary" href={hrefFor(n)}>
                <span class="ds-sr-only">{t.pageWord} </span>
                {n}
              </a>
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <a class="ds-button" data-variant="tertiary" href={hrefFor(page + 1)} rel="next">
              {t.nextPage}
            </a>
          ) : (
            <span class="ds-button" data-variant="tertiary" aria-hidden="true">
              {t.nextPage}
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}

/** `1 … 4 5 6 … 20`: the first, the last, and the pages next to the current one; null is a gap. */
export function pageList(page: number, pages: number): Array<number | null> {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const list: Array<number | null> = [];
  for (const n of sorted) {
    const last = list[list.length - 1];
    if (typeof last === 'number' && n - last === 2) list.push(n - 1);
    else if (typeof last === 'number' && n - last > 2) list.push(null);
    list.push(n);
  }
  return list;
}
