import type { Context } from 'hono';
import { BODY_KINDS, bodiesOf, labelOf } from '../../modules/people';
import type { AppEnv } from '../../platform/http/context';
import { Layout } from '../components/layout';
import { LocalizedInline, LocalizedProse } from '../components/localized';
import { people as messages } from '../locales/people';
import { pageContext } from '../page-context';

import { requireCooperation, cooperationShell } from './shell';

/** `/:slug/organer`: the cooperation's bodies, what kind each is, and its composition in words. */
export async function bodiesPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const bodies = await bodiesOf(c.var.db, coop.id);
  const shell = await cooperationShell(c.var.db, coop, p.locale, bodies);
  const title = t.bodiesTitle(coop.name);
  return c.html(
    <Layout p={p} title={title} description={t.bodiesDescription(coop.name)} cooperation={shell}>
      <h1>{title}</h1>
      {bodies.length === 0 ? (
        <p>{t.noBodies}</p>
      ) : (
        <ul class="card-list">
          {bodies.map((body) => (
            <li>
              <article class="ds-card">
                <h2>
                  <a href={p.href(`/${coop.slug}/organer/${body.slug}`)}>
                    <LocalizedInline p={p} text={body.name} />
                  </a>
                </h2>
                <p>
                  <span class="muted">{t.kind}: </span>
                  <LocalizedInline p={p} text={labelOf(BODY_KINDS, body.kind)} />
                </p>
                <LocalizedProse p={p} text={body.composition} />
              </article>
            </li>
          ))}
        </ul>
      )}
    </Layout>,
  );
}
