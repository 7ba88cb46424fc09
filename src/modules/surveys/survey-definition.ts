import { z } from 'zod';

/**
 * The survey definition format: what the builder saves, what import and export exchange as JSON, and
 * what answers are checked against. Documented in docs/survey-definition.md; its JSON Schema is served
 * at /api/v1/surveys/definition-schema.json (generated from this file, so the two cannot drift).
 * Plain zod without transforms, so that `z.toJSONSchema` can describe all of it.
 */

const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a key of lower-case letters a–z, digits and _, starting with a letter, for example kjennskap_1');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Text in bokmål, nynorsk and English; at least one of them. */
export const localizedText = (max = 2000) =>
  z
    .strictObject({ nb: text(max).optional(), nn: text(max).optional(), en: text(max).optional() })
    .refine((t) => Boolean(t.nb || t.nn || t.en), 'must be given in at least one language (nb, nn or en)')
    .meta({ description: 'Text in bokmål (nb), nynorsk (nn) and English (en); at least one.' });

export const QUESTION_KINDS = ['single_choice', 'multiple_choice', 'rating', 'matrix', 'number', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const ANONYMITY_PROMISES = ['anonymous', 'confidential', 'named'] as const;
export type AnonymityPromise = (typeof ANONYMITY_PROMISES)[number];

const option = z.strictObject({ key, label: localizedText(300) });

const condition = z
  .strictObject({
    questionKey: key.meta({ description: 'An earlier question.' }),
    equals: z.union([z.string().max(40), z.number()]).meta({
      description: 'The answer that shows this question: an option key (for multiple choice: one of the chosen), or a number.',
    }),
  })
  .meta({ description: 'Ask this question only when an earlier answer has this value.' });

const common = {
  key: key.meta({ description: 'Stable key of the question; answers and results refer to it. Unique in the survey.' }),
  text: localizedText(1000),
  help: localizedText(2000).optional(),
  required: z.boolean().default(false),
  condition: condition.optional(),
  illustrative: z.boolean().default(false).meta({ description: 'True when the wording is ours, not the source’s (demo data).' }),
};

const scale = z
  .strictObject({
    min: z.number().int().min(0).max(10),
    max: z.number().int().min(1).max(10),
    minLabel: localizedText(200),
    maxLabel: localizedText(200),
  })
  .refine((s) => s.max > s.min, { message: 'max must be greater than min', path: ['max'] });

export const questionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('single_choice'), options: z.array(option).min(2).max(30) }),
  z.strictObject({
    ...common,
    kind: z.literal('multiple_choice'),
    options: z.array(option).min(2).max(30),
    maxChoices: z.number().int().min(1).optional(),
  }),
  z.strictObject({ ...common, kind: z.literal('rating'), scale }),
  z.strictObject({
    ...common,
    kind: z.literal('matrix'),
    rows: z.array(option).min(1).max(30).meta({ description: 'What is rated, e.g. the focus areas.' }),
    columns: z.array(option).min(2).max(11).meta({ description: 'The answer for each row, in scale order.' }),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(true),
    unit: localizedText(40).optional(),
  }),
  z.strictObject({ ...common, kind: z.literal('text'), maxLength: z.number().int().min(1).max(10_000).default(2000), multiline: z.boolean().default(true) }),
]);
export type Question = z.output<typeof questionSchema>;

export const sectionSchema = z.strictObject({
  key,
  title: localizedText(300),
  intro: localizedText(4000).optional(),
  questions: z.array(questionSchema).min(1).max(100),
});
export type Section = z.output<typeof sectionSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** The whole survey as exchanged in JSON (import/export). */
export const surveyDefinitionSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal('samrad-survey/1').meta({ description: 'The format and its version.' }),
    title: localizedText(300),
    intro: localizedText(4000).optional(),
    audience: localizedText(2000).optional(),
    sourceNote: localizedText(4000).optional(),
    language: z.enum(['nb', 'nn', 'en']).default('nb').meta({ description: 'The language of the e-mails.' }),
    anonymity: z.enum(ANONYMITY_PROMISES).meta({
      description:
        'The promise to respondents: anonymous (answers cannot be linked to anyone), confidential (the secretariat can see ' +
        'who answered, never shown in results) or named.',
    }),
    opensOn: isoDate,
    closesOn: isoDate,
    openLink: z.boolean().default(true).meta({ description: 'Whether anyone with the survey’s open link may answer, stating role and municipality.' }),
    sections: z.array(sectionSchema).min(1).max(30),
  })
  .superRefine(checkStructure)
  .meta({ title: 'Samråd survey definition', id: 'samrad-survey-1' });

