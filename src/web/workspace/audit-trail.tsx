import type { Context } from 'hono';
import { z } from 'zod';
import { canReadAuditTrail, listAuditEvents, type AuditEvent } from '../../modules/accounts';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { parseQuery } from '../../platform/http/query';
import { formatNumber } from '../../platform/i18n';
import { Layout } from '../components/layout';
import { ScrollTable } from '../components/table';
import { accounts } from '../locales/accounts';
import { pageContext, type PageContext } from '../page-context';
import { formatInstant } from './format';
import { Pagination } from './pagination';
import { WORKSPACE } from './paths';

const PAGE_SIZE = 50;
const query = z.object({
  side: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').max(1_000_000, 'is too large').default(1),
});

/** `GET /arbeidsflate/revisjonslogg`: the audit trail, for administrators. Everyone else gets 404. */
export async function auditTrailPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  // Not 403: a refusal should not confirm what exists behind it.
  if (!canReadAuditTrail(p.actor)) throw new NotFoundError();
  const { side: page } = parseQuery(c, query);
  const trail = await listAuditEvents(c.var.db, p.actor, { page, limit: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(trail.total / PAGE_SIZE));
  if (page > pages) throw new NotFoundError(`There is no page ${page}; the audit trail has ${pages}.`);
  const t = accounts(p.locale);
  const first = (page - 1) * PAGE_SIZE + 1;
  const hrefFor = (n: number) => `${p.href(WORKSPACE.auditTrail)}${n === 1 ? '' : `?side=${n}`}`;
  return c.html(
    <Layout p={p} title={pages > 1 ? `${t.auditTitle} – ${t.pageOf(page, pages)}` : t.auditTitle}>
      <h1>{t.auditTitle}</h1>
      <p>{t.auditIntro}</p>
      {trail.total === 0 ? (
        <p>{t.auditEmpty}</p>
      ) : (
        <>
          <ScrollTable p={p} id="audit-trail" caption={t.auditCaption(formatNumber(first), formatNumber(first + trail.rows.length - 1), formatNumber(trail.total))}>
            <thead>
              <tr>
                <th scope="col">{t.colWhen}</th>
                <th scope="col">{t.colWho}</th>
                <th scope="col">{t.colAction}</th>
                <th scope="col">{t.colEntity}</th>
                <th scope="col">{t.colChange}</th>
              </tr>
            </thead>
            <tbody>
              {trail.rows.map((event) => (
                <AuditRow p={p} event={event} />
              ))}
            </tbody>
          </ScrollTable>
          <Pagination p={p} page={page} pages={pages} hrefFor={hrefFor} />
        </>
      )}
    </Layout>,
  );
}

function AuditRow({ p, event }: { p: PageContext; event: AuditEvent }) {
  const t = accounts(p.locale);
  const action = t.action(event.action);
  return (
    <tr>
      <td>
        <time datetime={event.occurredAt}>{formatInstant(event.occurredAt, p.locale)}</time>
      </td>
      <td>{event.actorLabel}</td>
      <td>{action === event.action ? <code>{event.action}</code> : action}</td>
      <td>{t.entity(event.entityType, event.entityId)}</td>
      <td>
        {event.before === null && event.after === null ? (
          <span class="muted">{t.noChangeData}</span>
        ) : (
          <details class="ds-details">
            <summary>{t.showChange}</summary>
            <dl>
              {event.before !== null ? (
                <>
                  <dt>{t.before}</dt>
                  <dd>
                    <pre>{JSON.stringify(event.before, null, 2)}</pre>
                  </dd>
                </>
              ) : null}
              {event.after !== null ? (
                <>
                  <dt>{t.after}</dt>
                  <dd>
                    <pre>{JSON.stringify(event.after, null, 2)}</pre>
                  </dd>
                </>
              ) : null}
            </dl>
          </details>
        )}
      </td>
    </tr>
  );
}
