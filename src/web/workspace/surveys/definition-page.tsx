import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import { exportDefinition, questionsOf, saveDefinition, type Question, type SurveyView } from '../../../modules/surveys';
import { execute } from '../../../platform/command';
import type { AppEnv } from '../../../platform/http/context';
import { Layout } from '../../components/layout';
import { LocalizedInline, textIn } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import { CooperationNav } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormModel, TextArea, type FailedForm } from '../form-kit';
import { attempt, postedValues } from '../handler-kit';
import { MANAGE_SURVEYS } from './paths';
import { Saved, SurveyNav, onSurvey } from './survey-kit';

const FORM = 'definition';

/** `GET …/:id/sporsmal`: the definition as JSON to edit, and a readable preview of every question. */
export const definitionPage = onSurvey(MANAGE_SURVEYS.definition, async ({ c, p, coop, survey }) => render(c, p, coop, survey, null));

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
    return render(c, p, coop, survey, { form: FORM, values: v, errors: { json: [{ text: t.invalidJson((error as Error).message), english: false }] } }, 422);
  }
  const sections = parsed && typeof parsed === 'object' && 'sections' in parsed ? (parsed as { sections: unknown }).sections : parsed;
  const outcome = await attempt(() => execute(c.var.db, saveDefinition, p.actor, { survey_id: survey.id, sections: sections as never }));
  if (outcome.ok) return c.redirect(`${p.href(MANAGE_SURVEYS.definition(coop.slug, survey.id))}?lagret=definisjon`, 303);
  // Each message names its place in the JSON (sections.0.questions.2.key), so it can be found.
  const messages = Object.entries(outcome.errors).flatMap(([path, list]) => list.map((m) => ({ text: `${path}: ${m.text}`, english: true })));
  return render(c, p, coop, survey, { form: FORM, values: v, errors: { json: messages } }, 422);
});

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, survey: SurveyView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = surveys(p.locale);
  const definition = await exportDefinition(c.var.db, survey.id, p.actor);
  const f = new FormModel(p, FORM, { failed, defaults: { json: JSON.stringify(definition, null, 2) }, labels: { json: t.jsonField } });
  const title = t.definitionTitle(textIn(p, survey.title));
  const all = questionsOf(survey.sections);
  return c.html(
    <Layout p={p} title={f.refused ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="surveys" />
      <SurveyNav p={p} coop={coop} survey={survey} current="questions" />
      <Saved p={p} c={c} />
      <ErrorSummary p={p} forms={[f]} />
      <section class="section" aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t.previewHeading}</h2>
        {survey.sections.map((section) => (
          <section class="section" aria-labelledby={`preview-${section.key}`}>
            <h3 id={`preview-${section.key}`}>
              <LocalizedInline p={p} text={section.title} />
            </h3>
            <ol>
              {section.questions.map((q) => (
                <li>
                  <QuestionPreview p={p} q={q} all={all} />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
      <section class="section" aria-labelledby="json-heading">
        <h2 id="json-heading">{t.jsonField}</h2>
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

function QuestionPreview({ p, q, all }: { p: PageContext; q: Question; all: Question[] }) {
  const t = surveys(p.locale);
  const target = q.condition ? all.find((x) => x.key === q.condition!.questionKey) : undefined;
  const equals = q.condition ? String(q.condition.equals) : '';
  const answer = target && (target.kind === 'single_choice' || target.kind === 'multiple_choice') ? textIn(p, target.options.find((o) => o.key === equals)?.label) || equals : equals;
  const choices = q.kind === 'single_choice' || q.kind === 'multiple_choice' ? q.options : q.kind === 'matrix' ? q.rows : [];
  return (
    <>
      <strong>
        <LocalizedInline p={p} text={q.text} />
      </strong>{' '}
      <span class="muted">
        ({t.kindNames(q.kind)}, <code>{q.key}</code>) {q.required ? t.required : t.optionalMark}
      </span>
      {q.kind === 'rating' ? <p>{t.scaleEnds(String(q.scale.min), textIn(p, q.scale.minLabel), String(q.scale.max), textIn(p, q.scale.maxLabel))}</p> : null}
      {choices.length > 0 ? (
        <ul>
          {choices.map((o) => (
            <li>
              <LocalizedInline p={p} text={o.label} />
            </li>
          ))}
        </ul>
      ) : null}
      {q.kind === 'matrix' ? <p>{q.columns.map((col) => textIn(p, col.label)).join(' · ')}</p> : null}
      {target ? <p>{t.conditionNote(textIn(p, target.text), answer)}</p> : null}
    </>
  );
}
