import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import { exportDefinition, saveDefinition, type SurveyView } from '../../../modules/surveys';
import { execute } from '../../../platform/command';
import type { AppEnv } from '../../../platform/http/context';
import { Layout } from '../../components/layout';
import { textIn } from '../../components/localized';
import { surveyBuilder, surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import { CooperationNav } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormModel, TextArea, type FailedForm } from '../form-kit';
import { attempt, postedValues } from '../handler-kit';
import { MANAGE_SURVEYS } from './paths';
import { BuilderList } from './builder-list';
import { isLocked } from './builder-kit';
import { Saved, SurveyNav, onSurvey } from './survey-kit';

const FORM = 'definition';
/** The builder's buttons (move, remove): their refusals show above the list. */
export const BUILDER_FORM = 'builder';

/** `GET …/:id/sporsmal`: the question builder (forms for sections and questions), then the whole definition as JSON (advanced). */
export const definitionPage = onSurvey(MANAGE_SURVEYS.definition, async ({ c, p, coop, survey }) => renderDefinitionPage(c, p, coop, survey, null));

/** `GET …/:id/sporsmal.json`: the definition as a file, to keep or to import elsewhere. */
export const definitionDownload = onSurvey(MANAGE_SURVEYS.definition, async ({ c, p, survey }) => {
  const definition = await exportDefinition(c.var.db, survey.id, p.actor);
  c.header('Content-Disposition', `attachment; filename="undersokelse-${survey.id}.json"`);
  return c.json(definition);
});

/** `POST …/:id/sporsmal`: saves the sections; bad JSON or a bad definition comes back with its paths named. */
export const definitionSubmit = onSurvey(MANAGE_SURVEYS.definition, async ({ c, p, coop, survey }) => {
  const t = surveys(p.locale);
  const v = await postedValues(c);
  let parsed: unknown;
  try {
    parsed = JSON.parse(v.json ?? '');
  } catch (error) {
    return renderDefinitionPage(c, p, coop, survey, { form: FORM, values: v, errors: { json: [{ text: t.invalidJson((error as Error).message), english: false }] } }, 422);
  }
  const sections = parsed && typeof parsed === 'object' && 'sections' in parsed ? (parsed as { sections: unknown }).sections : parsed;
  const outcome = await attempt(() => execute(c.var.db, saveDefinition, p.actor, { survey_id: survey.id, sections: sections as never }));
  if (outcome.ok) return c.redirect(`${p.href(MANAGE_SURVEYS.definition(coop.slug, survey.id))}?lagret=definisjon`, 303);
  // Each message names its place in the JSON (sections.0.questions.2.key), so it can be found.
  const messages = Object.entries(outcome.errors).flatMap(([path, list]) => list.map((m) => ({ text: `${path}: ${m.text}`, english: true })));
  return renderDefinitionPage(c, p, coop, survey, { form: FORM, values: v, errors: { json: messages } }, 422);
});

/** The questions page: the builder, then the JSON editor; `failed` may be either's refused post. */
export async function renderDefinitionPage(c: Context<AppEnv>, p: PageContext, coop: CooperationView, survey: SurveyView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = surveys(p.locale);
  const definition = await exportDefinition(c.var.db, survey.id, p.actor);
  const f = new FormModel(p, FORM, { failed, defaults: { json: JSON.stringify(definition, null, 2) }, labels: { json: t.jsonField } });
  const title = t.definitionTitle(textIn(p, survey.title));
  const b = surveyBuilder(p.locale);
  const builder = new FormModel(p, BUILDER_FORM, { failed, labels: {} });
  return c.html(
    <Layout p={p} title={f.refused || builder.refused ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="surveys" />
      <SurveyNav p={p} coop={coop} survey={survey} current="questions" />
      <Saved p={p} c={c} />
      <ErrorSummary p={p} forms={[builder, f]} />
      <BuilderList p={p} coop={coop} survey={survey} locked={isLocked(survey)} f={builder} />
      <section class="section" aria-labelledby="json-heading">
        <h2 id="json-heading">{b.advancedHeading}</h2>
        <p>
          <a href={p.href(MANAGE_SURVEYS.definitionJson(coop.slug, survey.id))}>{t.downloadDefinition}</a>
        </p>
        <form class="section" method="post" action={p.href(MANAGE_SURVEYS.definition(coop.slug, survey.id))} novalidate>
          <Csrf p={p} />
          <TextArea f={f} name="json" label={t.jsonField} hint={t.definitionHint} rows={20} />
          <div>
            <button class="ds-button" type="submit">
              {t.saveDefinition}
            </button>
          </div>
        </form>
      </section>
    </Layout>,
    status,
  );
}
