import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './platform/http/context';
import { cooperationsApi } from './modules/cooperations';
import { peopleApi } from './modules/people';
import { registryApi } from './modules/registry';
import { archiveApi } from './modules/archive';
import { casesApi } from './modules/cases';
import { meetingsApi } from './modules/meetings';
import { processesApi } from './modules/processes';
import { servicesApi } from './modules/services';
import { siteApi } from './modules/site';
import { surveysApi } from './modules/surveys';
import { jointCasesApi } from './modules/joint-cases';

/**
 * The open data API, `/api/v1`. Each module contributes its routes; the OpenAPI document is generated
 * from their zod schemas, so it cannot drift from what the code accepts and returns.
 */
export function apiV1() {
  const api = new OpenAPIHono<AppEnv>();
  api.route('/', registryApi());
  api.route('/', cooperationsApi());
  api.route('/', peopleApi());
  api.route('/', meetingsApi());
  api.route('/', casesApi());
  api.route('/', archiveApi());
  api.route('/', siteApi());
  api.route('/', processesApi());
  api.route('/', surveysApi());
  api.route('/', servicesApi());
  api.route('/', jointCasesApi());
  // The routes are fixed once built, so the document is generated on the first request, not on every one.
  let document: ReturnType<typeof api.getOpenAPI31Document> | undefined;
  api.get('/openapi.json', (c) => c.json((document ??= api.getOpenAPI31Document(DOCUMENT_CONFIG))));
  return api;
}

const DOCUMENT_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'Samråd open data API',
    version: '1.0.0',
    description:
      'Municipalities, cooperations, bodies and memberships. Lists use the OParl envelope ' +
      '(data, pagination, links) with `page` and `limit` (at most 500). Field names follow OParl and Popolo.',
    contact: { name: 'Municipality and county codes: Statistics Norway (SSB), classifications 131 and 104' },
  },
  servers: [{ url: '/api/v1' }],
} satisfies Parameters<OpenAPIHono['getOpenAPI31Document']>[0];
