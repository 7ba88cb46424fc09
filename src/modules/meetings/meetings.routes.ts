import { createApiRouter } from '../../platform/http/openapi';
import type { AppEnv } from '../../platform/http/context';

/** The meetings module's part of the open data API (work in progress). */
export function meetingsApi() {
  return createApiRouter<AppEnv>();
}
