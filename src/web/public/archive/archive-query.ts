import type { Context } from 'hono';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../modules/archive';
import type { AppEnv } from '../../../platform/http/context';

/**
 * What an archive or search page was asked for, read leniently: an unknown type or body is ignored,
 * only a malformed year is reported (beside its field), since the reader typed it.
 */
export interface ArchiveQuery {
  q: string;
  kind: DocumentKind | undefined;
  cooperation: string | undefined;
  bodyId: number | undefined;
  year: number | undefined;
  /** What was typed as the year, to show again when it was refused. */
  yearText: string;
  yearInvalid: boolean;
  page: number;
}

export const PAGE_SIZE = 20;

export function readArchiveQuery(c: Context<AppEnv>): ArchiveQuery {
  const get = (name: string) => (c.req.query(name) ?? '').trim();
  const kind = get('type');
  const body = Number(get('body'));
  const yearText = get('year');
  const yearValid = /^\d{4}$/.test(yearText);
  const page = Number(get('page'));
  return {
    q: get('q').slice(0, 500),
    kind: (DOCUMENT_KINDS as readonly string[]).includes(kind) ? (kind as DocumentKind) : undefined,
    cooperation: get('cooperation') || undefined,
    bodyId: Number.isInteger(body) && body > 0 ? body : undefined,
    year: yearValid ? Number(yearText) : undefined,
    yearText,
    yearInvalid: yearText !== '' && !yearValid,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The same query on another page, for pagination links. */
export function queryHref(path: string, query: ArchiveQuery, page: number, withCooperation: boolean): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.kind) params.set('type', query.kind);
  if (withCooperation && query.cooperation) params.set('cooperation', query.cooperation);
  if (query.bodyId) params.set('body', String(query.bodyId));
  if (query.year) params.set('year', String(query.year));
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
