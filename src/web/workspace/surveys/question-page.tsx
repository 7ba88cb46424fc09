import { QUESTION_KINDS, type Question, type QuestionKind, type Section, type SurveyView } from '../../../modules/surveys';
import { NotFoundError } from '../../../platform/errors';
import type { LocalizedText } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { textIn } from '../../components/localized';
import { surveyBuilder, surveys } from '../../locales/surveys';
import { CooperationNav } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormMessages, FormModel, LocalizedFields, type FailedForm, type FieldMessages } from '../form-kit';
import { postedValues } from '../handler-kit';
import { backToQuestions, isLocked, saveSections } from './builder-kit';
import { addQuestion, addSection, locate, questionKeys, replaceQuestion } from './definition-edits';
import { MANAGE_SURVEYS } from './paths';
import { conditionChoices, errorsAtFields, newQuestionValues, questionFromValues, questionToValues } from './question-form';
import { QuestionFields, questionLabels } from './question-fields';
import { SurveyNav, onSurvey, type OnSurvey } from './survey-kit';

const FORM = 'question';
const NEW_SECTION = 'ny';

/** What the form is about: a new question in a section (or in a new one), or a stored question. */
type Target = { kind: QuestionKind; section: Section | null; base: Question | null };

function newTarget({ survey }: OnSurvey, v: Record<string, string | undefined>): Target {
  const kind = QUESTION_KINDS.find((k) => k === v.type);
  const section = v.del === NEW_SECTION ? null : survey.sections.find((s) => s.key === v.del);
  if (!kind || section === undefined || isLocked(survey)) throw new NotFoundError();
  return { kind, section, base: null };
}

function editTarget({ c, survey }: OnSurvey): Target {
  const key = c.req.param('key') ?? '';
  const section = survey.sections.find((s) => s.questions.some((q) => q.key === key));
  const base = section?.questions.find((q) => q.key === key);
  if (!section || !base) throw new NotFoundError();
  return { kind: base.kind, section, base };
}

/** `GET …/sporsmal/ny?del=<section key | ny>&type=<kind>`: the form for a new question of that kind. */
export const newQuestionPage = onSurvey(MANAGE_SURVEYS.definition, async (on) => render(on, newTarget(on, on.c.req.query()), null));

/** `GET …/sporsmal/endre/:key`: the form for a stored question (only its texts after the first response). */
export const editQuestionPage = onSurvey(MANAGE_SURVEYS.definition, async (on) => render(on, editTarget(on), null));

/** `POST …/sporsmal/ny`: adds the question (with its new section), saves, back to the list. */
export const newQuestionSubmit = onSurvey(MANAGE_SURVEYS.definition, async (on) => {
  const v = await postedValues(on.c);
  return submit(on, newTarget(on, v), v);
});

/** `POST …/sporsmal/endre/:key`: replaces the question where it stands. */
export const editQuestionSubmit = onSurvey(MANAGE_SURVEYS.definition, async (on) => submit(on, editTarget(on), await postedValues(on.c)));

async function submit(on: OnSurvey, target: Target, v: Record<string, string>) {
  const { c, p, coop, survey } = on;
  const b = surveyBuilder(p.locale);
  const sections = survey.sections;
  const textsOnly = isLocked(survey);
  const taken = questionKeys(sections).filter((k) => k !== target.base?.key);
  const read = questionFromValues(b, target.kind, v, { base: target.base, taken, textsOnly });
  const errors: FieldMessages = { ...read.errors };
  let title: LocalizedText | undefined;
  if (!target.section) {
    title = localizedOf(v, 'title');
    if (!title?.nb) errors['title.nb'] = [{ text: b.needNb, english: false }];
  }
  const refuse = (errs: FieldMessages) => render(on, target, { form: FORM, values: v, errors: errs }, 422);
  if (!read.question || Object.keys(errors).length > 0) return refuse(errors);

  let next: Section[];
  if (target.base) next = replaceQuestion(sections, target.base.key, read.question);
  else if (target.section) next = addQuestion(sections, target.section.key, read.question);
  else {
    next = addSection(sections, title!, read.question);
    const intro = localizedOf(v, 'intro');
    if (intro) next[next.length - 1] = { ...next[next.length - 1]!, intro };
  }
  const outcome = await saveSections(c, p, survey, next);
  if (outcome.ok) return backToQuestions(c, p, coop, survey);
  const [s, i] = locate(next, read.question.key);
  return refuse(errorsAtFields(outcome.errors, [`sections.${s}.questions.${i}`, `sections.${s}`]));
}

function localizedOf(v: Record<string, string>, name: string): LocalizedText | undefined {
  const out: LocalizedText = {};
  for (const lang of ['nb', 'nn', 'en'] as const) {
    const text = (v[`${name}.${lang}`] ?? '').trim();
    if (text) out[lang] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The earlier questions a condition may name: those before this one, or all up to the end of its section. */
function conditionsFor(survey: SurveyView, target: Target) {
  if (target.base) return conditionChoices(survey.sections, target.base.key);
  const s = target.section ? survey.sections.findIndex((x) => x.key === target.section!.key) : survey.sections.length - 1;
  return conditionChoices(survey.sections.slice(0, s + 1), null);
}

async function render(on: OnSurvey, target: Target, failed: FailedForm | null, status: 200 | 422 = 200) {
  const { c, p, coop, survey } = on;
  const t = surveys(p.locale);
  const b = surveyBuilder(p.locale);
  const textsOnly = isLocked(survey);
  const withSection = target.section === null;
  const f = new FormModel(p, FORM, {
    failed,
    defaults: target.base ? questionToValues(target.base) : newQuestionValues(target.kind),
    labels: { ...questionLabels(p, withSection) },
  });
  const kindName = t.kindNames(target.kind);
  const title = target.base ? b.editQuestionTitle(textIn(p, target.base.text)) : withSection ? b.newSectionTitle(kindName) : b.newQuestionTitle(kindName);
  const action = target.base ? MANAGE_SURVEYS.editQuestion(coop.slug, survey.id, target.base.key) : MANAGE_SURVEYS.newQuestion(coop.slug, survey.id);
  return c.html(
    <Layout p={p} title={f.refused ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="surveys" />
      <SurveyNav p={p} coop={coop} survey={survey} current="questions" />
      <ErrorSummary p={p} forms={[f]} />
      {target.section ? <p>{b.inSection(textIn(p, target.section.title))}</p> : null}
      {textsOnly ? (
        <div class="ds-alert" data-color="info">
          <p>{b.textsOnlyNote}</p>
        </div>
      ) : null}
      <form class="section" method="post" action={p.href(action)} novalidate>
        <Csrf p={p} />
        <FormMessages f={f} />
        {target.base ? null : (
          <>
            <input type="hidden" name="del" value={target.section?.key ?? NEW_SECTION} />
            <input type="hidden" name="type" value={target.kind} />
          </>
        )}
        {withSection ? (
          <>
            <LocalizedFields f={f} name="title" legend={b.sectionTitleField} maxlength={300} />
            <LocalizedFields f={f} name="intro" legend={b.sectionIntroField} multiline />
          </>
        ) : null}
        <QuestionFields f={f} kind={target.kind} textsOnly={textsOnly} conditions={conditionsFor(survey, target)} />
        <div>
          <button class="ds-button" type="submit">
            {target.base ? b.saveButton : b.addButton}
          </button>
        </div>
      </form>
      <p>
        <a href={p.href(MANAGE_SURVEYS.definition(coop.slug, survey.id))}>{b.backToQuestions}</a>
      </p>
    </Layout>,
    status,
  );
}
