import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { MANAGE } from '../manage-paths';
import { updateAccessSubmit, withdrawSubmit } from './access';
import { manageArchivePage } from './archive-page';
import { uploadDocumentSubmit } from './upload';

const path = MANAGE.archive(':slug{[a-z0-9][a-z0-9-]*}');
const ID = ':id{[0-9]+}';

/** The archive pages of the workspace; mounted once per language prefix. */
export function archiveWorkspaceRoutes() {
  const app = new Hono<AppEnv>();
  app.get(path, manageArchivePage);
  app.post(path, uploadDocumentSubmit);
  app.post(`${path}/${ID}/tilgang`, updateAccessSubmit);
  app.post(`${path}/${ID}/trekk-tilbake`, withdrawSubmit);
  return app;
}
