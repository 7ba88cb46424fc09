import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../../platform/db/database';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { badRequestResponse, createApiRouter, errorResponse, jsonResponse } from '../../platform/http/openapi';
import { envelope } from '../../platform/http/pagination';
import { anonymous } from '../../platform/authz';
import { listCooperations } from '../cooperations';
import { documentDetailSchema, documentListSchema, documentParams, documentsQuery, searchQuery, searchResultSchema } from './archive.api-schemas';
import { presentDocument, presentHit } from './archive.presenter';
import { getDocument } from './queries/get-document';
import { listDocuments } from './queries/list-documents';
import type { DocumentFilters } from './queries/filters';
import { searchDocuments } from './queries/search-documents';

const tags = ['Archive'];

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  tags,
  summary: 'Full-text search in the public archive',
  description:
    'Norwegian full-text search over every public document. Words are stemmed (kommuner finds kommunene), words of five ' +
    'letters or more also find compounds that start with them (samarbeid finds samarbeidsavtale, ranked after exact hits), ' +
    '"a phrase" finds the words together, -word leaves out documents with it. Ranked; same answers on SQLite and PostgreSQL.',
  request: { query: searchQuery },
  responses: { 200: jsonResponse(searchResultSchema, 'One page of ranked hits'), 400: badRequestResponse },
});

const listRoute = createRoute({
  method: 'get',
  path: '/documents',
  tags,
  summary: 'Public documents, newest first',
  request: { query: documentsQuery },
  responses: { 200: jsonResponse(documentListSchema, 'One page of documents'), 400: badRequestResponse },
});

const showRoute = createRoute({
  method: 'get',
  path: '/documents/{id}',
  tags,
  summary: 'One public document with its text',
  request: { params: documentParams },
  responses: { 200: jsonResponse(documentDetailSchema, 'The document'), 400: badRequestResponse, 404: errorResponse('No public document has this id.') },
});

/** Cooperation slugs by id (and ids by slug), for filters and for naming each document's cooperation. */
async function cooperationSlugs(db: Db) {
  const all = await listCooperations(db);
  const slugById = new Map(all.map((c) => [c.id, c.slug]));
  const idBySlug = new Map(all.map((c) => [c.slug, c.id]));
  return { slugOf: (id: number) => slugById.get(id) ?? null, idOf: (slug: string) => idBySlug.get(slug) };
}

type FilterParams = { type?: DocumentFilters['kind']; cooperation?: string; body?: number; case?: number; year?: number };

/** The API shows public documents only, whoever asks: it is the open data interface. */
function filtersOf(params: FilterParams, idOf: (slug: string) => number | undefined): DocumentFilters | null {
  const cooperationId = params.cooperation === undefined ? undefined : idOf(params.cooperation);
  if (params.cooperation !== undefined && cooperationId === undefined) return null;
  return { publicOnly: true, kind: params.type, cooperationId, bodyId: params.body, caseId: params.case, year: params.year };
}

/** The archive's part of `/api/v1`. */
export function archiveApi(): OpenAPIHono<AppEnv> {
  const api = createApiRouter<AppEnv>();

  api.openapi(searchRoute, async (c) => {
    const params = c.req.valid('query');
    const { slugOf, idOf } = await cooperationSlugs(c.var.db);
    const filters = filtersOf(params, idOf);
    const { items, total } = filters ? await searchDocuments(c.var.db, params.q, filters, params) : { items: [], total: 0 };
    return c.json(envelope(items.map((hit) => presentHit(hit, slugOf)), total, params, c.req.url), 200);
  });

  api.openapi(listRoute, async (c) => {
    const params = c.req.valid('query');
    const { slugOf, idOf } = await cooperationSlugs(c.var.db);
    const filters = filtersOf(params, idOf);
    const { items, total } = filters ? await listDocuments(c.var.db, filters, params) : { items: [], total: 0 };
    return c.json(envelope(items.map((doc) => presentDocument(doc, slugOf)), total, params, c.req.url), 200);
  });

  api.openapi(showRoute, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await getDocument(c.var.db, id, anonymous);
    if (!doc) throw new NotFoundError('No public document has this id.');
    const { slugOf } = await cooperationSlugs(c.var.db);
    return c.json({ ...presentDocument(doc, slugOf), text: doc.text }, 200);
  });

  return api;
}
