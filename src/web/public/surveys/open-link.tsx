import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import {
  AlreadyAnsweredError,
  SurveyNotOpenError,
  answersFromForm,
  openLinkChoices,
  submitResponse,
  type OpenLinkChoices,
  type SurveyView,
} from '../../../modules/surveys';
import { anonymous } from '../../../platform/authz';
import { execute } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { Layout } from '../../components/layout';
import { LocalizedInline, LocalizedProse, textIn } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import { pageContext, type PageContext } from '../../page-context';
import { AnswerErrorSummary, SurveyForm, answerErrors, type SurveyFormState } from './survey-form';
import { SURVEY_PATHS, notAcceptingPage, promiseText, surveyShell, thanksPage } from './survey-shell';
import { publicSurvey } from './public-survey';

/**
 * The open link `/:slug/undersokelser/:id/svar`: anyone may answer, stating role and municipality
 * (never a name). All sections on one page; a hidden random key makes a form sent twice count once.
 */
export async function openLinkForm(c: Context<AppEnv>) {
  const p = pageContext(c);
  const survey = await openSurvey(c);
  const refusal = await notAccepting(c, p, survey);
  if (refusal) return refusal;
  return render(c, p, survey, { answers: {}, errors: {}, role: '', municipality: '', key: randomBytes(18).toString('base64url') }, 200);
}

export async function openLinkSubmit(c: Context<AppEnv>) {
  const p = pageContext(c);
  const survey = await openSurvey(c);
  const refusal = await notAccepting(c, p, survey);
  if (refusal) return refusal;
  const body = await c.req.parseBody({ all: true });
  const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  const answers = answersFromForm(survey.sections, body);
  const view = { answers, role: field('role'), municipality: field('municipality_code'), key: field('idempotency_key') };
  try {
    await execute(c.var.db, submitResponse, anonymous, {
      survey_id: survey.id,
      role: (view.role || undefined) as never,
      municipality_code: view.municipality || undefined,
      idempotency_key: view.key,
      answers,
    });
  } catch (error) {
    if (error instanceof ValidationError) return render(c, p, survey, { ...view, errors: answerErrors(p, survey, error.fieldErrors, answers) }, 422);
    if (error instanceof SurveyNotOpenError) return (await notAccepting(c, p, { ...survey, availability: { accepting: false, reason: error.reason, date: error.date, message: error.texts } }))!;
    // The same form sent twice (a double click, a reload): the first one counted; thank them again.
    if (!(error instanceof AlreadyAnsweredError)) throw error;
  }
  return c.redirect(p.href(SURVEY_PATHS.openLinkThanks(survey.cooperationSlug, survey.id)), 303);
}

export async function openLinkThanks(c: Context<AppEnv>) {
  return thanksPage(c, pageContext(c), await publicSurvey(c));
}

async function openSurvey(c: Context<AppEnv>): Promise<SurveyView> {
  const survey = await publicSurvey(c);
  if (!survey.openLink) throw new NotFoundError('This survey has no open link.');
  return survey;
}

function notAccepting(c: Context<AppEnv>, p: PageContext, survey: SurveyView): Promise<Response | null> {
  return notAcceptingPage(c, p, survey, SURVEY_PATHS.about(survey.cooperationSlug, survey.id));
}

interface OpenView {
  answers: Record<string, unknown>;
  errors: SurveyFormState['errors'];
  role: string;
  municipality: string;
  key: string;
}

async function render(c: Context<AppEnv>, p: PageContext, survey: SurveyView, view: OpenView, status: 200 | 422) {
  const t = surveys(p.locale);
  const choices = (await openLinkChoices(c.var.db, survey.id)) ?? { roles: [], municipalities: [] };
  const state: SurveyFormState = {
    survey,
    answers: view.answers,
    errors: view.errors,
    step: null,
    action: p.href(SURVEY_PATHS.openLink(survey.cooperationSlug, survey.id)),
    hidden: { idempotency_key: view.key },
    before: <AboutYou p={p} choices={choices} view={view} />,
  };
  const title = textIn(p, survey.title);
  return c.html(
    <Layout p={p} title={Object.keys(view.errors).length > 0 ? `${t.errorPrefix} ${title}` : title} cooperation={await surveyShell(c, p, survey)}>
      <h1>
        <LocalizedInline p={p} text={survey.title} />
      </h1>
      <AnswerErrorSummary p={p} state={state} />
      <LocalizedProse p={p} text={survey.intro} />
      <p>
        <strong>{t.promise}:</strong> {promiseText(p, survey)}
      </p>
      <p>{t.openLinkNote}</p>
      <SurveyForm p={p} state={state} />
    </Layout>,
    status,
  );
}

/** Role (radio buttons) and municipality (a list): what the open link asks instead of a name. */
function AboutYou({ p, choices, view }: { p: PageContext; choices: OpenLinkChoices; view: OpenView }) {
  const t = surveys(p.locale);
  const roleErrors = view.errors.role ?? [];
  const municipalityErrors = view.errors.municipality_code ?? [];
  return (
    <section class="section" aria-labelledby="about-you">
      <h2 id="about-you">{t.whoHeading}</h2>
      <fieldset class="ds-fieldset" aria-describedby={roleErrors.length > 0 ? 'respondent-role-error' : undefined}>
        <legend class="ds-label">
          {t.yourRole} <span class="muted">{t.required}</span>
        </legend>
        {roleErrors.length > 0 ? (
          <p class="ds-validation-message" data-field="validation" id="respondent-role-error">
            {roleErrors[0]!.text}
          </p>
        ) : null}
        {choices.roles.map((r, i) => (
          <div class="ds-field">
            <input class="ds-input" type="radio" id={`respondent-role-${i}`} name="role" value={r.key} checked={view.role === r.key} />
            <label class="ds-label" for={`respondent-role-${i}`}>
              {r.label[p.locale]}
            </label>
          </div>
        ))}
      </fieldset>
      <div class="ds-field">
        <label class="ds-label" for="respondent-municipality">
          {t.yourMunicipality} <span class="muted">{t.required}</span>
        </label>
        {municipalityErrors.length > 0 ? (
          <p class="ds-validation-message" data-field="validation" id="respondent-municipality-error">
            {municipalityErrors[0]!.text}
          </p>
        ) : null}
        <select
          class="ds-input"
          id="respondent-municipality"
          name="municipality_code"
          aria-invalid={municipalityErrors.length > 0 ? 'true' : undefined}
          aria-describedby={municipalityErrors.length > 0 ? 'respondent-municipality-error' : undefined}
        >
          <option value="">{t.chooseMunicipality}</option>
          {choices.municipalities.map((m) => (
            <option value={m.code} selected={view.municipality === m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
