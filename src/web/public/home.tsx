import type { Context } from 'hono';
import { defaultMembershipDate, listCooperations } from '../../modules/cooperations';
import type { AppEnv } from '../../platform/http/context';
import { formatDate, formatNumber, todayInOslo } from '../../platform/i18n';
import { Layout } from '../components/layout';
import { LocalizedInline } from '../components/localized';
import { cooperations as messages } from '../locales/cooperations';
import { pageContext } from '../page-context';
import { statusLabel } from './status';

/** `/`: the cooperations this installation hosts. */
export async function homePage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const today = todayInOslo();
  const list = await listCooperations(c.var.db, today);
  return c.html(
    <Layout p={p} title={t.homeTitle} description={t.homeDescription}>
      <h1>{t.homeTitle}</h1>
      <p class="lead">{t.homeIntro}</p>
      {list.length === 0 ? (
        <p>{t.noCooperations}</p>
      ) : (
        <ul class="card-list">
          {list.map((coop) => (
            <li>
              <article class="ds-card">
                <h2>
                  <a href={p.href(`/${coop.slug}`)}>{coop.name}</a>
                </h2>
                <dl class="facts facts--compact">
                  <dt>{t.legalForm}</dt>
                  <dd>
                    <LocalizedInline p={p} text={coop.legalFormName} />
                  </dd>
                  <dt>{t.status}</dt>
                  <dd>{statusLabel(p, coop.status)}</dd>
                  <dt>{t.membersHeading}</dt>
                  <dd>
                    {t.membersAsOf(
                      formatNumber(coop.memberCount ?? 0),
                      coop.memberCount ?? 0,
                      formatDate(defaultMembershipDate(coop, today)),
                    )}
                  </dd>
                </dl>
              </article>
            </li>
          ))}
        </ul>
      )}
    </Layout>,
  );
}
