import { isQuestionShown, questionsOf, type Answers, type Question, type Section, type SurveyView } from '../../../modules/surveys';
import { pickText } from '../../../platform/i18n';
import { LocalizedInline, LocalizedProse, textIn } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import { Csrf, type FieldMessage } from '../../workspace/form-kit';
import { QuestionFields, firstFieldId, type QuestionErrors } from './question-fields';

/**
 * The respondent's form. With `step` it shows one section (personal links, which keep a draft between
 * steps); without, every section on one page (the open link). A conditional question whose condition
 * was answered in an earlier step is simply asked or not; one whose condition is on the same page is
 * shown with "Answer only if …", and the server drops an answer whose condition does not hold. So the
 * form needs no JavaScript, and behaves the same with it.
 */
export interface SurveyFormState {
  survey: SurveyView;
  answers: Record<string, unknown>;
  errors: QuestionErrors;
  /** 0-based section shown, or null for all sections. */
  step: number | null;
  action: string;
  /** Fields before the questions (the open link's role and municipality). */
  before?: any;
  hidden?: Record<string, string>;
}

/** Where each question is: its section index. */
export function sectionOf(sections: Section[], key: string): number {
  const root = key.split('.')[0]!;
  return sections.findIndex((s) => s.questions.some((q) => q.key === root));
}

/** A conditional question's condition in words: the question it depends on and the answer it waits for. */
export function conditionInWords(p: PageContext, q: Question, all: Question[]): { question: string; answer: string } | null {
  if (!q.condition) return null;
  const target = all.find((x) => x.key === q.condition!.questionKey);
  if (!target) return null;
  const equals = String(q.condition.equals);
  const answer =
    target.kind === 'single_choice' || target.kind === 'multiple_choice' ? textIn(p, target.options.find((o) => o.key === equals)?.label) || equals : equals;
  return { question: textIn(p, target.text), answer };
}

function onlyIfText(p: PageContext, q: Question, all: Question[]): string | null {
  const condition = conditionInWords(p, q, all);
  return condition && surveys(p.locale).onlyIf(condition.question, condition.answer);
}

export function SurveyForm({ p, state }: { p: PageContext; state: SurveyFormState }) {
  const t = surveys(p.locale);
  const sections = state.survey.sections;
  const all = questionsOf(sections);
  const shown = state.step === null ? sections.map((s, i) => [s, i] as const) : [[sections[state.step]!, state.step] as const];
  const last = state.step === null || state.step === sections.length - 1;
  return (
    <form method="post" action={state.action} novalidate>
      <Csrf p={p} />
      {Object.entries(state.hidden ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {state.step !== null ? <input type="hidden" name="steg" value={String(state.step + 1)} /> : null}
      <p>{t.requiredNote}</p>
      {state.before}
      {shown.map(([section, index]) => (
        <section class="section" aria-labelledby={`section-${index}`}>
          <h2 id={`section-${index}`}>
            {state.step !== null ? <span class="muted">{t.step(index + 1, sections.length)}: </span> : null}
            <LocalizedInline p={p} text={section.title} />
          </h2>
          {section.intro ? <LocalizedProse p={p} text={section.intro} /> : null}
          {section.questions.map((q) => {
            const conditionSection = q.condition ? sectionOf(sections, q.condition.questionKey) : -1;
            // A condition answered on an earlier step is known: ask the question or skip it.
            if (state.step !== null && q.condition && conditionSection < index && !isQuestionShown(q, state.answers as Answers)) return null;
            const note = q.condition && (state.step === null || conditionSection === index) ? onlyIfText(p, q, all) : null;
            return <QuestionFields p={p} q={q} value={state.answers[q.key]} errors={state.errors} onlyIf={note} />;
          })}
        </section>
      ))}
      <div class="form-actions">
        {state.step !== null && state.step > 0 ? (
          <button class="ds-button" data-variant="secondary" type="submit" name="handling" value="forrige">
            {t.previous}
          </button>
        ) : null}
        {state.step !== null ? (
          <button class="ds-button" data-variant="secondary" type="submit" name="handling" value="lagre">
            {t.save}
          </button>
        ) : null}
        {last ? (
          <button class="ds-button" data-variant="primary" type="submit" name="handling" value="send">
            {t.send}
          </button>
        ) : (
          <button class="ds-button" data-variant="primary" type="submit" name="handling" value="neste">
            {t.next}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * The summary of refused answers, each a link to its field: on this page `#id`, on another step of
 * a personal link `?steg=N#id`. Messages from the module are English unless the page replaces them.
 */
export function AnswerErrorSummary({ p, state, stepHref }: { p: PageContext; state: SurveyFormState; stepHref?: (step: number) => string }) {
  const t = surveys(p.locale);
  const all = questionsOf(state.survey.sections);
  const items = Object.entries(state.errors).flatMap(([key, messages]) => {
    const q = all.find((x) => x.key === key.split('.')[0]);
    const label = q ? textIn(p, q.text) : key === 'role' ? t.yourRole : key === 'municipality_code' ? t.yourMunicipality : key;
    const id = q ? firstFieldId(q, key) : key === 'role' ? 'respondent-role-0' : key === 'municipality_code' ? 'respondent-municipality' : 'main';
    const section = q ? sectionOf(state.survey.sections, q.key) : -1;
    const href = state.step !== null && section >= 0 && section !== state.step && stepHref ? `${stepHref(section)}#${id}` : `#${id}`;
    const row = q?.kind === 'matrix' && key.includes('.') ? q.rows.find((r) => `${q.key}.${r.key}` === key) : undefined;
    return [{ href, label: row ? `${label} – ${pickText(row.label, p.locale)?.text ?? ''}` : label, messages }];
  });
  if (items.length === 0) return null;
  const english = items.some((i) => i.messages.some((m: FieldMessage) => m.english));
  return (
    <div class="ds-error-summary" role="alert" aria-labelledby="error-summary-heading">
      <h2 id="error-summary-heading">{t.errorSummary}</h2>
      {english && p.locale !== 'en' ? <p>{t.englishNote}</p> : null}
      <ul>
        {items.map((item) => (
          <li>
            <a href={item.href}>
              {item.label}:{' '}
              {item.messages.map((m, i) => (
                <>
                  {i > 0 ? '; ' : null}
                  <span lang={m.english && p.locale !== 'en' ? 'en' : undefined}>{m.text}</span>
                </>
              ))}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The module's field errors for the page: a missing answer gets the page's own words; any other
 * message (a number out of range, say) is the module's English sentence, marked as English.
 */
export function answerErrors(p: PageContext, survey: SurveyView, fieldErrors: Record<string, string[]>, answers: Record<string, unknown>): QuestionErrors {
  const t = surveys(p.locale);
  const all = questionsOf(survey.sections);
  const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([key, list]) => {
      const [root, row] = key.split('.');
      const q = all.find((x) => x.key === root);
      const value = row !== undefined ? (answers[root!] as Record<string, unknown> | undefined)?.[row] : answers[key];
      if (q && blank(value)) {
        const text = row !== undefined ? t.errorMatrixRow : q.kind === 'single_choice' || q.kind === 'rating' ? t.errorChoose : t.errorRequired;
        return [key, [{ text, english: false }]];
      }
      if (key === 'role') return [key, [{ text: t.errorRole, english: false }]];
      if (key === 'municipality_code') return [key, [{ text: t.errorMunicipality, english: false }]];
      return [key, list.map((text) => ({ text, english: true }))];
    }),
  );
}
