import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../platform/errors';
import { definition } from '../../../tests/integration/surveys-fixture';
import { answersFromForm, checkAnswers, isQuestionShown } from './answers';
import { surveyDefinitionSchema } from './survey-definition';

const sections = surveyDefinitionSchema.parse(definition()).sections;

describe('answers from a form without JavaScript', () => {
  it('reads q.<key>, repeated fields and matrix rows, and leaves blanks out', () => {
    const body = {
      'q.kjenner': 'godt',
      'q.hvorfor_ikke': '',
      'q.kanaler': ['moter', 'nettsted'],
      'q.samlet': '4',
      'q.omrader.helse': 'mye',
      'q.omrader.kultur': '',
      'q.moter_i_aret': '3',
      _csrf: 'x',
    };
    const raw = answersFromForm(sections, body);
    expect(raw).toEqual({ kjenner: 'godt', kanaler: ['moter', 'nettsted'], samlet: '4', omrader: { helse: 'mye' }, moter_i_aret: '3' });
    expect(checkAnswers(sections, raw, false)).toEqual({ kjenner: 'godt', kanaler: ['moter', 'nettsted'], samlet: 4, omrader: { helse: 'mye' }, moter_i_aret: 3 });
    // Sent as a response, the matrix's missing row is named.
    const error = (() => {
      try {
        checkAnswers(sections, raw, true);
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error?.fieldErrors).toEqual({ 'omrader.kultur': ['choose one'] });
  });

  it('accepts a decimal comma only where the question allows decimals', () => {
    expect(() => checkAnswers(sections, { moter_i_aret: '2,5' }, false)).toThrow(ValidationError);
  });

  it('shows a question by its condition, also on one of several choices', () => {
    const q = sections[0]!.questions[1]!;
    expect(isQuestionShown(q, { kjenner: 'ikke' })).toBe(true);
    expect(isQuestionShown(q, { kjenner: 'godt' })).toBe(false);
    expect(isQuestionShown(q, {})).toBe(false);
    expect(isQuestionShown({ ...q, condition: { questionKey: 'kanaler', equals: 'moter' } }, { kanaler: ['nettsted', 'moter'] })).toBe(true);
  });
});
