import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { listSurveys } from '../../../modules/surveys';
import { anonymous } from '../../../platform/authz';

// The demo's own surveys (seeded by the surveys module) through the public pages: every page answers,
// and results pages exist exactly for the surveys whose results are published.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t?.close());

it('shows every demo survey, and its results when published', async () => {
  const all = await listSurveys(t.db, { actor: anonymous });
  for (const s of all) {
    const base = `/${s.cooperationSlug}/undersokelser`;
    expect((await t.app.request(base)).status, base).toBe(200);
    expect((await t.app.request(`${base}/${s.id}`)).status).toBe(200);
    const results = await t.app.request(`${base}/${s.id}/resultater?by=role`);
    expect(results.status).toBe(s.resultsPublic ? 200 : 404);
  }
  expect((await t.app.request('/vestregionen/undersokelser')).status).toBe(200);
});
