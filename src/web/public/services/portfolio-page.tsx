import type { Context } from 'hono';
import { portfolioOn, type ServiceSummary } from '../../../modules/services';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate, formatNumber, type LocalizedText } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline, textIn } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { services as messages } from '../../locales/services';
import { pageContext, type PageContext } from '../../page-context';
import { cooperationShell, requireCooperation } from '../shell';
import { AsOfForm, asOfDate, suggestedDate } from './as-of';
import { DecisionText } from './decision-text';

/** `/:slug/tjenester?dato=`: the cooperation's joint services by focus area, as they stood on a date. */
export async function portfolioPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const { at, asked, invalid } = asOfDate(c);
  const [shell, portfolio] = await Promise.all([cooperationShell(c.var.db, coop, p.locale), portfolioOn(c.var.db, coop.id, at)]);
  const title = t.portfolioTitle(coop.name);
  const suggestion = invalid ? null : await suggestedDate(c.var.db, coop, at, p.actor);
  const groups: Array<{ key: string; name: LocalizedText | null; services: ServiceSummary[] }> = [
    ...portfolio.focusAreas.map((a) => ({ key: a.slug, name: a.name, services: portfolio.services.filter((s) => s.focusArea?.id === a.id) })),
    { key: 'uten', name: null, services: portfolio.services.filter((s) => s.focusArea === null) },
  ].filter((g) => g.services.length > 0);
  return c.html(
    <Layout p={p} title={invalid ? `${t.errorPrefix} ${title}` : title} description={t.portfolioDescription(coop.name)} cooperation={shell}>
      <h1>{title}</h1>
      <AsOfForm p={p} value={invalid ? asked : at} invalid={invalid} />
      {suggestion ? (
        <div class="ds-alert" data-color="info">
          <p>{t.endedNotice(coop.name, formatDate(coop.endedOn ?? suggestion))}</p>
          <p>
            <a href={`${p.path}?dato=${suggestion}`}>{t.seeAsOf(formatDate(suggestion))}</a>
          </p>
        </div>
      ) : null}
      {invalid ? null : (
        <>
          <p class="lead">{t.asOf(formatDate(at))}</p>
          {groups.length === 0 ? <p>{t.noServices}</p> : null}
          {groups.map((g) => (
            <section class="section" aria-labelledby={`area-${g.key}`}>
              <h2 id={`area-${g.key}`}>{g.name ? <LocalizedInline p={p} text={g.name} /> : t.noFocusArea}</h2>
              <ServicesTable p={p} slug={coop.slug} at={at} area={g.name ? textIn(p, g.name) : t.noFocusArea} services={g.services} />
            </section>
          ))}
        </>
      )}
    </Layout>,
    invalid ? 400 : 200,
  );
}

function ServicesTable(props: { p: PageContext; slug: string; at: string; area: string; services: ServiceSummary[] }) {
  const { p, slug, at } = props;
  const t = messages(p.locale);
  return (
    <ScrollTable p={p} id={`services-${props.services[0]?.focusArea?.slug ?? 'uten'}`} caption={t.servicesCaption(props.area, formatDate(at))}>
      <thead>
        <tr>
          <th scope="col">{t.colService}</th>
          <th scope="col">{t.colStatus}</th>
          <th scope="col">{t.colHost}</th>
          <th scope="col" class="num">
            {t.colParticipants}
          </th>
          <th scope="col">{t.colDecision}</th>
        </tr>
      </thead>
      <tbody>
        {props.services.map((s) => (
          <tr>
            <th scope="row">
              <a href={p.href(`/${slug}/tjenester/${s.slug}?dato=${at}`)}>{s.name}</a>
            </th>
            <td>{s.status ? t.statusName(s.status.status) : t.notStarted}</td>
            <td>{s.host ? `${s.host.name} (${t.roleName(s.hostRole)})` : ''}</td>
            <td class="num">{s.participantCount > 0 ? formatNumber(s.participantCount) : t.participantsNotRecorded}</td>
            <td>{s.decision ? <DecisionText p={p} slug={slug} decision={s.decision} /> : ''}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
