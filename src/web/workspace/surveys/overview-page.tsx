import type { Context } from 'hono';
import { closeSurvey, openSurvey, publishResults, updateSurvey, type SurveyView } from '../../../modules/surveys';
import { execute } from '../../../platform/command';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate, formatNumber } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { textIn } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import { SURVEY_PATHS, promiseText } from '../../public/surveys/survey-shell';
import { CooperationNav } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormMessages, FormModel, localizedLabels, localizedValues, type FailedForm } from '../form-kit';
import { attempt, isoDate, postedValues } from '../handler-kit';
import type { CooperationView } from '../../../modules/cooperations';
import { SettingsFields } from './list-page';
import { MANAGE_SURVEYS } from './paths';
import { optionalLocalized, renameDefinitionErrors } from './survey-form-input';
import { Saved, SurveyNav, onSurvey, statusText } from './survey-kit';

const SETTINGS = 'settings';
const ACTIONS = 'actions';

/** `GET …/undersokelser/:id`: status and dates, the actions that open, close and publish, and the settings. */
export const surveyOverviewPage = onSurvey(MANAGE_SURVEYS.survey, async ({ c, p, coop, survey }) => render(c, p, coop, survey, null));

/** `POST …/undersokelser/:id`: the settings (updateSurvey). */
export const surveySettingsSubmit = onSurvey(MANAGE_SURVEYS.survey, async ({ c, p, coop, survey }) => {
  const v = await postedValues(c);
  const outcome = await attempt(() =>
    execute(c.var.db, updateSurvey, p.actor, {
      survey_id: survey.id,
      title: optionalLocalized(v, 'title') ?? {},
      intro: optionalLocalized(v, 'intro') ?? null,
      audience: optionalLocalized(v, 'audience') ?? null,
      anonymity: (v.anonymity ?? '') as never,
      opens_on: isoDate(v.opens_on),
      closes_on: isoDate(v.closes_on),
      open_link: v.open_link === 'on',
    }),
  );
  if (outcome.ok) return c.redirect(`${p.href(MANAGE_SURVEYS.survey(coop.slug, survey.id))}?lagret=innstillinger`, 303);
  return render(c, p, coop, survey, { form: SETTINGS, values: v, errors: renameDefinitionErrors(outcome.errors) }, 422);
});

/** `POST …/undersokelser/:id/status`: open, close, publish or withdraw the results. */
export const surveyStatusSubmit = onSurvey(MANAGE_SURVEYS.survey, async ({ c, p, coop, survey }) => {
  const v = await postedValues(c);
  const input = { survey_id: survey.id };
  const actions: Record<string, [() => Promise<unknown>, string]> = {
    open: [() => execute(c.var.db, openSurvey, p.actor, input), 'apnet'],
    close: [() => execute(c.var.db, closeSurvey, p.actor, input), 'stengt'],
    publish: [() => execute(c.var.db, publishResults, p.actor, { ...input, results_public: true }), 'publisert'],
    unpublish: [() => execute(c.var.db, publishResults, p.actor, { ...input, results_public: false }), 'avpublisert'],
  };
  const action = actions[v.handling ?? ''];
  if (!action) return render(c, p, coop, survey, { form: ACTIONS, values: v, errors: { handling: [{ text: 'unknown action', english: true }] } }, 422);
  const outcome = await attempt(action[0]);
  if (outcome.ok) return c.redirect(`${p.href(MANAGE_SURVEYS.survey(coop.slug, survey.id))}?lagret=${action[1]}`, 303);
  return render(c, p, coop, survey, { form: ACTIONS, values: v, errors: outcome.errors }, 422);
});

function ActionButton({ p, coop, survey, action, label }: { p: PageContext; coop: CooperationView; survey: SurveyView; action: string; label: string }) {
  return (
    <form method="post" action={p.href(MANAGE_SURVEYS.status(coop.slug, survey.id))}>
      <Csrf p={p} />
      <input type="hidden" name="handling" value={action} />
      <button class="ds-button" data-variant="secondary" type="submit">
        {label}
      </button>
    </form>
  );
}

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, survey: SurveyView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = surveys(p.locale);
  const f = new FormModel(p, SETTINGS, {
    failed,
    defaults: {
      ...localizedValues('title', survey.title),
      ...localizedValues('intro', survey.intro),
      ...localizedValues('audience', survey.audience),
      anonymity: survey.anonymity,
      opens_on: survey.opensOn,
      closes_on: survey.closesOn,
      open_link: survey.openLink ? 'on' : '',
    },
    labels: {
      ...localizedLabels(p, 'title', t.titleField),
      ...localizedLabels(p, 'intro', t.introField),
      ...localizedLabels(p, 'audience', t.audienceField),
      anonymity: t.promiseField,
      opens_on: t.opensField,
      closes_on: t.closesField,
      open_link: t.openLinkField,
    },
  });
  const actions = new FormModel(p, ACTIONS, { failed, labels: {} });
  const title = textIn(p, survey.title);
  return c.html(
    <Layout p={p} title={f.refused || actions.refused ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="surveys" />
      <SurveyNav p={p} coop={coop} survey={survey} current="overview" />
      <Saved p={p} c={c} />
      <ErrorSummary p={p} forms={[f, actions]} />
      <FormMessages f={actions} />
      <dl class="facts">
        <dt>{t.status}</dt>
        <dd>{statusText(p, survey)}</dd>
        <dt>{t.period}</dt>
        <dd>
          {formatDate(survey.opensOn)}–{formatDate(survey.closesOn)}
        </dd>
        <dt>{t.promise}</dt>
        <dd>{promiseText(p, survey)}</dd>
        <dt>{t.responses}</dt>
        <dd>{t.responseCount(formatNumber(survey.responseCount))}</dd>
        {survey.openLink ? (
          <>
            <dt>{t.openLinkAddress}</dt>
            <dd>
              <a href={p.href(SURVEY_PATHS.openLink(coop.slug, survey.id))}>{p.href(SURVEY_PATHS.openLink(coop.slug, survey.id))}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {survey.status !== 'draft' ? (
        <p>
          <a href={p.href(SURVEY_PATHS.about(coop.slug, survey.id))}>{t.publicPage}</a>
        </p>
      ) : null}
      <section class="section" aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t.actionsHeading}</h2>
        {survey.status !== 'open' ? <ActionButton p={p} coop={coop} survey={survey} action="open" label={t.openButton} /> : null}
        {survey.status === 'open' ? <ActionButton p={p} coop={coop} survey={survey} action="close" label={t.closeButton} /> : null}
        {survey.resultsPublic ? (
          <ActionButton p={p} coop={coop} survey={survey} action="unpublish" label={t.unpublishButton} />
        ) : (
          <ActionButton p={p} coop={coop} survey={survey} action="publish" label={t.publishButton} />
        )}
      </section>
      <section class="section" aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t.settingsHeading}</h2>
        <form class="section" method="post" action={p.href(MANAGE_SURVEYS.survey(coop.slug, survey.id))} novalidate>
          <Csrf p={p} />
          <FormMessages f={f} />
          <SettingsFields p={p} f={f} />
          <div>
            <button class="ds-button" type="submit">
              {t.saveSettings}
            </button>
          </div>
        </form>
      </section>
    </Layout>,
    status,
  );
}
