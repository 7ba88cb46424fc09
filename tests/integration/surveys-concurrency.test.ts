import { afterAll, beforeAll, expect, it } from 'vitest';
import { execute } from '../../src/platform/command';
import { inviteAudience } from '../../src/modules/surveys';
import { createTestApp, type TestApp } from '../support/test-app';
import { MEMBERS, goodAnswers, openedSurvey, seed, surveyWorld } from './surveys-fixture';

// 1,000 responses at once through the HTTP endpoint: every one stored, none twice. Half come through
// personal links (each used once), the rest through the open link; 100 are duplicates sent at the same
// moment as their originals (50 reused links, 50 resent forms) and must be refused with 409.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** 500 heads of department with addresses, written in one go (setup, not under test). */
async function manyInvitees(bodyId: number) {
  await t.db.transaction().execute(async (trx) => {
    for (let i = 0; i < 500; i++) {
      const person = await trx
        .insertInto('persons')
        .values({ name: `Kommunalsjef ${i}`, email: `sjef${i}@example.test`, note: null, created_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('seats')
        .values({ body_id: bodyId, person_id: person.id, on_behalf_of_code: MEMBERS[i % 3]!, office: 'head_of_department', position: 'member', is_deputy: 0, start_on: '2017-01-01', end_on: null })
        .execute();
    }
  });
}

it('stores 1,000 simultaneous submissions once each and refuses the duplicates with 409', { timeout: 120_000 }, async () => {
  const world = await surveyWorld(t.db);
  await manyInvitees(world.bodyId);
  const surveyId = await openedSurvey(t.db, world.cooperationId);
  const { links } = await execute(t.db, inviteAudience, seed, { survey_id: surveyId, roles: ['head_of_department'] });
  expect(links.length).toBeGreaterThanOrEqual(500);

  const personal = links.slice(0, 500).map((l) => ({ token: l.token, answers: goodAnswers }));
  const open = Array.from({ length: 400 }, (_, i) => ({
    role: 'other_staff',
    municipalityCode: MEMBERS[i % 3],
    idempotencyKey: `open-form-${String(i).padStart(8, '0')}`,
    answers: { ...goodAnswers, moter_i_aret: i % 50 },
  }));
  const duplicates = [...personal.slice(0, 50), ...open.slice(0, 50)];
  // Interleave so that each duplicate races its original.
  const bodies = [...personal, ...open, ...duplicates].sort((a, b) => key(a).localeCompare(key(b)));
  expect(bodies).toHaveLength(1000);

  const started = Date.now();
  const statuses = await Promise.all(
    bodies.map(async (body) => {
      const res = await t.app.request(`/api/v1/surveys/${surveyId}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status === 409) expect(((await res.json()) as any).error.code).toBe('already_answered');
      return res.status;
    }),
  );
  const elapsed = Date.now() - started;

  const tally = statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});
  expect(tally).toEqual({ 201: 900, 409: 100 });
  const stored = await t.db
    .selectFrom('survey_responses')
    .select(['channel', (eb) => eb.fn.countAll<number>().as('n')])
    .where('survey_id', '=', surveyId)
    .groupBy('channel')
    .orderBy('channel')
    .execute();
  expect(stored.map((r) => [r.channel, Number(r.n)])).toEqual([
    ['invitation', 500],
    ['open_link', 400],
  ]);
  const used = await t.db
    .selectFrom('survey_invitations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('survey_id', '=', surveyId)
    .where('responded_on', 'is not', null)
    .executeTakeFirstOrThrow();
  expect(Number(used.n)).toBe(500);
  expect(Number((await t.db.selectFrom('survey_submission_keys').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(400);
  console.info(`1,000 submissions on ${t.dialect}: ${elapsed} ms`);
});

const key = (body: { token?: string; idempotencyKey?: string }) => body.token ?? body.idempotencyKey ?? '';
