import { createApiRouter } from '../../platform/http/openapi';
import type { AppEnv } from '../../platform/http/context';

/** The services module's part of the open data API (work in progress). */
export function servicesApi() {
  return createApiRouter<AppEnv>();
}
