import { VESTREGIONEN_SURVEY } from '../../../src/demo/surveys';
import { isQuestionShown, questionsOf, RESPONDENT_ROLE_KEYS, surveyDefinitionSchema, type Question } from '../../../src/modules/surveys';
import { createTextGenerator, type TextGenerator } from '../norwegian-text';
import { Random } from '../random';
import type { Writer } from '../target';
import { shares } from './year-model';
import { CREATED_AT, GENERATED_NOTE, INVITED_ROLES, personId } from './frame';
import type { World } from '../world';

/**
 * Surveys as the surveys module stores them: the definition (the demo's questions, which are marked
 * illustrative), invitations to the members' mayors, deputy mayors, chief executives and heads of
 * department (roles, never names), and responses whose answers are JSON, counted one per question
 * answered. The last few surveys are open until 2030 through the open link, for the write benchmark.
 */
export function surveyCount(scale: number): number {
  return Math.max(2, Math.round(200 * scale));
}
export function answerCount(scale: number): number {
  return Math.round(500_000 * scale);
}

/** Surveys open for answers: the benchmark posts responses to them. */
export const OPEN_UNTIL = '2030-12-31';

export async function writeSurveys(w: Writer, world: World, seed: number, scale: number, tick: (n: number) => void): Promise<Record<string, number>> {
  const r = Random.fork(seed, 'surveys');
  const g = createTextGenerator(Random.fork(seed, 'survey-text'), world.placeNames);
  const definition = surveyDefinitionSchema.parse(VESTREGIONEN_SURVEY);
  const questions = questionsOf(definition.sections);
  const count = surveyCount(scale);
  const targets = shares(answerCount(scale), Array(count).fill(1));
  const municipalityIndex = new Map(world.municipalities.map((m, i) => [m.code, i]));

  let surveyId = await w.nextId('surveys');
  let invitationId = await w.nextId('survey_invitations');
  let invitationTotal = 0;
  let responseTotal = 0;
  let answerTotal = 0;
  for (let s = 0; s < count; s++) {
    const id = surveyId++;
    const cooperation = world.cooperations[s % world.cooperations.length]!;
    const open = s >= count - Math.max(1, Math.round(count * 0.05));
    const year = open ? 2025 : 2016 + (s % 10);
    const opensOn = `${year}-${open ? '09' : String(r.between(1, 9)).padStart(2, '0')}-01`;
    const closesOn = open ? OPEN_UNTIL : `${year}-${String(Number(opensOn.slice(5, 7)) + 2).padStart(2, '0')}-15`;
    const anonymity = open ? 'anonymous' : r.pick(['anonymous', 'anonymous', 'confidential', 'named'] as const);
    const title = { nb: `Bench-undersøkelse ${s + 1}`, nn: `Bench-undersøking ${s + 1}`, en: `Bench survey ${s + 1}` };
    await w.insert(SURVEY_TABLE, SURVEY_COLUMNS, [[
      id, cooperation.id, JSON.stringify(title), JSON.stringify(definition.intro ?? {}), JSON.stringify(definition.audience ?? {}), GENERATED_NOTE, 'nb', anonymity,
      open ? 'open' : 'closed', opensOn, closesOn, open ? null : closesOn, 1, open ? 0 : 1, 1, JSON.stringify(definition.sections), CREATED_AT, CREATED_AT,
    ]]);

    // Invitations: four roles in each member municipality (county authorities answer by open link).
    const codes = cooperation.current.filter((c) => municipalityIndex.has(c));
    const invitations: { id: number; code: string; role: string; row: unknown[] }[] = [];
    for (const code of codes) {
      INVITED_ROLES.forEach((role, j) => {
        const iid = invitationId++;
        invitations.push({ id: iid, code, role: role.key, row: [iid, id, personId(municipalityIndex.get(code)!, j), `${role.key.replace(/_/g, '-')}.${code}@bench.invalid`, role.key, code, `${opensOn}T08:00:00.000Z`, `${opensOn}T08:00:00.000Z`] });
      });
    }

    const responses: unknown[][] = [];
    const responded = new Map<number, string>();
    let remaining = targets[s]!;
    while (remaining > 0) {
      const answers = answersFor(r, g, questions);
      const keys = Object.keys(answers);
      // The survey's share is exact: the last response gives only as many answers as are left.
      for (const key of keys.slice(remaining)) delete answers[key];
      remaining -= Math.min(keys.length, remaining);
      const viaInvitation = anonymity !== 'anonymous' && responded.size < invitations.length && r.chance(0.7);
      const invitation = viaInvitation ? invitations[responded.size]! : null;
      const day = `${opensOn.slice(0, 8)}${String(r.between(1, 28)).padStart(2, '0')}`;
      if (invitation) responded.set(invitation.id, day);
      const code = invitation?.code ?? r.pick(cooperation.current);
      const role = invitation?.role ?? r.pick(RESPONDENT_ROLE_KEYS);
      responses.push([
        hexId(r), id, role, code, invitation ? 'invitation' : 'open_link', JSON.stringify(answers), invitation?.id ?? null,
        anonymity === 'anonymous' ? null : `${day}T12:00:00.000Z`, 1,
      ]);
      answerTotal += Object.keys(answers).length;
    }
    await w.insert(
      'survey_invitations',
      ['id', 'survey_id', 'person_id', 'email', 'role', 'municipality_code', 'created_at', 'sent_at', 'responded_on'],
      invitations.map((i) => [...i.row, responded.get(i.id) ?? null]),
    );
    await w.insert('survey_responses', ['id', 'survey_id', 'role', 'municipality_code', 'channel', 'answers', 'invitation_id', 'submitted_at', 'is_synthetic'], responses);
    invitationTotal += invitations.length;
    responseTotal += responses.length;
    tick(targets[s]!);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { surveys: count, survey_invitations: invitationTotal, survey_responses: responseTotal, survey_answers: answerTotal };
}

const SURVEY_TABLE = 'surveys';
const SURVEY_COLUMNS = [
  'id', 'cooperation_id', 'title', 'intro', 'audience', 'source_note', 'language', 'anonymity',
  'status', 'opens_on', 'closes_on', 'closed_on', 'open_link', 'results_public', 'is_synthetic', 'definition', 'created_at', 'updated_at',
];

/** One respondent's answers: required questions always, the others about two times in three. */
function answersFor(r: Random, g: TextGenerator, questions: Question[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of questions) {
    if (!isQuestionShown(q, answers as never)) continue;
    if (!q.required && !r.chance(q.kind === 'text' ? 0.15 : 0.65)) continue;
    answers[q.key] = valueFor(r, g, q);
  }
  return answers;
}

function valueFor(r: Random, g: TextGenerator, q: Question): unknown {
  switch (q.kind) {
    case 'single_choice':
      return r.pick(q.options).key;
    case 'multiple_choice':
      return r.sample(q.options, r.between(1, q.maxChoices ?? q.options.length)).map((o) => o.key);
    case 'rating':
      return r.between(q.scale.min, q.scale.max);
    case 'matrix':
      return Object.fromEntries(q.rows.map((row) => [row.key, r.pick(q.columns).key]));
    case 'number':
      return r.between(q.min ?? 0, Math.min(q.max ?? 20, 20));
    case 'text':
      return g.sentence();
  }
}

/** A random text id, as the module gives responses (it reveals nothing about order). */
function hexId(r: Random): string {
  let out = '';
  for (let i = 0; i < 4; i++) out += Math.floor(r.next() * 0x100000000).toString(16).padStart(8, '0');
  return out;
}
