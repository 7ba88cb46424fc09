import { z } from 'zod';

/** `page` and `limit` on every list; the answer is wrapped in OParl's envelope. */
export const paginationParams = z.object({
  page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').default(1),
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').max(500, 'must be 500 or less').default(100),
});
export type Pagination = z.output<typeof paginationParams>;

export interface Envelope<T> {
  data: T[];
  pagination: { totalElements: number; elementsPerPage: number; currentPage: number; totalPages: number };
  links: { first?: string; prev?: string; next?: string; last?: string };
}

export function offsetOf(p: Pagination): number {
  return (p.page - 1) * p.limit;
}

/** Wraps one page of rows. `requestUrl` is the URL asked for; links keep its other parameters. */
export function envelope<T>(data: T[], totalElements: number, p: Pagination, requestUrl: string): Envelope<T> {
  const totalPages = Math.max(1, Math.ceil(totalElements / p.limit));
  const link = (page: number) => {
    const url = new URL(requestUrl);
    url.searchParams.set('page', String(page));
    url.searchParams.set('limit', String(p.limit));
    return url.pathname + url.search;
  };
  return {
    data,
    pagination: { totalElements, elementsPerPage: p.limit, currentPage: p.page, totalPages },
    links: {
      first: link(1),
      ...(p.page > 1 ? { prev: link(Math.min(p.page - 1, totalPages)) } : {}),
      ...(p.page < totalPages ? { next: link(p.page + 1) } : {}),
      last: link(totalPages),
    },
  };
}

/** One page out of an array already in memory (small reference lists such as the register). */
export function pageOf<T>(rows: T[], p: Pagination): T[] {
  return rows.slice(offsetOf(p), offsetOf(p) + p.limit);
}

/** One page of an in-memory list, each row presented, in the envelope: the list routes' common answer. */
export function pageEnvelope<T, U>(rows: T[], p: Pagination, requestUrl: string, present: (row: T) => U): Envelope<U> {
  return envelope(pageOf(rows, p).map((row) => present(row)), rows.length, p, requestUrl);
}
