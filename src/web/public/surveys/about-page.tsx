import type { Context } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate, formatNumber, pickText } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline, LocalizedProse, textIn } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import { pageContext } from '../../page-context';
import { SourceNote } from '../source-note';
import { publicSurvey } from './public-survey';
import { SURVEY_PATHS, promiseText, surveyShell } from './survey-shell';

/** `/:slug/undersokelser/:id`: purpose, audience, the promise in plain words, dates, and where to answer or read results. */
export async function surveyAboutPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = surveys(p.locale);
  const survey = await publicSurvey(c);
  const a = survey.availability;
  const status = a.accepting ? t.statusOpen : a.reason === 'closed' ? t.statusClosed : a.reason === 'draft' ? t.statusDraft : t.statusUpcoming;
  return c.html(
    <Layout p={p} title={textIn(p, survey.title)} cooperation={await surveyShell(c, p, survey)}>
      <h1>
        <LocalizedInline p={p} text={survey.title} />
      </h1>
      {survey.isSynthetic ? <p class="muted">{t.illustrative}</p> : null}
      <LocalizedProse p={p} text={survey.intro} />
      <dl class="facts">
        {pickText(survey.audience, p.locale) ? (
          <>
            <dt>{t.audience}</dt>
            <dd>
              <LocalizedProse p={p} text={survey.audience} />
            </dd>
          </>
        ) : null}
        <dt>{t.promise}</dt>
        <dd>{promiseText(p, survey)}</dd>
        <dt>{t.period}</dt>
        <dd>
          {formatDate(survey.opensOn)}–{formatDate(survey.closesOn)}
        </dd>
        <dt>{t.status}</dt>
        <dd>
          {status}
          {a.accepting ? '' : ` – ${a.message[p.locale]}`}
        </dd>
        <dt>{t.responses}</dt>
        <dd>{formatNumber(survey.responseCount)}</dd>
      </dl>
      {a.accepting ? (
        survey.openLink ? (
          <>
            <p>{t.openLinkNote}</p>
            <p>
              <a class="ds-button" data-variant="primary" href={p.href(SURVEY_PATHS.openLink(survey.cooperationSlug, survey.id))}>
                {t.answerLink}
              </a>
            </p>
          </>
        ) : (
          <p>{t.personalOnly}</p>
        )
      ) : null}
      {survey.resultsPublic ? (
        <p>
          <a href={p.href(SURVEY_PATHS.results(survey.cooperationSlug, survey.id))}>{t.resultsLink}</a>
        </p>
      ) : a.accepting ? null : (
        <p>{t.resultsNotPublished}</p>
      )}
      <p>
        <a href={p.href(SURVEY_PATHS.list(survey.cooperationSlug))}>{t.backToSurveys}</a>
      </p>
      <SourceNote p={p} text={survey.sourceNote} />
    </Layout>,
  );
}
