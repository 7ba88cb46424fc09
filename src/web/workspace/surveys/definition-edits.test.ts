import { describe, expect, it } from 'vitest';
import type { Question, Section } from '../../../modules/surveys';
import {
  EditRefused,
  addQuestion,
  addSection,
  canMove,
  moveQuestion,
  questionKeys,
  removeQuestion,
  removeSection,
  renameSection,
  replaceQuestion,
  suggestKey,
  uniqueKey,
} from './definition-edits';

const text = (key: string): Question => ({ key, kind: 'text', text: { nb: key }, required: false, illustrative: false, maxLength: 2000, multiline: true });
const single = (key: string): Question => ({
  key,
  kind: 'single_choice',
  text: { nb: key },
  required: true,
  illustrative: false,
  options: [
    { key: 'ja', label: { nb: 'Ja' } },
    { key: 'nei', label: { nb: 'Nei' } },
  ],
});
const when = (q: Question, questionKey: string, equals: string | number): Question => ({ ...q, condition: { questionKey, equals } });

const sections = (): Section[] => [
  { key: 'del1', title: { nb: 'Del 1' }, questions: [single('a'), when(text('b'), 'a', 'ja'), text('c')] },
  { key: 'del2', title: { nb: 'Del 2' }, questions: [text('d')] },
];

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof EditRefused ? error.reason : 'other';
  }
  return null;
};

describe('keys', () => {
  it('suggests a key from Norwegian text and keeps it unique', () => {
    expect(suggestKey('Hvor godt kjenner du til samarbeidet?')).toBe('hvor_godt_kjenner_du_til');
    expect(suggestKey('Økonomi og årsbudsjett')).toBe('okonomi_og_arsbudsjett');
    expect(suggestKey('2018: mål')).toBe('sporsmal_2018_mal');
    expect(suggestKey('???')).toBe('sporsmal');
    expect(uniqueKey('a', ['a', 'a_2'])).toBe('a_3');
    expect(uniqueKey('b', ['a'])).toBe('b');
  });
});

describe('sections', () => {
  it('adds a section with its first question, renames it, and removes only an empty one', () => {
    const added = addSection(sections(), { nb: 'Om møtene' }, text('e'));
    expect(added.map((s) => s.key)).toEqual(['del1', 'del2', 'om_motene']);
    expect(added[2]!.questions.map((q) => q.key)).toEqual(['e']);
    const renamed = renameSection(added, 'del2', { nb: 'Andre del', en: 'Second part' }, { nb: 'Kort' });
    expect(renamed[1]).toMatchObject({ key: 'del2', title: { nb: 'Andre del', en: 'Second part' }, intro: { nb: 'Kort' } });
    expect(renameSection(renamed, 'del2', { nb: 'Uten innledning' })[1]!.intro).toBeUndefined();
    expect(refusal(() => removeSection(renamed, 'del2'))).toBe('notEmpty');
    const empty = [...sections(), { key: 'tom', title: { nb: 'Tom' }, questions: [] }];
    expect(removeSection(empty, 'tom').map((s) => s.key)).toEqual(['del1', 'del2']);
    expect(refusal(() => renameSection(empty, 'finnes_ikke', { nb: 'x' }))).toBe('unknown');
  });
});

describe('questions', () => {
  it('adds at the end of a section and replaces in place, conditions following a new key', () => {
    expect(questionKeys(addQuestion(sections(), 'del2', text('e')))).toEqual(['a', 'b', 'c', 'd', 'e']);
    const renamed = replaceQuestion(sections(), 'a', { ...single('kjennskap') });
    expect(questionKeys(renamed)).toEqual(['kjennskap', 'b', 'c', 'd']);
    expect(renamed[0]!.questions[1]!.condition).toEqual({ questionKey: 'kjennskap', equals: 'ja' });
  });

  it('removes a question, its section with its last one, and refuses while another depends on it', () => {
    expect(refusal(() => removeQuestion(sections(), 'a'))).toBe('dependedOn');
    expect(questionKeys(removeQuestion(sections(), 'b'))).toEqual(['a', 'c', 'd']);
    expect(removeQuestion(sections(), 'd').map((s) => s.key)).toEqual(['del1']);
    expect(refusal(() => removeQuestion([{ key: 'x', title: { nb: 'X' }, questions: [text('x')] }], 'x'))).toBe('lastQuestion');
  });

  it('moves within a section and across its edges, never before what a condition needs', () => {
    expect(questionKeys(moveQuestion(sections(), 'c', 'up'))).toEqual(['a', 'c', 'b', 'd']);
    const across = moveQuestion(sections(), 'c', 'down');
    expect(across.map((s) => s.questions.map((q) => q.key))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(refusal(() => moveQuestion(sections(), 'b', 'up'))).toBe('conditionOrder');
    expect(refusal(() => moveQuestion(sections(), 'a', 'down'))).toBe('conditionOrder');
    expect(refusal(() => moveQuestion(sections(), 'a', 'up'))).toBe('edge');
    // The only question of a section does not leave it (a section is never empty).
    expect(canMove(sections(), 'd', 'up')).toBe(false);
    expect(canMove(sections(), 'c', 'down')).toBe(true);
  });
});
