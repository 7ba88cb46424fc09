import type { CooperationView } from '../../../modules/cooperations';
import { QUESTION_KINDS, questionsOf, type Question, type Section, type SurveyView } from '../../../modules/surveys';
import { LocalizedInline, textIn } from '../../components/localized';
import { surveyBuilder, surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import { Csrf, FormMessages, type FormModel } from '../form-kit';
import { canMove } from './definition-edits';
import { MANAGE_SURVEYS } from './paths';
import { QuestionPreview } from './question-preview';

/**
 * The sections and questions in order, each with its edit link and (until the first response) the
 * buttons to move and remove it, a form to add a question to each section and one to add a section.
 * Every button is a small form of its own, so all of it works without JavaScript.
 */
export function BuilderList({ p, coop, survey, locked, f }: { p: PageContext; coop: CooperationView; survey: SurveyView; locked: boolean; f: FormModel }) {
  const b = surveyBuilder(p.locale);
  const all = questionsOf(survey.sections);
  return (
    <section class="section" aria-labelledby="builder-heading">
      <h2 id="builder-heading">{b.builderHeading}</h2>
      {locked ? (
        <div class="ds-alert" data-color="info">
          <p>{b.lockedNote}</p>
        </div>
      ) : (
        <p class="muted">{b.noEmptySections}</p>
      )}
      <FormMessages f={f} />
      {survey.sections.map((section, s) => (
        <section class="section" aria-labelledby={`section-${section.key}`}>
          <h3 id={`section-${section.key}`}>
            {b.sectionLabel(s + 1)}: <LocalizedInline p={p} text={section.title} />
          </h3>
          <p>
            <a href={p.href(MANAGE_SURVEYS.editSection(coop.slug, survey.id, section.key))}>
              {b.editSection}
              <span class="ds-sr-only"> {textIn(p, section.title)}</span>
            </a>
          </p>
          <ol>
            {section.questions.map((q) => (
              <li id={`question-${q.key}`}>
                <QuestionPreview p={p} q={q} all={all} />
                <QuestionActions p={p} coop={coop} survey={survey} q={q} locked={locked} />
              </li>
            ))}
          </ol>
          {locked ? null : <KindChooser p={p} coop={coop} survey={survey} section={section} />}
        </section>
      ))}
      {locked ? null : (
        <section class="section" aria-labelledby="new-section-heading">
          <h3 id="new-section-heading">{b.newSectionHeading}</h3>
          <KindChooser p={p} coop={coop} survey={survey} section={null} />
        </section>
      )}
    </section>
  );
}

function QuestionActions({ p, coop, survey, q, locked }: { p: PageContext; coop: CooperationView; survey: SurveyView; q: Question; locked: boolean }) {
  const b = surveyBuilder(p.locale);
  const name = <span class="ds-sr-only">: {textIn(p, q.text)}</span>;
  const post = (action: string, fields: Record<string, string>, label: string) => (
    <form method="post" action={p.href(action)}>
      <Csrf p={p} />
      {Object.entries(fields).map(([n, v]) => (
        <input type="hidden" name={n} value={v} />
      ))}
      <button class="ds-button" data-variant="tertiary" data-size="sm" type="submit">
        {label}
        {name}
      </button>
    </form>
  );
  const sections: Section[] = survey.sections;
  return (
    <div class="tools">
      <a href={p.href(MANAGE_SURVEYS.editQuestion(coop.slug, survey.id, q.key))}>
        {locked ? b.editTexts : b.edit}
        {name}
      </a>
      {locked ? null : (
        <>
          {canMove(sections, q.key, 'up') ? post(MANAGE_SURVEYS.moveQuestion(coop.slug, survey.id), { question: q.key, direction: 'up' }, b.moveUp) : null}
          {canMove(sections, q.key, 'down') ? post(MANAGE_SURVEYS.moveQuestion(coop.slug, survey.id), { question: q.key, direction: 'down' }, b.moveDown) : null}
          {post(MANAGE_SURVEYS.removeQuestion(coop.slug, survey.id), { question: q.key }, b.remove)}
        </>
      )}
    </div>
  );
}

/** A GET form: the kind of the new question first, then its own form (for a new section too). */
function KindChooser({ p, coop, survey, section }: { p: PageContext; coop: CooperationView; survey: SurveyView; section: Section | null }) {
  const t = surveys(p.locale);
  const b = surveyBuilder(p.locale);
  const id = `kind-${section?.key ?? 'new-section'}`;
  return (
    <form class="date-form" method="get" action={p.href(MANAGE_SURVEYS.newQuestion(coop.slug, survey.id))}>
      <input type="hidden" name="del" value={section?.key ?? 'ny'} />
      <div class="ds-field">
        <label class="ds-label" for={id}>
          {b.kindField}
          {section ? <span class="ds-sr-only"> ({textIn(p, section.title)})</span> : null}
        </label>
        <select class="ds-input" id={id} name="type">
          {QUESTION_KINDS.map((kind) => (
            <option value={kind}>{t.kindNames(kind)}</option>
          ))}
        </select>
      </div>
      <div>
        <button class="ds-button" data-variant="secondary" type="submit">
          {section ? b.addQuestionHeading : b.continue}
          {section ? <span class="ds-sr-only"> «{textIn(p, section.title)}»</span> : null}
        </button>
      </div>
    </form>
  );
}
