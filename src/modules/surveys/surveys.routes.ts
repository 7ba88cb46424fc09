import { createApiRouter } from '../../platform/http/openapi';
import type { AppEnv } from '../../platform/http/context';

/** The surveys module's part of the open data API (work in progress). */
export function surveysApi() {
  return createApiRouter<AppEnv>();
}
