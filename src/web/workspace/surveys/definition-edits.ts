import type { Question, Section } from '../../../modules/surveys';
import type { LocalizedText } from '../../../platform/i18n';

/**
 * The question builder's changes to a survey's sections, as pure functions: each takes the current
 * sections and gives new ones (or refuses with a reason the page puts in words). The handler then saves
 * the result with `saveDefinition`, which checks the whole definition again.
 *
 * The definition format has no empty sections (a section has at least one question), so a section is
 * added together with its first question, and removing a section's last question removes the section.
 */

export type EditRefusal = 'unknown' | 'notEmpty' | 'lastQuestion' | 'dependedOn' | 'edge' | 'conditionOrder';

export class EditRefused extends Error {
  constructor(
    readonly reason: EditRefusal,
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}

const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', é: 'e', è: 'e', ü: 'u', ö: 'o', ä: 'a' };

/** A key from a text ("Hvor godt kjenner du …?" → hvor_godt_kjenner_du): lower case a–z, digits and _. */
export function suggestKey(text: string, fallback = 'sporsmal'): string {
  const folded = text
    .toLowerCase()
    .replace(/[æøåéèüöä]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const words = folded.split('_').filter(Boolean);
  let key = '';
  for (const word of words) {
    const next = key ? `${key}_${word}` : word;
    if (next.length > 30) break;
    key = next;
  }
  if (!key) key = folded.slice(0, 30);
  if (!key) return fallback;
  return /^[a-z]/.test(key) ? key : `${fallback.slice(0, 8)}_${key}`.slice(0, 40);
}

/** `base`, or `base_2`, `base_3` … whichever is not taken yet. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 40 - String(n).length - 1)}_${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export function questionKeys(sections: Section[]): string[] {
  return sections.flatMap((s) => s.questions.map((q) => q.key));
}

/** Where a question is: [section index, question index]; refuses an unknown key. */
export function locate(sections: Section[], key: string): [number, number] {
  for (const [s, section] of sections.entries()) {
    const i = section.questions.findIndex((q) => q.key === key);
    if (i >= 0) return [s, i];
  }
  throw new EditRefused('unknown', key);
}

function sectionIndex(sections: Section[], key: string): number {
  const s = sections.findIndex((x) => x.key === key);
  if (s < 0) throw new EditRefused('unknown', key);
  return s;
}

const withQuestions = (section: Section, questions: Question[]): Section => ({ ...section, questions });

/** A new section at the end, with its first question; its key comes from its title. */
export function addSection(sections: Section[], title: LocalizedText, first: Question): Section[] {
  const key = uniqueKey(suggestKey(title.nb ?? title.nn ?? title.en ?? '', 'del'), sections.map((s) => s.key));
  return [...sections, { key, title, questions: [first] }];
}

export function renameSection(sections: Section[], key: string, title: LocalizedText, intro?: LocalizedText): Section[] {
  const s = sectionIndex(sections, key);
  return sections.map((section, i) => {
    if (i !== s) return section;
    const { intro: _old, ...rest } = section;
    return intro ? { ...rest, title, intro } : { ...rest, title };
  });
}

/** Removes a section that has no questions (any other is refused: remove its questions first). */
export function removeSection(sections: Section[], key: string): Section[] {
  const s = sectionIndex(sections, key);
  if (sections[s]!.questions.length > 0) throw new EditRefused('notEmpty', key);
  return sections.filter((_, i) => i !== s);
}

/** A question added at the end of a section. */
export function addQuestion(sections: Section[], sectionKey: string, question: Question): Section[] {
  const s = sectionIndex(sections, sectionKey);
  return sections.map((section, i) => (i === s ? withQuestions(section, [...section.questions, question]) : section));
}

/** A question replaced where it stands; conditions on its old key follow a new key. */
export function replaceQuestion(sections: Section[], key: string, question: Question): Section[] {
  const [s, at] = locate(sections, key);
  const follow = (q: Question): Question =>
    q.condition && q.condition.questionKey === key && question.key !== key ? { ...q, condition: { ...q.condition, questionKey: question.key } } : q;
  return sections.map((section, i) =>
    withQuestions(
      section,
      section.questions.map((q, j) => (i === s && j === at ? question : follow(q))),
    ),
  );
}

/** Removes a question (and its section when it was the last there); refused while another depends on it. */
export function removeQuestion(sections: Section[], key: string): Section[] {
  const [s, at] = locate(sections, key);
  const dependent = sections.flatMap((x) => x.questions).find((q) => q.condition?.questionKey === key);
  if (dependent) throw new EditRefused('dependedOn', dependent.key);
  const section = sections[s]!;
  if (section.questions.length === 1) {
    if (sections.length === 1) throw new EditRefused('lastQuestion', key);
    return sections.filter((_, i) => i !== s);
  }
  return sections.map((x, i) => (i === s ? withQuestions(x, x.questions.filter((_, j) => j !== at)) : x));
}

/**
 * Moves a question one place up or down. At the edge of its section it moves into the neighbouring
 * one, unless it is the only question there. Refused when a condition would then point forward.
 */
export function moveQuestion(sections: Section[], key: string, direction: 'up' | 'down'): Section[] {
  const [s, at] = locate(sections, key);
  const section = sections[s]!;
  const question = section.questions[at]!;
  const step = direction === 'up' ? -1 : 1;
  const target = at + step;
  let next: Section[];
  if (target >= 0 && target < section.questions.length) {
    const questions = [...section.questions];
    questions[at] = questions[target]!;
    questions[target] = question;
    next = sections.map((x, i) => (i === s ? withQuestions(x, questions) : x));
  } else {
    const other = s + step;
    if (other < 0 || other >= sections.length || section.questions.length === 1) throw new EditRefused('edge', key);
    next = sections.map((x, i) => {
      if (i === s) return withQuestions(x, x.questions.filter((_, j) => j !== at));
      if (i === other) return withQuestions(x, direction === 'up' ? [...x.questions, question] : [question, ...x.questions]);
      return x;
    });
  }
  const problem = conditionOrderProblem(next);
  if (problem) throw new EditRefused('conditionOrder', problem);
  return next;
}

/** The first question whose condition names a question that is not asked before it, or null. */
export function conditionOrderProblem(sections: Section[]): string | null {
  const seen = new Set<string>();
  for (const q of sections.flatMap((x) => x.questions)) {
    if (q.condition && !seen.has(q.condition.questionKey)) return q.key;
    seen.add(q.key);
  }
  return null;
}

/** Whether the question can be moved up / down at all (the page offers only the buttons that work). */
export function canMove(sections: Section[], key: string, direction: 'up' | 'down'): boolean {
  try {
    moveQuestion(sections, key, direction);
    return true;
  } catch {
    return false;
  }
}
