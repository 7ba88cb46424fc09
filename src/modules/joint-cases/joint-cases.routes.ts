import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/context';

/** The joint cases' part of the open data API, `/api/v1/joint-cases…`. */
export function jointCasesApi() {
  const api = new OpenAPIHono<AppEnv>();
  return api;
}
