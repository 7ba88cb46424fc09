import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listJointCases, recordCouncilTreatment, setJointCasePublished } from '../../../modules/joint-cases';
import { getCooperationBySlug } from '../../../modules/cooperations';
import { anonymous, systemActor } from '../../../platform/authz';
import { execute } from '../../../platform/command';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

// The public joint-case pages over the demo (Sak 03/2018 referred to the 15 members), without a
// browser: what is shown to whom, how a resolution's changes are marked, and that people's text is
// escaped. The e2e file drives the same pages in Chromium with axe.

let t: TestApp;
let id: number;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const coop = (await getCooperationBySlug(t.db, 'vestregionen'))!;
  id = (await listJointCases(t.db, { cooperationId: coop.id, actor: anonymous })).jointCases[0]!.id;
});
afterAll(() => t?.close());

const html = async (path: string, status = 200) => {
  const res = await t.app.request(path);
  expect(res.status, path).toBe(status);
  return res.text();
};

describe('the public joint-case pages', () => {
  it('list the published joint case, and say so when a cooperation has none', async () => {
    expect(await html('/vestregionen/fellessaker')).toContain(`/vestregionen/fellessaker/${id}`);
    expect(await html('/en/kommunehelsesamarbeidet/fellessaker')).toContain('No joint cases have been published yet.');
  });

  it('marks a changed resolution word by word, with words for screen readers, and escapes what people wrote', async () => {
    await execute(t.db, recordCouncilTreatment, systemActor('seed'), {
      joint_case_id: id,
      member_code: '0612',
      council_body: 'kommunestyret <b>',
      meeting_date: '2018-05-02',
      status: 'treated',
      outcome: 'adopted_with_changes',
      resolution_text: 'Hole kommunestyre <script>alert(1)</script> slutter seg til skissen.',
    });
    const page = await html(`/vestregionen/fellessaker/${id}`);
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('kommunestyret &lt;b&gt;');
    expect(page).toMatch(/<ins><span class="ds-sr-only" lang="nb">lagt til: <\/span><span aria-hidden="true">\[\+ <\/span>/);
    expect(page).toContain('<th scope="row">Hole <span class="muted">0612</span></th>');
  });

  it('answers 404 for an unpublished joint case, its downloads, and one of another cooperation', async () => {
    await execute(t.db, setJointCasePublished, systemActor('seed'), { joint_case_id: id, is_published: false });
    await html(`/vestregionen/fellessaker/${id}`, 404);
    await html(`/vestregionen/fellessaker/${id}/matrise.csv`, 404);
    await html(`/vestregionen/fellessaker/${id}/rapport.pdf`, 404);
    expect(await html('/vestregionen/fellessaker')).toContain('Ingen fellessaker er publisert ennå.');
    await execute(t.db, setJointCasePublished, systemActor('seed'), { joint_case_id: id, is_published: true });
    await html(`/kommunehelsesamarbeidet/fellessaker/${id}`, 404);
  });

  it('gives an unknown personal link the polite refusal, and sends anonymous visitors of the workspace to sign in', async () => {
    expect(await html('/behandling/ukjent-lenke-som-ikke-finnes', 404)).toContain('Lenken virker ikke');
    const res = await t.app.request('/arbeidsflate/kommune');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('/logg-inn?neste=');
  });
});
