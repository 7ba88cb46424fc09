import { ValidationError, type FieldErrors } from '../../platform/errors';
import { questionsOf, type Question, type Section } from './survey-definition';
import type { AnswerValue, Answers } from './queries/views';

/**
 * Checking answers against a definition. Errors are keyed by question key (a matrix row by
 * `key.row`) and say what to do, in English for the API; the form shows its own text per language.
 * Answers to questions whose condition is not met are dropped: without JavaScript the form shows every
 * question, and a respondent who filled one in needlessly has done nothing wrong.
 */

/** Whether a condition shows `question`, given the answers so far. */
export function isQuestionShown(question: Question, answers: Answers): boolean {
  if (!question.condition) return true;
  const given = answers[question.condition.questionKey];
  const wanted = question.condition.equals;
  if (Array.isArray(given)) return given.includes(String(wanted));
  return given !== undefined && String(given) === String(wanted);
}

const isBlank = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/**
 * The answers to keep, checked. `complete` (a response being sent) also demands the required answers;
 * a draft may be partial. Unknown keys are refused, so a misspelt key in the API is not lost silently.
 */
export function checkAnswers(sections: Section[], raw: Record<string, unknown>, complete: boolean): Answers {
  const errors: FieldErrors = {};
  const questions = questionsOf(sections);
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(raw)) if (!known.has(key)) errors[key] = ['is not a question of this survey'];

  const answers: Answers = {};
  for (const q of questions) {
    if (!isQuestionShown(q, answers)) continue;
    const value = raw[q.key];
    if (isBlank(value)) {
      if (complete && q.required) errors[q.key] = [requiredMessage(q)];
      continue;
    }
    const result = checkOne(q, value, complete);
    if ('errors' in result) Object.assign(errors, result.errors);
    else answers[q.key] = result.value;
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors, 'Some answers are missing or not valid.');
  return answers;
}

function requiredMessage(q: Question): string {
  switch (q.kind) {
    case 'multiple_choice':
      return 'choose at least one';
    case 'text':
    case 'number':
      return 'must be answered';
    case 'matrix':
      return 'answer every row';
    default:
      return 'choose one';
  }
}

type Checked = { value: AnswerValue } | { errors: FieldErrors };

function checkOne(q: Question, value: unknown, complete: boolean): Checked {
  const fail = (message: string): Checked => ({ errors: { [q.key]: [message] } });
  switch (q.kind) {
    case 'single_choice': {
      const keys = q.options.map((o) => o.key);
      return typeof value === 'string' && keys.includes(value) ? { value } : fail(`must be one of: ${keys.join(', ')}`);
    }
    case 'multiple_choice': {
      const keys = q.options.map((o) => o.key);
      const list = Array.isArray(value) ? value : [value];
      if (!list.every((v) => typeof v === 'string' && keys.includes(v))) return fail(`each choice must be one of: ${keys.join(', ')}`);
      const unique = [...new Set(list as string[])];
      if (q.maxChoices && unique.length > q.maxChoices) return fail(`choose at most ${q.maxChoices}`);
      return { value: keys.filter((k) => unique.includes(k)) };
    }
    case 'rating': {
      const n = toNumber(value);
      return n !== null && Number.isInteger(n) && n >= q.scale.min && n <= q.scale.max
        ? { value: n }
        : fail(`must be a whole number from ${q.scale.min} to ${q.scale.max}`);
    }
    case 'number': {
      const n = toNumber(value);
      if (n === null) return fail('must be a number');
      if (q.integer && !Number.isInteger(n)) return fail('must be a whole number');
      if (q.min !== undefined && n < q.min) return fail(`must be at least ${q.min}`);
      if (q.max !== undefined && n > q.max) return fail(`must be at most ${q.max}`);
      return { value: n };
    }
    case 'text': {
      if (typeof value !== 'string') return fail('must be text');
      const text = value.trim();
      return text.length > q.maxLength ? fail(`must be at most ${q.maxLength} characters`) : { value: text };
    }
    case 'matrix': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('must be an object with one answer per row');
      const given = value as Record<string, unknown>;
      const columns = q.columns.map((c) => c.key);
      const errors: FieldErrors = {};
      const out: Record<string, string> = {};
      for (const rowKey of Object.keys(given)) if (!q.rows.some((r) => r.key === rowKey)) errors[`${q.key}.${rowKey}`] = ['is not a row of this question'];
      for (const row of q.rows) {
        const v = given[row.key];
        if (isBlank(v)) {
          if (complete && q.required) errors[`${q.key}.${row.key}`] = ['choose one'];
        } else if (typeof v === 'string' && columns.includes(v)) out[row.key] = v;
        else errors[`${q.key}.${row.key}`] = [`must be one of: ${columns.join(', ')}`];
      }
      if (Object.keys(errors).length > 0) return { errors };
      return Object.keys(out).length > 0 ? { value: out } : { errors: {} };
    }
  }
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+([.,]\d+)?$/.test(value.trim())) return Number(value.trim().replace(',', '.'));
  return null;
}

/**
 * Answers from a posted form (`c.req.parseBody({ all: true })`): field `q.<key>` for a question
 * (repeated for multiple choice), `q.<key>.<row>` for a matrix row. Blank fields are left out.
 */
export function answersFromForm(sections: Section[], body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  for (const q of questionsOf(sections)) {
    const name = `q.${q.key}`;
    if (q.kind === 'matrix') {
      const rows: Record<string, unknown> = {};
      for (const row of q.rows) {
        const v = first(body[`${name}.${row.key}`]);
        if (typeof v === 'string' && v !== '') rows[row.key] = v;
      }
      if (Object.keys(rows).length > 0) out[q.key] = rows;
    } else if (q.kind === 'multiple_choice') {
      const v = body[name];
      const list = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string' && x !== '');
      if (list.length > 0) out[q.key] = list;
    } else {
      const v = first(body[name]);
      if (typeof v === 'string' && v.trim() !== '') out[q.key] = v;
    }
  }
  return out;
}