export type SurveyDefinition = z.output<typeof surveyDefinitionSchema>;
export type SurveyDefinitionInput = z.input<typeof surveyDefinitionSchema>;

/** Keys unique, conditions pointing back to an earlier question and to a value it can have, dates in order. */
function checkStructure(d: { opensOn: string; closesOn: string; sections: Section[] }, ctx: z.RefinementCtx) {
  if (d.closesOn < d.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'must be on or after opensOn' });
  const sectionKeys = new Set<string>();
  const seen = new Map<string, Question>();
  d.sections.forEach((section, s) => {
    if (sectionKeys.has(section.key)) ctx.addIssue({ code: 'custom', path: ['sections', s, 'key'], message: `the section key ${section.key} is used twice` });
    sectionKeys.add(section.key);
    section.questions.forEach((q, i) => {
      const path = ['sections', s, 'questions', i];
      if (seen.has(q.key)) ctx.addIssue({ code: 'custom', path: [...path, 'key'], message: `the question key ${q.key} is used twice` });
      for (const [list, name] of listsOf(q)) {
        const keys = list.map((o) => o.key);
        if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: [...path, name], message: 'option keys must be unique' });
      }
      if (q.kind === 'number' && q.min !== undefined && q.max !== undefined && q.max < q.min) {
        ctx.addIssue({ code: 'custom', path: [...path, 'max'], message: 'must be at least min' });
      }
      if (q.condition) {
        const target = seen.get(q.condition.questionKey);
        const problem = !target
          ? `must name an earlier question; ${q.condition.questionKey} is not asked before this one`
          : conditionValueProblem(target, q.condition.equals);
        if (problem) ctx.addIssue({ code: 'custom', path: [...path, 'condition'], message: problem });
      }
      seen.set(q.key, q);
    });
  });
}

function listsOf(q: Question): [{ key: string }[], string][] {
  if (q.kind === 'single_choice' || q.kind === 'multiple_choice') return [[q.options, 'options']];
  if (q.kind === 'matrix') return [[q.rows, 'rows'], [q.columns, 'columns']];
  return [];
}

function conditionValueProblem(target: Question, equals: string | number): string | null {
  switch (target.kind) {
    case 'single_choice':
    case 'multiple_choice':
      return target.options.some((o) => o.key === equals) ? null : `equals must be one of the options of ${target.key}: ${target.options.map((o) => o.key).join(', ')}`;
    case 'rating':
      return typeof equals === 'number' && equals >= target.scale.min && equals <= target.scale.max
        ? null
        : `equals must be a number from ${target.scale.min} to ${target.scale.max}`;
    case 'number':
      return typeof equals === 'number' ? null : 'equals must be a number';
    default:
      return `a condition cannot depend on a ${target.kind} question (${target.key})`;
  }
}

/** Every question in order, with its section. */
export function questionsOf(sections: Section[]): Question[] {
  return sections.flatMap((s) => s.questions);
}

/**
 * The definition without its texts: after the first response only texts may change, so this part
 * must stay the same (answers already given refer to these keys and values).
 */
export function structureOf(sections: Section[]): string {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (['text', 'help', 'title', 'intro', 'label', 'minLabel', 'maxLabel', 'unit', 'illustrative'].includes(k)) continue;
        out[k] = strip(v);
      }
      return out;
    }
    return value;
  };
  return JSON.stringify(strip(sections));
}

/** The JSON Schema of the format (draft 2020-12). */
export function surveyDefinitionJsonSchema() {
  return z.toJSONSchema(surveyDefinitionSchema, { io: 'input', unrepresentable: 'any' });
}
