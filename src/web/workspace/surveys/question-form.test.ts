import { describe, expect, it } from 'vitest';
import type { Question, Section } from '../../../modules/surveys';
import { surveyBuilder } from '../../locales/surveys';
import { conditionChoices, errorsAtFields, questionFromValues, questionToValues } from './question-form';

const t = surveyBuilder('nb');
const fresh = { base: null, taken: ['finnes'], textsOnly: false };

describe('the question form', () => {
  it('reads a single choice with a suggested key, option keys from bokmål and optional nynorsk/English lines', () => {
    const { question, errors } = questionFromValues(
      t,
      'single_choice',
      { 'text.nb': 'Hvor godt kjenner du samarbeidet?', 'options.nb': 'Godt\nNoe\n\nLite', 'options.en': 'Well\nSomewhat\nLittle', required: 'on', key: '' },
      fresh,
    );
    expect(errors).toEqual({});
    expect(question).toMatchObject({ key: 'hvor_godt_kjenner_du', kind: 'single_choice', required: true, text: { nb: 'Hvor godt kjenner du samarbeidet?' } });
    expect(question!.kind === 'single_choice' && question!.options).toEqual([
      { key: 'godt', label: { nb: 'Godt', en: 'Well' } },
      { key: 'noe', label: { nb: 'Noe', en: 'Somewhat' } },
      { key: 'lite', label: { nb: 'Lite', en: 'Little' } },
    ]);
  });

  it('names the fields that are wrong, in the page language', () => {
    const { question, errors } = questionFromValues(t, 'single_choice', { 'text.nn': 'Berre nynorsk', 'options.nb': 'Ett', 'options.nn': 'Eitt\nTo', key: 'finnes' }, fresh);
    expect(question).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['key', 'options.nb', 'options.nn', 'text.nb']);
    expect(errors.key![0]!.text).toBe(t.keyTaken('finnes'));
    const bad = questionFromValues(t, 'rating', { 'text.nb': 'Nytte', key: 'Nytte!', scale_min: '1,5', 'min_label.nb': 'Lav' }, fresh);
    expect(Object.keys(bad.errors).sort()).toEqual(['key', 'max_label.nb', 'scale_min']);
  });

  it('reads a scale, a matrix with a condition, a number and a text, and writes each back to the same values', () => {
    const cases: [Question['kind'], Record<string, string>][] = [
      ['rating', { 'text.nb': 'Nytte', key: 'nytte', scale_min: '1', scale_max: '5', 'min_label.nb': 'Ingen', 'max_label.nb': 'Stor', 'max_label.nn': 'Stor' }],
      ['matrix', { 'text.nb': 'Vurder', key: 'matrise', 'rows.nb': 'Helse\nKultur', 'columns.nb': 'Lav\nHøy', condition: 'kjennskap=godt' }],
      ['number', { 'text.nb': 'Møter', key: 'moter', min: '0', max: '50', integer: 'on', 'unit.nb': 'møter' }],
      ['text', { 'text.nb': 'Kommentar', key: 'kommentar', multiline: 'on', max_length: '500' }],
    ];
    for (const [kind, values] of cases) {
      const { question, errors } = questionFromValues(t, kind, values, fresh);
      expect(errors, kind).toEqual({});
      const back = questionToValues(question!);
      for (const [name, value] of Object.entries(values)) expect(back[name], `${kind} ${name}`).toBe(value);
    }
    const matrix = questionFromValues(t, 'matrix', cases[1]![1], fresh).question!;
    expect(matrix.condition).toEqual({ questionKey: 'kjennskap', equals: 'godt' });
    const rated = questionFromValues(t, 'text', { 'text.nb': 'Hvorfor?', condition: 'nytte=4' }, fresh).question!;
    expect(rated.condition).toEqual({ questionKey: 'nytte', equals: 4 });
  });

  it('after responses keeps the structure and takes only texts, with as many lines as before', () => {
    const base = questionFromValues(t, 'single_choice', { 'text.nb': 'Før', key: 'sporsmal', 'options.nb': 'Ja\nNei', condition: 'a=b', required: 'on' }, fresh).question!;
    const edit = { base, taken: [], textsOnly: true };
    const { question } = questionFromValues(t, 'single_choice', { 'text.nb': 'Etter', key: 'annen', 'options.nb': 'Ja takk\nNei takk', 'options.nn': 'Ja takk\nNei takk' }, edit);
    expect(question).toMatchObject({ key: 'sporsmal', required: true, condition: { questionKey: 'a', equals: 'b' }, text: { nb: 'Etter' } });
    expect(question!.kind === 'single_choice' && question!.options.map((o) => o.key)).toEqual(['ja', 'nei']);
    expect(Object.keys(questionFromValues(t, 'single_choice', { 'text.nb': 'X', 'options.nb': 'Ja\nNei\nKanskje' }, edit).errors)).toEqual(['options.nb']);
  });
});

describe('conditions and command errors', () => {
  it('offers the earlier choice and scale questions with their values', () => {
    const sections = [
      {
        key: 'del1',
        title: { nb: 'Del' },
        questions: [
          questionFromValues(t, 'single_choice', { 'text.nb': 'A', key: 'a', 'options.nb': 'Ja\nNei' }, fresh).question!,
          questionFromValues(t, 'text', { 'text.nb': 'B', key: 'b' }, fresh).question!,
          questionFromValues(t, 'rating', { 'text.nb': 'C', key: 'c', scale_min: '1', scale_max: '3', 'min_label.nb': 'L', 'max_label.nb': 'H' }, fresh).question!,
        ],
      },
    ] as Section[];
    expect(conditionChoices(sections, 'c').map((g) => g.values.map((v) => v.value))).toEqual([['a=ja', 'a=nei']]);
    expect(conditionChoices(sections, null).flatMap((g) => g.values.map((v) => v.value))).toEqual(['a=ja', 'a=nei', 'c=1', 'c=2', 'c=3']);
  });

  it('puts errors keyed by JSON path at the form fields', () => {
    const m = (text: string) => [{ text, english: true }];
    const out = errorsAtFields(
      {
        'sections.1.questions.2.key': m('the question key a is used twice'),
        'sections.1.questions.2.options.1.label.nn': m('too long'),
        'sections.1.questions.2.scale.max': m('max must be greater than min'),
        'sections.1.questions.2.scale.minLabel': m('must be given'),
        'sections.1.questions.2.condition': m('must name an earlier question'),
        'sections.1.title.en': m('too long'),
        'sections.0.questions.0.key': m('elsewhere'),
      },
      ['sections.1.questions.2', 'sections.1'],
    );
    expect(Object.keys(out).sort()).toEqual(['condition', 'form', 'key', 'min_label.nb', 'options.nn', 'scale_max', 'title.en']);
    expect(out.form![0]!.text).toBe('sections.0.questions.0.key: elsewhere');
  });
});
