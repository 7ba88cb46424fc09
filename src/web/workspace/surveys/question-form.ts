import type { Question, QuestionKind, Section } from '../../../modules/surveys';
import type { LocalizedText } from '../../../platform/i18n';
import type { surveyBuilder } from '../../locales/surveys';
import type { FieldMessages } from '../form-kit';
import { suggestKey, uniqueKey } from './definition-edits';

/**
 * The question form's fields ↔ a question of the definition, as pure functions. Lists (options, rows,
 * columns) are written one per line and per language: bokmål is required, nynorsk and English may be
 * left empty (the pages then fall back to bokmål). After the first response only texts may change, so
 * `textsOnly` keeps the structure (keys, kinds, scales, conditions) of the question as it stands.
 */

type Messages = ReturnType<typeof surveyBuilder>;
type Values = Record<string, string>;
type Option = { key: string; label: LocalizedText };

const LANGS = ['nb', 'nn', 'en'] as const;
export const TEXT_FIELDS = ['text', 'help'] as const;

/** Which fields each kind has besides the common ones (text, help, key, required, condition). */
export const KIND_FIELDS: Record<QuestionKind, { lists: string[]; texts: string[] }> = {
  single_choice: { lists: ['options'], texts: [] },
  multiple_choice: { lists: ['options'], texts: [] },
  rating: { lists: [], texts: ['min_label', 'max_label'] },
  matrix: { lists: ['rows', 'columns'], texts: [] },
  number: { lists: [], texts: ['unit'] },
  text: { lists: [], texts: [] },
};

