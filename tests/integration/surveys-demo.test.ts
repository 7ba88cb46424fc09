import { afterAll, beforeAll, expect, it } from 'vitest';
import { anonymous } from '../../src/platform/authz';
import { execute } from '../../src/platform/command';
import { addMembership, createCooperation } from '../../src/modules/cooperations';
import {
  SurveyNotOpenError,
  exportDefinition,
  listSurveys,
  responsesForResults,
  submitResponse,
  surveyDefinitionSchema,
} from '../../src/modules/surveys';
import { seedSurveys } from '../../src/demo/surveys';
import { vestregionen } from '../../src/demo/vestregionen';
import { createTestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { seed } from './surveys-fixture';

// The demo survey on its own (Vestregionen and its members, then seedSurveys), so that this test does
// not depend on the other parts of the demo.

let t: TestDatabase;
let surveyId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.transaction().execute(async (trx) => {
    const cooperation = await execute(trx, createCooperation, seed, vestregionen.cooperation);
    for (const m of vestregionen.memberships) await execute(trx, addMembership, seed, { ...m, cooperation_id: cooperation.id });
    await seedSurveys(trx, seed);
  });
  surveyId = (await listSurveys(t.db, { actor: anonymous }))[0]!.id;
});
afterAll(() => t?.close());

it('is the closed, anonymous autumn 2017 survey, marked synthetic, with public results', async () => {
  const [survey] = await listSurveys(t.db, { actor: anonymous });
  expect(survey).toMatchObject({
    anonymity: 'anonymous',
    status: 'closed',
    opensOn: '2017-10-02',
    closesOn: '2017-11-15',
    isSynthetic: true,
    resultsPublic: true,
    availability: { accepting: false, reason: 'closed', message: { nb: 'Undersøkelsen ble stengt 15.11.2017.' } },
  });
  const error = await execute(t.db, submitResponse, anonymous, { survey_id: surveyId, role: 'mayor', municipality_code: '0220', answers: {} }).catch((e) => e);
  expect(error).toBeInstanceOf(SurveyNotOpenError);
});

it('has plausible synthetic answers: 120–180 from all 15 municipalities, some small cells', async () => {
  const responses = await responsesForResults(t.db, surveyId);
  expect(responses.length).toBeGreaterThanOrEqual(120);
  expect(responses.length).toBeLessThanOrEqual(180);
  expect(responses.every((r) => r.isSynthetic)).toBe(true);
  expect(new Set(responses.map((r) => r.municipalityCode)).size).toBe(15);
  const cells = new Map<string, number>();
  for (const r of responses) cells.set(`${r.municipalityCode}/${r.role}`, (cells.get(`${r.municipalityCode}/${r.role}`) ?? 0) + 1);
  expect([...cells.values()].some((n) => n < 5)).toBe(true);
  console.info(`demo survey: ${responses.length} responses in ${cells.size} municipality × role cells, ${[...cells.values()].filter((n) => n < 5).length} of them under 5`);
  // Health is valued above regional development, as the seed reports.
  const mean = (area: string) => {
    const scale = ['ikke_nyttig', 'lite_nyttig', 'noe_nyttig', 'nyttig', 'svaert_nyttig'];
    const values = responses.map((r) => scale.indexOf((r.answers.nytte_omrader as Record<string, string>)[area]!) + 1);
    return values.reduce((a, b) => a + b, 0) / values.length;
  };
  expect(mean('helse')).toBeGreaterThan(mean('regional_utvikling') + 0.5);
  // No person was invented: every response came through the open link, and no one was invited.
  expect(await t.db.selectFrom('survey_invitations').selectAll().execute()).toEqual([]);
  const rows = await t.db.selectFrom('survey_responses').select(['channel', 'invitation_id', 'submitted_at']).execute();
  expect(rows.every((r) => r.channel === 'open_link' && r.invitation_id === null && r.submitted_at === null)).toBe(true);
});

it('exports a definition that the schema accepts, every question marked illustrative', async () => {
  const exported = await exportDefinition(t.db, surveyId, anonymous);
  const parsed = surveyDefinitionSchema.parse(exported);
  const questions = parsed.sections.flatMap((s) => s.questions);
  expect(questions.map((q) => q.kind).sort()).toEqual(['matrix', 'multiple_choice', 'number', 'rating', 'single_choice', 'single_choice', 'text']);
  expect(questions.every((q) => q.illustrative)).toBe(true);
  expect(parsed.audience?.nb).toBe(
    'Undersøkelsen er sendt til ordførere, varaordførere, rådmenn og kommunalsjefer. Det er også anledning for øvrige folkevalgte og ansatte til å svare.',
  );
});

it('serves its results through the surveys API, by role and by municipality', async () => {
  const app = await createTestApp({ database: t });
  try {
    for (const by of ['role', 'municipality']) {
      const res = await app.app.request(`/api/v1/surveys/${surveyId}/results?by=${by}`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toMatch(/"(person|personId|invitationId|token)"/);
      expect(text).toContain('"hidden":true');
    }
    expect((await app.app.request(`/api/v1/surveys/${surveyId}/results?by=person`)).status).toBe(400);
  } finally {
    await app.close();
  }
});
