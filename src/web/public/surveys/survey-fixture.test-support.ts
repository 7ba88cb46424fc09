import { getCooperationBySlug } from '../../../modules/cooperations';
import { addSeat, createBody, createPerson } from '../../../modules/people';
import { createSurvey, inviteAudience, openSurvey, publishResults, submitResponse, type SurveyDefinitionInput } from '../../../modules/surveys';
import { systemActor } from '../../../platform/authz';
import { execute } from '../../../platform/command';
import type { Db } from '../../../platform/db/database';
import { todayInOslo } from '../../../platform/i18n';

/**
 * A survey for the tests of the survey pages (module tests and browser tests): open today in KHS,
 * every question kind, a question asked only when an earlier answer is "Godt" (on the next step), and
 * 19 responses through the open link where Hole × other staff is a cell of 2 with answers nobody else
 * gives ("Lite", rating 1, 19 meetings). One invitation (the mayor of Asker) whose link is returned.
 * Texts are illustrative (test data), and an option label carries markup to prove it is escaped.
 */
const same = (text: string) => ({ nb: text, nn: text, en: text });
const t = (nb: string, nn: string, en: string) => ({ nb, nn, en });

export const HOLE = '3038';
export const LIER = '3049';

export function fixtureDefinition(today = todayInOslo()): SurveyDefinitionInput {
  const closes = new Date(Date.parse(`${today}T12:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  return {
    format: 'samrad-survey/1',
    title: t('Testundersøkelse om samarbeidet', 'Testundersøking om samarbeidet', 'Test survey about the cooperation'),
    intro: t('Illustrasjon: en undersøkelse for testene.', 'Illustrasjon: ei undersøking for testane.', 'Illustrative: a survey for the tests.'),
    audience: t('Ordførere, rådmenn og kommunalsjefer.', 'Ordførarar, rådmenn og kommunalsjefar.', 'Mayors, chief executives and heads of department.'),
    anonymity: 'anonymous',
    opensOn: today,
    closesOn: closes,
    openLink: true,
    sections: [
      {
        key: 'kjennskap',
        title: t('Kjennskap', 'Kjennskap', 'Knowledge'),
        questions: [
          {
            key: 'kjennskap',
            kind: 'single_choice',
            required: true,
            illustrative: true,
            text: t('Hvor godt kjenner du samarbeidet?', 'Kor godt kjenner du samarbeidet?', 'How well do you know the cooperation?'),
            options: [
              { key: 'godt', label: t('Godt', 'Godt', 'Well') },
              { key: 'noe', label: t('Noe', 'Noko', 'Somewhat') },
              { key: 'lite', label: t('<b>Lite</b>', '<b>Lite</b>', '<b>Little</b>') },
            ],
          },
          {
            key: 'nytte',
            kind: 'rating',
            required: true,
            illustrative: true,
            text: t('Hvor nyttig er samarbeidet?', 'Kor nyttig er samarbeidet?', 'How useful is the cooperation?'),
            scale: { min: 1, max: 5, minLabel: t('lite nyttig', 'lite nyttig', 'not useful'), maxLabel: t('svært nyttig', 'svært nyttig', 'very useful') },
          },
          {
            key: 'omrader',
            kind: 'multiple_choice',
            illustrative: true,
            text: t('Hvilke innsatsområder kjenner du?', 'Kva innsatsområde kjenner du?', 'Which focus areas do you know?'),
            options: [
              { key: 'helse', label: t('Helse', 'Helse', 'Health') },
              { key: 'kultur', label: t('Kultur', 'Kultur', 'Culture') },
              { key: 'regional', label: t('Regional utvikling', 'Regional utvikling', 'Regional development') },
            ],
          },
        ],
      },
      {
        key: 'vurdering',
        title: t('Vurdering', 'Vurdering', 'Assessment'),
        questions: [
          {
            key: 'hva_godt',
            kind: 'text',
            illustrative: true,
            multiline: false,
            text: t('Hva kjenner du best til?', 'Kva kjenner du best til?', 'What do you know best?'),
            condition: { questionKey: 'kjennskap', equals: 'godt' },
          },
          {
            key: 'matrise',
            kind: 'matrix',
            illustrative: true,
            text: t('Vurder nytten av hvert område', 'Vurder nytten av kvart område', 'Rate the use of each area'),
            rows: [
              { key: 'helse', label: t('Helse', 'Helse', 'Health') },
              { key: 'kultur', label: t('Kultur', 'Kultur', 'Culture') },
            ],
            columns: [
              { key: 'lav', label: t('Lav', 'Låg', 'Low') },
              { key: 'middels', label: t('Middels', 'Middels', 'Medium') },
              { key: 'hoy', label: t('Høy', 'Høg', 'High') },
            ],
          },
          {
            key: 'moter',
            kind: 'number',
            illustrative: true,
            min: 0,
            max: 20,
            text: t('Hvor mange møter har du vært på?', 'Kor mange møte har du vore på?', 'How many meetings have you attended?'),
          },
        ],
      },
      {
        key: 'slutt',
        title: same('Kommentar'),
        questions: [{ key: 'kommentar', kind: 'text', illustrative: true, text: t('Kommentar', 'Kommentar', 'Comment') }],
      },
    ],
  };
}

const GROUPS: [number, string, string, Record<string, unknown>][] = [
  [6, 'mayor', '3025', { kjennskap: 'godt', nytte: 4, omrader: ['helse', 'kultur'], hva_godt: 'Helse', matrise: { helse: 'hoy', kultur: 'middels' }, moter: 8, kommentar: 'Nyttig samarbeid' }],
  [6, 'chief_executive', '3024', { kjennskap: 'noe', nytte: 3, omrader: ['helse'], matrise: { helse: 'middels', kultur: 'middels' }, moter: 12 }],
  [5, 'head_of_department', LIER, { kjennskap: 'noe', nytte: 3, omrader: ['kultur'], matrise: { helse: 'middels', kultur: 'hoy' }, moter: 4 }],
  [2, 'other_staff', HOLE, { kjennskap: 'lite', nytte: 1, omrader: ['regional'], matrise: { helse: 'lav', kultur: 'lav' }, moter: 19 }],
];

/** Writes the fixture through the commands; returns the survey and the personal link's token. */
export async function seedSurveyFixture(db: Db): Promise<{ surveyId: number; slug: string; token: string }> {
  const actor = systemActor('cli');
  const coop = await getCooperationBySlug(db, 'kommunehelsesamarbeidet');
  if (!coop) throw new Error('The demo cooperation kommunehelsesamarbeidet is missing; seed the demo first.');
  const { id: surveyId } = await execute(db, createSurvey, actor, { cooperation_id: coop.id, definition: fixtureDefinition() });
  await execute(db, openSurvey, actor, { survey_id: surveyId });
  let n = 0;
  for (const [count, role, code, answers] of GROUPS) {
    for (let i = 0; i < count; i++) {
      await execute(db, submitResponse, actor, { survey_id: surveyId, role: role as never, municipality_code: code, idempotency_key: `fixture-key-${String(n++).padStart(8, '0')}`, answers });
    }
  }
  const body = await execute(db, createBody, actor, { cooperation_id: coop.id, slug: `testgruppe-${surveyId}`, name: same('Testgruppe (illustrasjon)'), kind: 'administrative' as never });
  const person = await execute(db, createPerson, actor, { name: 'Ordfører i Asker (test)', email: `ordforer.asker.${surveyId}@samrad.invalid` });
  await execute(db, addSeat, actor, { body_id: body.id, person_id: person.id, on_behalf_of_code: '3025', office: 'mayor', start_on: todayInOslo() });
  const invited = await execute(db, inviteAudience, actor, { survey_id: surveyId, roles: ['mayor'], municipality_codes: ['3025'] });
  await execute(db, publishResults, actor, { survey_id: surveyId, results_public: true });
  return { surveyId, slug: coop.slug, token: invited.links[0]!.token };
}
