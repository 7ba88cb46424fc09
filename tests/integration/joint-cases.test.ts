import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  councilRevisions, getJointCase, openRecordingLink, recordCouncilTreatment, referJointCase, sendRecordingLinks, setJointCasePublished,
} from '../../src/modules/joint-cases';
import { createCase } from '../../src/modules/cases';
import { anonymous } from '../../src/platform/authz';
import { execute } from '../../src/platform/command';
import { ValidationError } from '../../src/platform/errors';
import { createTestApp, type TestApp } from '../support/test-app';
import { referFresh, signedIn, system, vestregionen, type Session } from './joint-cases-support';

// Joint cases through the real app on the demo data (SQLite, or PostgreSQL with DATABASE_URL):
// referral rules, who may record for which council, personal links, concurrent submissions, history, API.

let t: TestApp;
let secretariat: Session;
let askerClerk: Session;
let baerumClerk: Session;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const { cooperationId } = await vestregionen(t.db);
  secretariat = await signedIn(t.db, 'sekretariat@example.test', { role: 'secretariat', cooperationId });
  askerClerk = await signedIn(t.db, 'arkiv@asker.example.test', { role: 'municipal_clerk', authorityCode: '0220' });
  baerumClerk = await signedIn(t.db, 'arkiv@baerum.example.test', { role: 'municipal_clerk', authorityCode: '0219' });
}, 60_000);
afterAll(() => t?.close());

