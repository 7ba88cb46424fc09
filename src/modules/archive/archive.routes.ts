import { createApiRouter } from '../../platform/http/openapi';
import type { AppEnv } from '../../platform/http/context';

/** The archive module's part of the open data API (work in progress). */
export function archiveApi() {
  return createApiRouter<AppEnv>();
}
