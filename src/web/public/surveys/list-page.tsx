import type { Context } from 'hono';
import { listSurveys, type SurveySummary } from '../../../modules/surveys';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import { pageContext, type PageContext } from '../../page-context';
import { cooperationShell, requireCooperation } from '../shell';
import { SURVEY_PATHS } from './survey-shell';

/** `/:slug/undersokelser`: open surveys with their link, upcoming ones, and closed ones with published results. */
export async function surveyListPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = surveys(p.locale);
  const coop = await requireCooperation(c);
  const [shell, all] = await Promise.all([cooperationShell(c.var.db, coop, p.locale), listSurveys(c.var.db, { cooperationId: coop.id, actor: p.actor })]);
  const open = all.filter((s) => s.availability.accepting);
  const upcoming = all.filter((s) => !s.availability.accepting && s.availability.reason === 'not_yet_open');
  const closed = all.filter((s) => !s.availability.accepting && s.availability.reason === 'closed');
  const title = t.listTitle(coop.name);
  return c.html(
    <Layout p={p} title={title} description={t.listDescription(coop.name)} cooperation={shell}>
      <h1>{title}</h1>
      {all.length === 0 ? (
        <p>{t.noSurveys}</p>
      ) : (
        <section class="section" aria-labelledby="open-heading">
          <h2 id="open-heading">{t.openHeading}</h2>
          {open.length === 0 ? <p>{t.noneOpen}</p> : <SurveyList p={p} items={open} />}
        </section>
      )}
      {upcoming.length > 0 ? (
        <section class="section" aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">{t.upcomingHeading}</h2>
          <SurveyList p={p} items={upcoming} />
        </section>
      ) : null}
      {closed.length > 0 ? (
        <section class="section" aria-labelledby="closed-heading">
          <h2 id="closed-heading">{t.closedHeading}</h2>
          <SurveyList p={p} items={closed} />
        </section>
      ) : null}
    </Layout>,
  );
}

function SurveyList({ p, items }: { p: PageContext; items: SurveySummary[] }) {
  const t = surveys(p.locale);
  return (
    <ul class="card-list">
      {items.map((s) => {
        const a = s.availability;
        return (
          <li class="ds-card">
            <h3>
              <a href={p.href(SURVEY_PATHS.about(s.cooperationSlug, s.id))}>
                <LocalizedInline p={p} text={s.title} />
              </a>
            </h3>
            <p>{a.accepting ? t.openUntil(formatDate(s.closesOn)) : a.reason === 'closed' ? t.closedOn(formatDate(a.date ?? s.closesOn)) : t.opensOn(formatDate(s.opensOn))}</p>
            {s.isSynthetic ? <p class="muted">{t.illustrative}</p> : null}
            {a.accepting && s.openLink ? (
              <p>
                <a href={p.href(SURVEY_PATHS.openLink(s.cooperationSlug, s.id))}>{t.answerLink}</a>
              </p>
            ) : null}
            {s.resultsPublic ? (
              <p>
                <a href={p.href(SURVEY_PATHS.results(s.cooperationSlug, s.id))}>{t.resultsLink}</a>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