async function call(method: string, path: string, options: { session?: Session; body?: unknown } = {}) {
  const res = await t.app.request(path, {
    method,
    headers: { ...(options.session?.headers ?? {}), ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  let json: any = null;
  try { json = JSON.parse(text); } catch { /* CSV */ }
  return { status: res.status, text, json, headers: res.headers };
}

const treated = (extra: Record<string, unknown> = {}) => ({
  council_body: 'kommunestyret', meeting_date: '2018-05-07', status: 'treated', outcome: 'adopted_as_proposed', resolution_text: 'Vedtatt som foreslått.', ...extra,
});

async function fieldsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('the demo: Sak 03/2018 referred to the 15 members', () => {
  it('is published with the three December resolutions quoted from the seed, and the rest marked illustrative', async () => {
    const list = await call('GET', '/api/v1/joint-cases?cooperation=vestregionen');
    expect(list.status).toBe(200);
    expect(list.json.data).toHaveLength(1);
    const summary = list.json.data[0];
    expect(summary).toMatchObject({ reference: '03/2018', deadline: '2018-05-30', proposalMode: 'points', published: true });
    expect(summary.counts).toMatchObject({ total: 15, treated: 13, pending: 2, late: 2 });

    const one = await call('GET', summary.id);
    expect(one.status).toBe(200);
    expect(one.json.proposal.points).toHaveLength(9);
    expect(one.json.proposal.points[8]).toBe('Vestregionen som § 27-samarbeid opphører fra 1.1.2019.');
    const byName = new Map<string, any>(one.json.councils.map((c: any) => [c.memberName, c]));
    for (const name of ['Drammen', 'Svelvik', 'Nedre Eiker']) {
      const c = byName.get(name);
      expect(c.status).toBe('treated');
      expect(c.resolutionText).toContain('Vestregionen bør avvikles');
      expect(c.points[8]).toMatchObject({ point: 9, position: 'for' });
      expect(c.illustrative.note).toContain('Kilden oppgir ikke organ, møtedato eller saksnummer');
    }
    expect(one.json.councils.every((c: any) => c.illustrative !== null)).toBe(true);
    expect(one.json.late.sort()).toEqual(['0628', '0713']);
    // Simple majority of 15: point 1 has 9 for (10 as proposed, less Ringerike against) — more than 7.5.
    expect(one.json.outcome.points[0]).toMatchObject({ result: 'adopted', tally: { for: 9, against: 1, abstaining: 3, pending: 2 } });
    // No address or submitter leaks to the public.
    expect(one.text).not.toMatch(/clerkEmail|submittedBy|@/);

    const csv = await call('GET', `${summary.id}/matrix.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toContain('Nedre Eiker');
  });
});

describe('referral', () => {
  it('copies the case, one council per chosen member with its 2018 name and population, unpublished', async () => {
    const id = await referFresh(t.db, { members: ['0220', '0219'], weighting: 'population' });
    const view = (await getJointCase(t.db, id, system))!;
    expect(view.title).toBe('Vestregionens fremtid – skisse til fremtidig samarbeid');
    expect(view.proposal.text).toContain('Styringsgruppen slutter seg til');
    expect(view.councils.map((c) => [c.memberCode, c.memberName, c.population])).toEqual([['0220', 'Asker', 61_500], ['0219', 'Bærum', 124_000]]);
    expect(view.isPublished).toBe(false);
    expect(await getJointCase(t.db, id, anonymous)).toBeNull();
  });

  it('refuses a non-member, a bad threshold, population weighting without figures, a past deadline — naming each field', async () => {
    const { caseId } = await vestregionen(t.db);
    const base = { case_id: caseId, referred_on: '2018-03-16', deadline: '2018-05-30', proposal_mode: 'whole' as const, outcome_rule: 'simple_majority' as const };
    expect((await fieldsOf(execute(t.db, referJointCase, system, { ...base, members: ['0220', '0301'] }))).members![0]).toContain('0301 is not a member');
    expect(await fieldsOf(execute(t.db, referJointCase, system, { ...base, members: 'all', outcome_rule: 'qualified_majority', threshold_numerator: 3, threshold_denominator: 2 })))
      .toHaveProperty('threshold_numerator');
    expect((await fieldsOf(execute(t.db, referJointCase, system, { ...base, members: ['0220', '02'], weighting: 'population' }))).weighting![0]).toContain('(02)');
    expect(await fieldsOf(execute(t.db, referJointCase, system, { ...base, members: 'all', deadline: '2018-03-01' }))).toHaveProperty('deadline');
    expect(await fieldsOf(execute(t.db, referJointCase, secretariat.actor, { ...base, members: 'all' }))).toHaveProperty('referred_on');
    // Today Vestregionen has no members (it ended 31.12.2018): the secretariat is told so.
    const { referred_on: _, ...today } = base;
    expect((await fieldsOf(execute(t.db, referJointCase, secretariat.actor, { ...today, members: 'all', deadline: '2099-01-01' }))).members![0]).toContain('no members');
    expect(await fieldsOf(execute(t.db, referJointCase, system, { ...base, members: 'all', proposal_mode: 'points', proposal_points: [] }))).toHaveProperty('proposal_mode');
  });
});

describe('who records for which council', () => {
  it('refuses a clerk for Asker recording for Bærum with the same 404 as a council that does not exist, and stores nothing', async () => {
    const id = await referFresh(t.db);
    const put = (path: string, session: Session) => call('PUT', path, { session, body: treated() });
    const forBaerum = await put(`/api/v1/joint-cases/${id}/councils/0219/treatment`, askerClerk);
    const noSuchCouncil = await put(`/api/v1/joint-cases/${id}/councils/0301/treatment`, askerClerk);
    const noSuchCase = await put(`/api/v1/joint-cases/99999999/councils/0220/treatment`, askerClerk);
    expect(forBaerum.status).toBe(404);
    expect(forBaerum.text).toBe(noSuchCouncil.text);
    expect(forBaerum.text).toBe(noSuchCase.text);
    expect(forBaerum.text).not.toMatch(/Bærum|0219|Vestregionen/);
    const baerum = (await getJointCase(t.db, id, system))!.councils.find((c) => c.memberCode === '0219')!;
    expect(baerum).toMatchObject({ revision: 0, status: 'not_started', resolutionText: null });
    expect(await councilRevisions(t.db, id, '0219', system)).toEqual([]);

    const own = await put(`/api/v1/joint-cases/${id}/councils/0220/treatment`, askerClerk);
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ revision: 1 });
  });

  it('needs a signed-in session with its CSRF token, and validates what is recorded', async () => {
    const id = await referFresh(t.db, { proposal_mode: 'points', proposal_points: ['A', 'B'] });
    const path = `/api/v1/joint-cases/${id}/councils/0220/treatment`;
    expect((await call('PUT', path, { body: treated() })).status).toBe(401);
    expect((await call('PUT', path, { session: { ...askerClerk, headers: { cookie: askerClerk.headers.cookie! } }, body: treated() })).status).toBe(403);
    const bad = await call('PUT', path, {
      session: askerClerk,
      body: { status: 'scheduled', outcome: 'rejected', public_record_url: 'javascript:alert(1)', point_positions: [{ point: 3, position: 'for' }] },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(['outcome', 'public_record_url']);
    const noDate = await call('PUT', path, { session: askerClerk, body: { status: 'treated', outcome: 'rejected' } });
    expect(Object.keys(noDate.json.error.fields)).toEqual(['meeting_date']);
    const noPoint = await call('PUT', path, { session: askerClerk, body: treated({ point_positions: [{ point: 3, position: 'for' }] }) });
    expect(noPoint.status).toBe(422);
    expect(noPoint.json.error.fields['point_positions.0.point'][0]).toContain('2 points');
  });

  it('lands two clerks of different councils submitting at once; the same council twice gives one 409 naming expected_revision', async () => {
    const id = await referFresh(t.db);
    const [asker, baerum] = await Promise.all([
      call('PUT', `/api/v1/joint-cases/${id}/councils/0220/treatment`, { session: askerClerk, body: treated({ expected_revision: 0 }) }),
      call('PUT', `/api/v1/joint-cases/${id}/councils/0219/treatment`, { session: baerumClerk, body: treated({ expected_revision: 0, outcome: 'rejected' }) }),
    ]);
    expect([asker.status, baerum.status]).toEqual([200, 200]);
    const view = (await getJointCase(t.db, id, system))!;
    expect(view.counts).toMatchObject({ treated: 2, for: 1, against: 1 });

    const twice = await Promise.all([0, 1].map(() => call('PUT', `/api/v1/joint-cases/${id}/councils/0626/treatment`, { session: secretariat, body: treated({ expected_revision: 0 }) })));
    expect(twice.map((r) => r.status).sort()).toEqual([200, 409]);
    const conflict = twice.find((r) => r.status === 409)!;
    expect(conflict.json.error.fields.expected_revision[0]).toContain('revision 1');
  });

  it('keeps every submission as a revision', async () => {
    const id = await referFresh(t.db);
    await execute(t.db, recordCouncilTreatment, askerClerk.actor, { joint_case_id: id, member_code: '0220', status: 'scheduled', meeting_date: '2018-05-07' });
    await execute(t.db, recordCouncilTreatment, askerClerk.actor, { joint_case_id: id, member_code: '0220', ...treated({ outcome: 'adopted_with_changes', resolution_text: 'Endret.' }), expected_revision: 1 } as never);
    const history = await councilRevisions(t.db, id, '0220', secretariat.actor);
    expect(history.map((h) => [h.revision, h.record.status, h.submittedVia])).toEqual([[2, 'treated', 'account'], [1, 'scheduled', 'account']]);
    expect(history[0]!.submittedBy).toBe('arkiv@asker.example.test');
    expect(await councilRevisions(t.db, id, '0220', baerumClerk.actor)).toEqual([]);
  });
});

describe('personal links', () => {
  it('records once through a link for its own council only; spent, expired and unknown links get one and the same refusal', async () => {
    const id = await referFresh(t.db, { clerk_emails: { '0626': 'Postmottak@lier.example.test', '0220': 'post@asker.example.test' } });
    const { links } = await execute(t.db, sendRecordingLinks, secretariat.actor, { joint_case_id: id, members: ['0626', '0220'] });
    const lier = links.filter((l) => l.memberCode === '0626');
    expect(lier).toHaveLength(1);
    expect(lier[0]).toMatchObject({ email: 'postmottak@lier.example.test', path: `/behandling/${lier[0]!.token}` });
    expect(lier[0]!.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.selectFrom('joint_case_links').select('token_hash').where('council_id', '=', lier[0]!.councilId).execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(lier[0]!.token);
    const asker = links.find((l) => l.memberCode === '0220')!;

    const opened = await openRecordingLink(t.db, lier[0]!.token);
    expect(opened?.council.memberName).toBe('Lier');
    expect(opened?.jointCase.councils.every((c) => c.clerkEmail === null)).toBe(true);

    const submit = (token: string, code = '0626') => execute(t.db, recordCouncilTreatment, anonymous, { joint_case_id: id, member_code: code, link_token: token, ...treated() } as never);
    const refusal = async (promise: Promise<unknown>) => ((await promise.then(() => null, (e: Error) => e)) as Error | null)?.message;
    // A link for Lier cannot record for Asker.
    const wrongCouncil = await refusal(submit(lier[0]!.token, '0220'));
    expect(await submit(lier[0]!.token)).toMatchObject({ revision: 1 });
    const spent = await refusal(submit(lier[0]!.token));
    await t.db.updateTable('joint_case_links').set({ expires_at: '2020-01-01T00:00:00.000Z' }).where('token_hash', '!=', '').where('council_id', '=', asker.councilId).execute();
    const expired = await refusal(submit(asker.token, '0220'));
    const unknown = await refusal(submit('x'.repeat(43)));
    expect(spent).toMatch(/not valid/);
    expect(new Set([wrongCouncil, spent, expired, unknown]).size).toBe(1);
    expect(await openRecordingLink(t.db, lier[0]!.token)).toBeNull();
    expect(await openRecordingLink(t.db, asker.token)).toBeNull();

    const history = await councilRevisions(t.db, id, '0626', secretariat.actor);
    expect(history.map((h) => [h.submittedVia, h.submittedBy])).toEqual([['link', 'postmottak@lier.example.test']]);
    expect((await getJointCase(t.db, id, system))!.councils.find((c) => c.memberCode === '0220')!.revision).toBe(0);
  });
});

describe('the computed outcome through the API, per rule (hand-checked)', () => {
  async function outcomeAfter(rule: Record<string, unknown>, votes: Record<string, 'adopted_as_proposed' | 'rejected' | null>) {
    const id = await referFresh(t.db, { members: Object.keys(votes), ...rule });
    for (const [code, outcome] of Object.entries(votes)) {
      if (outcome) await execute(t.db, recordCouncilTreatment, system, { joint_case_id: id, member_code: code, ...treated({ outcome }) } as never);
    }
    await execute(t.db, setJointCasePublished, system, { joint_case_id: id, is_published: true });
    return (await call('GET', `/api/v1/joint-cases/${id}`)).json.outcome;
  }

  it('unanimity: one against rejects; one pending with the rest for is pending', async () => {
    expect((await outcomeAfter({ outcome_rule: 'unanimous' }, { '0220': 'adopted_as_proposed', '0219': 'adopted_as_proposed', '0626': 'rejected' })).result).toBe('rejected');
    expect((await outcomeAfter({ outcome_rule: 'unanimous' }, { '0220': 'adopted_as_proposed', '0219': 'adopted_as_proposed', '0626': null })).result).toBe('pending');
  });

  it('2/3 weighted by population: Asker and Lier for, Bærum against is rejected (87 500 of 211 500), though 2 of 3 councils are for', async () => {
    const votes = { '0220': 'adopted_as_proposed', '0219': 'rejected', '0626': 'adopted_as_proposed' } as const;
    const weighted = await outcomeAfter({ outcome_rule: 'qualified_majority', threshold_numerator: 2, threshold_denominator: 3, weighting: 'population' }, votes);
    expect(weighted).toMatchObject({ result: 'rejected', tally: { weightFor: 87_500, weightTotal: 211_500, weightNeeded: 141_000 } });
    const equal = await outcomeAfter({ outcome_rule: 'qualified_majority', threshold_numerator: 2, threshold_denominator: 3 }, votes);
    expect(equal.result).toBe('adopted');
  });

  it('simple majority: exactly half for is not adopted', async () => {
    const out = await outcomeAfter({ outcome_rule: 'simple_majority' }, { '0220': 'adopted_as_proposed', '0219': 'adopted_as_proposed', '0626': 'rejected', '0612': 'rejected' });
    expect(out).toMatchObject({ result: 'rejected', tally: { for: 2, against: 2 } });
  });
});

describe('the API', () => {
  it('shows the public only published joint cases of public cases, and names a bad parameter', async () => {
    const id = await referFresh(t.db);
    const { caseId } = await vestregionen(t.db);
    const publicList = await call('GET', `/api/v1/joint-cases?case=${caseId}`);
    expect(publicList.json.data.map((j: any) => j.id)).not.toContain(`/api/v1/joint-cases/${id}`);
    expect((await call('GET', `/api/v1/joint-cases/${id}`)).status).toBe(404);
    const ownList = await call('GET', `/api/v1/joint-cases?case=${caseId}&limit=500`, { session: secretariat });
    expect(ownList.json.data.map((j: any) => j.id)).toContain(`/api/v1/joint-cases/${id}`);

    await execute(t.db, setJointCasePublished, secretariat.actor, { joint_case_id: id, is_published: true });
    expect((await call('GET', `/api/v1/joint-cases/${id}`)).status).toBe(200);
    await expect(execute(t.db, setJointCasePublished, askerClerk.actor, { joint_case_id: id, is_published: false })).rejects.toThrow(/permission/);

    // An exempt case's joint case is never published.
    const { cooperationId } = await vestregionen(t.db);
    const exempt = await execute(t.db, createCase, system, { cooperation_id: cooperationId, title: 'Personalsak', proposal_text: 'Unntatt.', is_public: false, exempt_basis: 'Offl. § 25' });
    const hidden = await referFresh(t.db, { case_id: exempt.id });
    expect(await fieldsOf(execute(t.db, setJointCasePublished, system, { joint_case_id: hidden, is_published: true }))).toHaveProperty('is_published');

    const badCase = await call('GET', '/api/v1/joint-cases?case=abc');
    expect(badCase.status).toBe(400);
    expect(badCase.json.error.fields).toHaveProperty('case');
    const badCooperation = await call('GET', '/api/v1/joint-cases?cooperation=finnes-ikke');
    expect(badCooperation.status).toBe(400);
    expect(badCooperation.json.error.fields).toHaveProperty('cooperation');
  });
});
