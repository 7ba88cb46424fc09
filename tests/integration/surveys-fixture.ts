import { systemActor, type Actor } from '../../src/platform/authz';
import { execute } from '../../src/platform/command';
import type { Db } from '../../src/platform/db/database';
import { addMembership, createCooperation } from '../../src/modules/cooperations';
import { addSeat, createBody, createPerson } from '../../src/modules/people';
import { createSurvey, openSurvey, type SurveyDefinitionInput } from '../../src/modules/surveys';

// A small world for the surveys' tests: a cooperation of three municipalities, a body whose seats are
// held by persons with e-mail addresses, and a survey with each kind of question.

export const seed = systemActor('seed');
export const MEMBERS = ['0220', '0219', '0602'] as const;

export async function surveyWorld(db: Db, slug = 'testsamarbeidet') {
  const cooperation = await execute(db, createCooperation, seed, { slug, name: 'Testsamarbeidet', legal_form: 'agreement', status: 'active' });
  for (const code of MEMBERS) await execute(db, addMembership, seed, { cooperation_id: cooperation.id, member_code: code, start_on: '2017-01-01' });
  const body = await execute(db, createBody, seed, {
    cooperation_id: cooperation.id,
    slug: 'styringsgruppen',
    name: { nb: 'Styringsgruppen' },
    kind: 'political',
  });
  const persons: { id: number; email: string | null; office: string; code: string }[] = [];
  let n = 0;
  for (const code of MEMBERS) {
    for (const office of ['mayor', 'deputy_mayor', 'chief_executive', 'head_of_department'] as const) {
      n++;
      // One head of department has no address: counted, not invited.
      const email = code === '0602' && office === 'head_of_department' ? null : `person${n}@example.test`;
      const person = await execute(db, createPerson, seed, { name: `Testperson ${n}`, email });
      await execute(db, addSeat, seed, { body_id: body.id, person_id: person.id, on_behalf_of_code: code, office, start_on: '2017-01-01' });
      persons.push({ id: person.id, email, office, code });
    }
  }
  return { cooperationId: cooperation.id, bodyId: body.id, persons };
}

/** A survey with one question of each kind, one required, one shown only on an answer. */
export function definition(overrides: Partial<SurveyDefinitionInput> = {}): SurveyDefinitionInput {
  return {
    format: 'samrad-survey/1',
    title: { nb: 'Kjennskap og nytte', en: 'Knowledge and usefulness' },
    anonymity: 'anonymous',
    opensOn: '2017-10-02',
    closesOn: '2099-12-31',
    sections: [
      {
        key: 'kjennskap',
        title: { nb: 'Kjennskap' },
        questions: [
          {
            key: 'kjenner',
            kind: 'single_choice',
            text: { nb: 'Hvor godt kjenner du arbeidet?' },
            required: true,
            options: [
              { key: 'godt', label: { nb: 'Godt' } },
              { key: 'litt', label: { nb: 'Litt' } },
              { key: 'ikke', label: { nb: 'Ikke' } },
            ],
          },
          {
            key: 'hvorfor_ikke',
            kind: 'text',
            text: { nb: 'Hvorfor ikke?' },
            required: true,
            condition: { questionKey: 'kjenner', equals: 'ikke' },
          },
          {
            key: 'kanaler',
            kind: 'multiple_choice',
            text: { nb: 'Hvor har du hørt om arbeidet?' },
            options: [
              { key: 'moter', label: { nb: 'Møter' } },
              { key: 'nettsted', label: { nb: 'Nettstedet' } },
              { key: 'kolleger', label: { nb: 'Kolleger' } },
            ],
          },
        ],
      },
      {
        key: 'nytte',
        title: { nb: 'Nytte' },
        questions: [
          {
            key: 'samlet',
            kind: 'rating',
            text: { nb: 'Hvor nyttig er samarbeidet samlet sett?' },
            scale: { min: 1, max: 5, minLabel: { nb: 'Ikke nyttig' }, maxLabel: { nb: 'Svært nyttig' } },
          },
          {
            key: 'omrader',
            kind: 'matrix',
            text: { nb: 'Hvor nyttig er innsatsområdene?' },
            required: true,
            rows: [
              { key: 'helse', label: { nb: 'Helse' } },
              { key: 'kultur', label: { nb: 'Kultur' } },
            ],
            columns: [
              { key: 'lite', label: { nb: 'Lite' } },
              { key: 'noe', label: { nb: 'Noe' } },
              { key: 'mye', label: { nb: 'Mye' } },
            ],
          },
          { key: 'moter_i_aret', kind: 'number', text: { nb: 'Hvor mange møter deltok du på?' }, min: 0, max: 50 },
          { key: 'kommentar', kind: 'text', text: { nb: 'Kommentar' }, maxLength: 500 },
        ],
      },
    ],
    ...overrides,
  };
}

export const goodAnswers = { kjenner: 'godt', kanaler: ['moter'], samlet: 4, omrader: { helse: 'mye', kultur: 'noe' } };

/** A survey of the world's cooperation, opened; returns its id. */
export async function openedSurvey(db: Db, cooperationId: number, overrides: Partial<SurveyDefinitionInput> = {}, actor: Actor = seed) {
  const { id } = await execute(db, createSurvey, actor, { cooperation_id: cooperationId, definition: definition(overrides) });
  await execute(db, openSurvey, actor, { survey_id: id });
  return id;
}
