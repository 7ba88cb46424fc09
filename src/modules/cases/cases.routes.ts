import { createApiRouter } from '../../platform/http/openapi';
import type { AppEnv } from '../../platform/http/context';

/** The cases module's part of the open data API (work in progress). */
export function casesApi() {
  return createApiRouter<AppEnv>();
}
