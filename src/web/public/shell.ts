import type { Context } from 'hono';
import { getCooperationBySlug, type CooperationView } from '../../modules/cooperations';
import { bodiesOf, type BodyView } from '../../modules/people';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { pickText, type Locale } from '../../platform/i18n';
import type { Db } from '../../platform/db/database';
import type { LayoutCooperation } from '../components/layout';

/** The cooperation named in the path, or a 404 page. */
export async function requireCooperation(c: Context<AppEnv>): Promise<CooperationView> {
  const cooperation = await getCooperationBySlug(c.var.db, c.req.param('slug') ?? '');
  if (!cooperation) throw new NotFoundError('No such cooperation.');
  return cooperation;
}

/** What the layout shows of a cooperation: its name and tagline in the header and its bodies in the menu. */
export async function cooperationShell(db: Db, cooperation: CooperationView, locale: Locale): Promise<LayoutCooperation> {
  return shellWithBodies(cooperation, await bodiesOf(db, cooperation.id), locale);
}

/** The same, for a page that has already read the bodies for itself. */
export function shellWithBodies(cooperation: CooperationView, bodies: BodyView[], locale: Locale): LayoutCooperation {
  return {
    slug: cooperation.slug,
    name: cooperation.name,
    tagline: cooperation.tagline,
    bodies: bodies.map((body) => {
      const name = pickText(body.name, locale);
      return { slug: body.slug, name: name?.text ?? body.slug, lang: name?.fallback ? name.lang : undefined };
    }),
  };
}
