import type { Section } from '../../../modules/surveys';
import { surveyBuilder } from '../../locales/surveys';
import type { FieldMessages } from '../form-kit';
import { postedValues } from '../handler-kit';
import { backToQuestions, isLocked, saveSections } from './builder-kit';
import { BUILDER_FORM, renderDefinitionPage } from './definition-page';
import { EditRefused, moveQuestion, removeQuestion, removeSection } from './definition-edits';
import { MANAGE_SURVEYS } from './paths';
import { onSurvey, type OnSurvey } from './survey-kit';

/**
 * The builder's buttons: move a question up or down, remove a question, remove an empty section.
 * Each applies its change to the current sections and saves them; a refusal comes back on the page,
 * above the list, in the page's language (or, from the command, naming the place in the definition).
 */
function structural(edit: (sections: Section[], v: Record<string, string>) => Section[]) {
  return onSurvey(MANAGE_SURVEYS.definition, async (on: OnSurvey) => {
    const { c, p, coop, survey } = on;
    const b = surveyBuilder(p.locale);
    const v = await postedValues(c);
    const refuse = (errors: FieldMessages) => renderDefinitionPage(c, p, coop, survey, { form: BUILDER_FORM, values: v, errors }, 422);
    if (isLocked(survey)) return refuse({ form: [{ text: b.refusal('locked', ''), english: false }] });
    let sections: Section[];
    try {
      sections = edit(survey.sections, v);
    } catch (error) {
      if (!(error instanceof EditRefused)) throw error;
      return refuse({ form: [{ text: b.refusal(error.reason, error.detail), english: false }] });
    }
    const outcome = await saveSections(c, p, survey, sections);
    if (outcome.ok) return backToQuestions(c, p, coop, survey);
    const messages = Object.entries(outcome.errors).flatMap(([path, list]) => list.map((m) => ({ ...m, text: `${path}: ${m.text}` })));
    return refuse({ form: messages });
  });
}

/** `POST …/sporsmal/flytt` (question, direction up|down). */
export const moveQuestionSubmit = structural((sections, v) => moveQuestion(sections, v.question ?? '', v.direction === 'up' ? 'up' : 'down'));

/** `POST …/sporsmal/fjern` (question). */
export const removeQuestionSubmit = structural((sections, v) => removeQuestion(sections, v.question ?? ''));

/** `POST …/sporsmal/fjern-del` (section). */
export const removeSectionSubmit = structural((sections, v) => removeSection(sections, v.section ?? ''));
