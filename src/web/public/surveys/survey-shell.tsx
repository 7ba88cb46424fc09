import type { Context } from 'hono';
import { getCooperationBySlug } from '../../../modules/cooperations';
import { ANONYMITY_LABELS, type SurveyView } from '../../../modules/surveys';
import type { AppEnv } from '../../../platform/http/context';
import { declarePageScope } from '../../../platform/http/page-cache';
import { Layout, type LayoutCooperation } from '../../components/layout';
import { surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import { cooperationShell } from '../shell';

/** The public frame of a survey's pages: the cooperation's header and menu around them. */
export async function surveyShell(c: Context<AppEnv>, p: PageContext, survey: SurveyView): Promise<LayoutCooperation | undefined> {
  const coop = await getCooperationBySlug(c.var.db, survey.cooperationSlug);
  if (!coop) return undefined;
  declarePageScope(c, coop.id);
  return cooperationShell(c.var.db, coop, p.locale);
}

/** The promise in plain words, in the reader's language. */
export function promiseText(p: PageContext, survey: Pick<SurveyView, 'anonymity'>): string {
  return ANONYMITY_LABELS[survey.anonymity][p.locale];
}

/** A short page that says one thing (answered, closed, bad link, thanks), with a way back. */
export function MessagePage(props: { p: PageContext; title: string; shell?: LayoutCooperation | undefined; children: any; back?: string | undefined }) {
  const t = surveys(props.p.locale);
  return (
    <Layout p={props.p} title={props.title} cooperation={props.shell}>
      <h1>{props.title}</h1>
      {props.children}
      {props.back ? (
        <p>
          <a href={props.p.href(props.back)}>{t.backToSurveys}</a>
        </p>
      ) : null}
    </Layout>
  );
}

/** Thanks after sending, through the open link or a personal one. */
export async function thanksPage(c: Context<AppEnv>, p: PageContext, survey: SurveyView): Promise<Response> {
  const t = surveys(p.locale);
  return c.html(
    <MessagePage p={p} title={t.thanksTitle} shell={await surveyShell(c, p, survey)} back={SURVEY_PATHS.list(survey.cooperationSlug)}>
      <div class="ds-alert" data-color="success" role="status">
        <p>{t.thanksBody}</p>
      </div>
      <p>
        {t.thanksPromise}
        {promiseText(p, survey)}
      </p>
    </MessagePage>,
  );
}

/** Closed or not yet open: a page that says so (with the date); null while the survey takes answers. */
export async function notAcceptingPage(c: Context<AppEnv>, p: PageContext, survey: SurveyView, back: string): Promise<Response | null> {
  const a = survey.availability;
  if (a.accepting) return null;
  const t = surveys(p.locale);
  return c.html(
    <MessagePage p={p} title={a.reason === 'closed' ? t.closedTitle : t.notOpenTitle} shell={await surveyShell(c, p, survey)} back={back}>
      <p>{a.message[p.locale]}</p>
    </MessagePage>,
  );
}

export const SURVEY_PATHS = {
  list: (slug: string) => `/${slug}/undersokelser`,
  about: (slug: string, id: number) => `/${slug}/undersokelser/${id}`,
  results: (slug: string, id: number) => `/${slug}/undersokelser/${id}/resultater`,
  openLink: (slug: string, id: number) => `/${slug}/undersokelser/${id}/svar`,
  openLinkThanks: (slug: string, id: number) => `/${slug}/undersokelser/${id}/svar/takk`,
  personal: (token: string) => `/svar/${token}`,
  receipt: (token: string) => `/svar/${token}/kvittering`,
} as const;