const lines = (value: string | undefined) =>
  (value ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

function localized(v: Values, name: string): LocalizedText | undefined {
  const out: LocalizedText = {};
  for (const lang of LANGS) {
    const text = (v[`${name}.${lang}`] ?? '').trim();
    if (text) out[lang] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function localizedValues(name: string, text: LocalizedText | undefined): Values {
  return Object.fromEntries(LANGS.map((lang) => [`${name}.${lang}`, text?.[lang] ?? '']));
}

function listValues(name: string, list: Option[]): Values {
  return Object.fromEntries(LANGS.map((lang) => [`${name}.${lang}`, list.every((o) => o.label[lang]) ? list.map((o) => o.label[lang]).join('\n') : '']));
}

/** The form's values for a stored question (to edit it). */
export function questionToValues(q: Question): Values {
  const v: Values = {
    key: q.key,
    required: q.required ? 'on' : '',
    condition: q.condition ? `${q.condition.questionKey}=${q.condition.equals}` : '',
    ...localizedValues('text', q.text),
    ...localizedValues('help', q.help),
  };
  if (q.kind === 'single_choice' || q.kind === 'multiple_choice') Object.assign(v, listValues('options', q.options));
  if (q.kind === 'multiple_choice') v.max_choices = q.maxChoices === undefined ? '' : String(q.maxChoices);
  if (q.kind === 'rating') {
    Object.assign(v, { scale_min: String(q.scale.min), scale_max: String(q.scale.max) }, localizedValues('min_label', q.scale.minLabel), localizedValues('max_label', q.scale.maxLabel));
  }
  if (q.kind === 'matrix') Object.assign(v, listValues('rows', q.rows), listValues('columns', q.columns));
  if (q.kind === 'number') {
    Object.assign(v, { min: q.min === undefined ? '' : String(q.min), max: q.max === undefined ? '' : String(q.max), integer: q.integer ? 'on' : '' }, localizedValues('unit', q.unit));
  }
  if (q.kind === 'text') Object.assign(v, { multiline: q.multiline ? 'on' : '', max_length: String(q.maxLength) });
  return v;
}

/** The values a new question's form starts with. */
export function newQuestionValues(kind: QuestionKind): Values {
  if (kind === 'rating') return { scale_min: '1', scale_max: '5' };
  if (kind === 'number') return { integer: 'on' };
  if (kind === 'text') return { multiline: 'on', max_length: '2000' };
  return {};
}

export interface ReadQuestion {
  question: Question | null;
  errors: FieldMessages;
}

/**
 * A question from the posted form. `base` is the question being edited (null for a new one); `taken`
 * the other questions' keys. Problems come back keyed by the form's field names, in the page's language.
 */
export function questionFromValues(t: Messages, kind: QuestionKind, v: Values, opts: { base: Question | null; taken: string[]; textsOnly: boolean }): ReadQuestion {
  const errors: FieldMessages = {};
  const refuse = (field: string, text: string) => (errors[field] ??= []).push({ text, english: false });
  const { base, textsOnly } = opts;

  const text = localized(v, 'text');
  if (!text?.nb) refuse('text.nb', t.needNb);
  const key = textsOnly && base ? base.key : (v.key ?? '').trim() || uniqueKey(suggestKey(text?.nb ?? ''), opts.taken);
  if (!/^[a-z][a-z0-9_]{0,39}$/.test(key)) refuse('key', t.badKey);
  else if (opts.taken.includes(key)) refuse('key', t.keyTaken(key));

  const list = (name: string, min: number, before: Option[] | undefined): Option[] => {
    const nb = lines(v[`${name}.nb`]);
    if (nb.length < min) refuse(`${name}.nb`, t.needLines(min));
    if (textsOnly && before && nb.length !== before.length) refuse(`${name}.nb`, t.keepCount(before.length));
    const others = Object.fromEntries(
      (['nn', 'en'] as const).map((lang) => {
        const l = lines(v[`${name}.${lang}`]);
        if (l.length > 0 && l.length !== nb.length) refuse(`${name}.${lang}`, t.sameCount);
        return [lang, l.length === nb.length ? l : []];
      }),
    ) as Record<'nn' | 'en', string[]>;
    const used: string[] = [];
    return nb.map((label, i) => {
      const optionKey = before?.[i]?.key ?? uniqueKey(suggestKey(label, 'valg'), [...used, ...(before ?? []).map((o) => o.key)]);
      used.push(optionKey);
      const labels: LocalizedText = { nb: label };
      if (others.nn[i]) labels.nn = others.nn[i];
      if (others.en[i]) labels.en = others.en[i];
      return { key: optionKey, label: labels };
    });
  };
  const number = (name: string, whole: boolean): number | undefined => {
    const raw = (v[name] ?? '').trim().replace(',', '.');
    if (raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || (whole && !Number.isInteger(n))) refuse(name, whole ? t.wholeNumber : t.notNumber);
    return n;
  };

  const help = localized(v, 'help');
  const common = {
    key,
    text: text ?? {},
    ...(help ? { help } : {}),
    required: textsOnly && base ? base.required : v.required === 'on',
    illustrative: base?.illustrative ?? false,
    ...conditionOf(textsOnly && base ? base.condition : parseCondition(v.condition)),
  };
  const same = textsOnly && base && base.kind === kind ? base : null;
  let question: Question;
  switch (kind) {
    case 'single_choice':
      question = { ...common, kind, options: list('options', 2, base?.kind === kind ? base.options : undefined) };
      break;
    case 'multiple_choice': {
      const maxChoices = same?.kind === kind ? same.maxChoices : number('max_choices', true);
      question = { ...common, kind, options: list('options', 2, base?.kind === kind ? base.options : undefined), ...(maxChoices === undefined ? {} : { maxChoices }) };
      break;
    }
    case 'rating': {
      const minLabel = localized(v, 'min_label');
      const maxLabel = localized(v, 'max_label');
      if (!minLabel?.nb) refuse('min_label.nb', t.needNb);
      if (!maxLabel?.nb) refuse('max_label.nb', t.needNb);
      const min = same?.kind === kind ? same.scale.min : (number('scale_min', true) ?? 1);
      const max = same?.kind === kind ? same.scale.max : (number('scale_max', true) ?? 5);
      question = { ...common, kind, scale: { min, max, minLabel: minLabel ?? {}, maxLabel: maxLabel ?? {} } };
      break;
    }
    case 'matrix':
      question = { ...common, kind, rows: list('rows', 1, base?.kind === kind ? base.rows : undefined), columns: list('columns', 2, base?.kind === kind ? base.columns : undefined) };
      break;
    case 'number': {
      const unit = localized(v, 'unit');
      const min = same?.kind === kind ? same.min : number('min', false);
      const max = same?.kind === kind ? same.max : number('max', false);
      const integer = same?.kind === kind ? same.integer : v.integer === 'on';
      question = { ...common, kind, integer, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), ...(unit ? { unit } : {}) };
      break;
    }
    case 'text': {
      const maxLength = same?.kind === kind ? same.maxLength : (number('max_length', true) ?? 2000);
      question = { ...common, kind, maxLength, multiline: same?.kind === kind ? same.multiline : v.multiline === 'on' };
      break;
    }
  }
  return { question: Object.keys(errors).length > 0 ? null : question, errors };
}

function parseCondition(value: string | undefined): Question['condition'] {
  const match = /^([a-z][a-z0-9_]*)=(.+)$/.exec((value ?? '').trim());
  if (!match) return undefined;
  const equals = /^-?\d+$/.test(match[2]!) ? Number(match[2]) : match[2]!;
  return { questionKey: match[1]!, equals };
}

const conditionOf = (condition: Question['condition']) => (condition ? { condition } : {});

/** A value a condition can choose: `key=value`, shown under the question's text. */
export interface ConditionGroup {
  question: Question;
  values: { value: string; label: LocalizedText | string }[];
}

/** The earlier questions a condition may depend on (choices and scales), with the values each can have. */
export function conditionChoices(sections: Section[], before: string | null): ConditionGroup[] {
  const groups: ConditionGroup[] = [];
  for (const q of sections.flatMap((s) => s.questions)) {
    if (q.key === before) break;
    if (q.kind === 'single_choice' || q.kind === 'multiple_choice') {
      groups.push({ question: q, values: q.options.map((o) => ({ value: `${q.key}=${o.key}`, label: o.label })) });
    } else if (q.kind === 'rating') {
      const values = [];
      for (let n = q.scale.min; n <= q.scale.max; n++) values.push({ value: `${q.key}=${n}`, label: String(n) });
      groups.push({ question: q, values });
    }
  }
  return groups;
}

const FIELD_OF: Record<string, string> = { maxChoices: 'max_choices', maxLength: 'max_length', condition: 'condition', key: 'key', min: 'min', max: 'max', required: 'required' };

/**
 * The command's errors (keyed by the place in the JSON, `sections.0.questions.2.key`) at the form's
 * fields: those under one of `prefixes` (the question, then its section) go to its fields, the rest to
 * the form as a whole, still naming their place.
 */
export function errorsAtFields(errors: FieldMessages, prefixes: string[]): FieldMessages {
  const out: FieldMessages = {};
  for (const [path, list] of Object.entries(errors)) {
    const prefix = prefixes.find((x) => path === x || path.startsWith(`${x}.`));
    const field = prefix === undefined ? 'form' : fieldOf(path.slice(prefix.length + 1).split('.'));
    const messages = field === 'form' ? list.map((m) => ({ ...m, text: `${path}: ${m.text}` })) : list;
    (out[field] ??= []).push(...messages);
  }
  return out;
}

const lang = (part: string | undefined) => (LANGS.includes(part as never) ? part! : 'nb');

function fieldOf(parts: string[]): string {
  const [head = '', second, third] = parts;
  if (['text', 'help', 'title', 'intro', 'unit'].includes(head)) return `${head}.${lang(second)}`;
  if (['options', 'rows', 'columns'].includes(head)) return `${head}.${lang(parts[parts.length - 1])}`;
  if (head === 'scale') {
    if (second === 'minLabel') return `min_label.${lang(third)}`;
    if (second === 'maxLabel') return `max_label.${lang(third)}`;
    return second === 'min' ? 'scale_min' : 'scale_max';
  }
  return FIELD_OF[head] ?? 'form';
}
