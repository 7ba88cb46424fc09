import { NotFoundError } from '../../../platform/errors';
import { Layout } from '../../components/layout';
import { textIn } from '../../components/localized';
import { surveyBuilder, surveys } from '../../locales/surveys';
import { CooperationNav } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormMessages, FormModel, LocalizedFields, localizedLabels, localizedValues, type FailedForm, type FieldMessages } from '../form-kit';
import { postedValues } from '../handler-kit';
import { backToQuestions, isLocked, saveSections } from './builder-kit';
import { renameSection } from './definition-edits';
import { MANAGE_SURVEYS } from './paths';
import { errorsAtFields } from './question-form';
import { optionalLocalized } from './survey-form-input';
import { SurveyNav, onSurvey, type OnSurvey } from './survey-kit';

const FORM = 'section';

/** `GET …/sporsmal/del/:key`: the section's title and introduction (texts: editable after responses too). */
export const editSectionPage = onSurvey(MANAGE_SURVEYS.definition, async (on) => render(on, sectionIndex(on), null));

/** `POST …/sporsmal/del/:key`: renames the section. */
export const editSectionSubmit = onSurvey(MANAGE_SURVEYS.definition, async (on) => {
  const { c, p, coop, survey } = on;
  const s = sectionIndex(on);
  const v = await postedValues(c);
  const title = optionalLocalized(v, 'title');
  const refuse = (errors: FieldMessages) => render(on, s, { form: FORM, values: v, errors }, 422);
  if (!title?.nb) return refuse({ 'title.nb': [{ text: surveyBuilder(p.locale).needNb, english: false }] });
  const section = survey.sections[s]!;
  const outcome = await saveSections(c, p, survey, renameSection(survey.sections, section.key, title, optionalLocalized(v, 'intro')));
  if (outcome.ok) return backToQuestions(c, p, coop, survey);
  return refuse(errorsAtFields(outcome.errors, [`sections.${s}`]));
});

function sectionIndex(on: OnSurvey): number {
  const s = on.survey.sections.findIndex((x) => x.key === on.c.req.param('key'));
  if (s < 0) throw new NotFoundError();
  return s;
}

async function render(on: OnSurvey, s: number, failed: FailedForm | null, status: 200 | 422 = 200) {
  const { c, p, coop, survey } = on;
  const t = surveys(p.locale);
  const b = surveyBuilder(p.locale);
  const section = survey.sections[s]!;
  const f = new FormModel(p, FORM, {
    failed,
    defaults: { ...localizedValues('title', section.title), ...localizedValues('intro', section.intro ?? {}) },
    labels: { ...localizedLabels(p, 'title', b.sectionTitleField), ...localizedLabels(p, 'intro', b.sectionIntroField) },
  });
  const title = b.editSectionTitle(textIn(p, section.title));
  return c.html(
    <Layout p={p} title={f.refused ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="surveys" />
      <SurveyNav p={p} coop={coop} survey={survey} current="questions" />
      <ErrorSummary p={p} forms={[f]} />
      <form class="section" method="post" action={p.href(MANAGE_SURVEYS.editSection(coop.slug, survey.id, section.key))} novalidate>
        <Csrf p={p} />
        <FormMessages f={f} />
        <LocalizedFields f={f} name="title" legend={b.sectionTitleField} maxlength={300} />
        <LocalizedFields f={f} name="intro" legend={b.sectionIntroField} multiline />
        <div>
          <button class="ds-button" type="submit">
            {b.saveSection}
          </button>
        </div>
      </form>
      {isLocked(survey) || section.questions.length > 0 ? null : (
        <form method="post" action={p.href(MANAGE_SURVEYS.removeSection(coop.slug, survey.id))}>
          <Csrf p={p} />
          <input type="hidden" name="section" value={section.key} />
          <button class="ds-button" data-variant="secondary" type="submit">
            {b.removeSection}
          </button>
        </form>
      )}
      <p>
        <a href={p.href(MANAGE_SURVEYS.definition(coop.slug, survey.id))}>{b.backToQuestions}</a>
      </p>
    </Layout>,
    status,
  );
}
