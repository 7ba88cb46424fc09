import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/platform/authz';
import { execute } from '../../src/platform/command';
import { ConflictError, ForbiddenError, ValidationError } from '../../src/platform/errors';
import { insertUser, grant } from '../../src/modules/cooperations/cooperations.test-support';
import {
  AlreadyAnsweredError,
  SurveyNotOpenError,
  closeSurvey,
  createSurvey,
  exportDefinition,
  importDefinition,
  invitationByToken,
  inviteAudience,
  responsesForResults,
  saveDefinition,
  saveDraft,
  submitResponse,
  updateSurvey,
  type PersonalLink,
} from '../../src/modules/surveys';
import { createTestApp, type TestApp } from '../support/test-app';
import { definition, goodAnswers, openedSurvey, seed, surveyWorld } from './surveys-fixture';

let t: TestApp;
let world: Awaited<ReturnType<typeof surveyWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  world = await surveyWorld(t.db);
});
afterAll(() => t?.close());

const errorOf = async (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);
const post = (path: string, body: unknown) =>
  t.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function invited(surveyId: number): Promise<PersonalLink[]> {
  const result = await execute(t.db, inviteAudience, seed, { survey_id: surveyId, roles: ['mayor', 'chief_executive', 'head_of_department'] });
  return result.links;
}

describe('the definition', () => {
  it('refuses a bad definition with the path of each fault', async () => {
    const bad = definition();
    bad.sections[1]!.questions[0]!.key = 'kjenner'; // used twice
    bad.sections[0]!.questions[1]!.condition = { questionKey: 'samlet', equals: 3 }; // a later question
    const error = (await errorOf(execute(t.db, createSurvey, seed, { cooperation_id: world.cooperationId, definition: bad }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors['definition.sections.1.questions.0.key']).toEqual(['the question key kjenner is used twice']);
    expect(error.fieldErrors['definition.sections.0.questions.1.condition']![0]).toMatch(/must name an earlier question/);
  });

  it('imports JSON with errors keyed by the path in the file, and exports what it imported', async () => {
    const notJson = (await errorOf(execute(t.db, importDefinition, seed, { cooperation_id: world.cooperationId, json: '{"format": ' }))) as ValidationError;
    expect(Object.keys(notJson.fieldErrors)).toEqual(['json']);
    const wrong = { ...definition(), anonymity: 'secret' };
    const invalid = (await errorOf(
      execute(t.db, importDefinition, seed, { cooperation_id: world.cooperationId, json: JSON.stringify(wrong) }),
    )) as ValidationError;
    expect(Object.keys(invalid.fieldErrors)).toEqual(['anonymity']);

    const { id } = await execute(t.db, importDefinition, seed, { cooperation_id: world.cooperationId, json: JSON.stringify(definition()) });
    const exported = await exportDefinition(t.db, id, seed);
    const again = await execute(t.db, importDefinition, seed, { cooperation_id: world.cooperationId, json: JSON.stringify(exported) });
    expect(await exportDefinition(t.db, again.id, seed)).toEqual(exported);
    expect(exported!.sections[1]!.questions[1]).toMatchObject({ kind: 'matrix', rows: [{ key: 'helse' }, { key: 'kultur' }] });
  });

  it('serves its JSON Schema, which names the six kinds of question', async () => {
    const res = await t.app.request('/api/v1/surveys/definition-schema.json');
    expect(res.status).toBe(200);
    const schema = JSON.stringify(await res.json());
    for (const kind of ['single_choice', 'multiple_choice', 'rating', 'matrix', 'number', 'text']) expect(schema).toContain(`"${kind}"`);
  });
});

describe('a personal link', () => {
  it('invites by role and municipality, skipping persons without an address', async () => {
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    const result = await execute(t.db, inviteAudience, seed, {
      survey_id: surveyId,
      roles: ['mayor', 'chief_executive', 'head_of_department'],
    });
    expect(result).toMatchObject({ created: 8, withoutEmail: 1, alreadyInvited: 0 });
    const again = await execute(t.db, inviteAudience, seed, { survey_id: surveyId, roles: ['mayor'], municipality_codes: ['0220'] });
    expect(again).toMatchObject({ created: 0, alreadyInvited: 1 });
    const stranger = (await errorOf(
      execute(t.db, inviteAudience, seed, { survey_id: surveyId, roles: ['mayor'], municipality_codes: ['0301'] }),
    )) as ValidationError;
    expect(stranger.fieldErrors.municipality_codes![0]).toMatch(/0301/);
    // Only hashes are stored: no token appears in any table.
    const hashes = await t.db.selectFrom('survey_invitation_links').select('token_hash').execute();
    expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h.token_hash))).toBe(true);
    expect(hashes.map((h) => h.token_hash)).not.toContain(result.links[0]!.token);
  });

  it('gives one response, resumable as a draft until it is sent', async () => {
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    const [link] = await invited(surveyId);
    const token = link!.token;

    await execute(t.db, saveDraft, anonymous, { token, answers: { kjenner: 'litt' } });
    const opened = await invitationByToken(t.db, token);
    expect(opened).toMatchObject({ draft: { kjenner: 'litt' }, responded: false, role: 'mayor', municipalityCode: expect.any(String) });

    await execute(t.db, submitResponse, anonymous, { survey_id: surveyId, token, answers: goodAnswers });
    expect(await invitationByToken(t.db, token)).toMatchObject({ draft: null, responded: true });
    expect(await errorOf(execute(t.db, submitResponse, anonymous, { survey_id: surveyId, token, answers: goodAnswers }))).toBeInstanceOf(
      AlreadyAnsweredError,
    );
    expect(await errorOf(execute(t.db, saveDraft, anonymous, { token, answers: {} }))).toBeInstanceOf(AlreadyAnsweredError);

    const res = await post(`/api/v1/surveys/${surveyId}/responses`, { token, answers: goodAnswers });
    expect(res.status).toBe(409);
    expect(((await res.json()) as any).error.code).toBe('already_answered');
    expect(await responsesForResults(t.db, surveyId)).toEqual([
      { role: 'mayor', municipalityCode: opened!.municipalityCode, answers: goodAnswers, isSynthetic: false },
    ]);
  });

  it('checks the answers: required, conditions, kinds, with errors by question key', async () => {
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    const [link] = await invited(surveyId);
    const submit = (answers: Record<string, unknown>) =>
      errorOf(execute(t.db, submitResponse, anonymous, { survey_id: surveyId, token: link!.token, answers }));

    const missing = (await submit({ kjenner: 'ikke', omrader: { helse: 'mye' } })) as ValidationError;
    expect(missing.fieldErrors).toEqual({ hvorfor_ikke: ['must be answered'], 'omrader.kultur': ['choose one'] });

    const wrong = (await submit({ ...goodAnswers, samlet: 9, kanaler: ['tv'], moter_i_aret: 'mange', ukjent: 1 })) as ValidationError;
    expect(Object.keys(wrong.fieldErrors).sort()).toEqual(['kanaler', 'moter_i_aret', 'samlet', 'ukjent']);
    expect(wrong.fieldErrors.samlet).toEqual(['must be a whole number from 1 to 5']);

    // An answer to a question its condition hides is dropped, not refused.
    expect(await submit({ ...goodAnswers, hvorfor_ikke: 'Ikke relevant' })).toBeNull();
    const [stored] = await responsesForResults(t.db, surveyId);
    expect(stored!.answers).not.toHaveProperty('hvorfor_ikke');
  });

  it('is refused for a survey of another id, with 404 and nothing said about the link', async () => {
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    const other = await openedSurvey(t.db, world.cooperationId);
    const [link] = await invited(surveyId);
    const res = await post(`/api/v1/surveys/${other}/responses`, { token: link!.token, answers: goodAnswers });
    expect(res.status).toBe(404);
  });
});

describe('a closed survey', () => {
  it('refuses answers with the day it closed, in the API as 409', async () => {
    const surveyId = await openedSurvey(t.db, world.cooperationId, { closesOn: '2017-11-15' });
    const [link] = await invited(surveyId);
    const error = (await errorOf(
      execute(t.db, submitResponse, anonymous, { survey_id: surveyId, token: link!.token, answers: goodAnswers }),
    )) as SurveyNotOpenError;
    expect(error).toBeInstanceOf(SurveyNotOpenError);
    expect(error.texts.nb).toBe('Undersøkelsen ble stengt 15.11.2017.');

    const res = await post(`/api/v1/surveys/${surveyId}/responses`, { role: 'mayor', municipalityCode: '0220', answers: goodAnswers });
    expect(res.status).toBe(409);
    const body = (await res.json()) as any;
    expect(body.error.code).toBe('survey_closed');
    expect(body.error.message).toContain('Undersøkelsen ble stengt 15.11.2017.');
    expect(await responsesForResults(t.db, surveyId)).toEqual([]);
  });

  it('closed by hand says the day it was closed; not yet open says when it opens', async () => {
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    await execute(t.db, closeSurvey, seed, { survey_id: surveyId, on: '2018-01-10' });
    const closed = (await errorOf(
      execute(t.db, submitResponse, anonymous, { survey_id: surveyId, role: 'mayor', municipality_code: '0220', answers: goodAnswers }),
    )) as SurveyNotOpenError;
    expect(closed.texts.nb).toBe('Undersøkelsen ble stengt 10.01.2018.');

    const future = await openedSurvey(t.db, world.cooperationId, { opensOn: '2099-01-01' });
    const early = (await errorOf(
      execute(t.db, submitResponse, anonymous, { survey_id: future, role: 'mayor', municipality_code: '0220', answers: goodAnswers }),
    )) as SurveyNotOpenError;
    expect(early.texts).toMatchObject({ nb: 'Undersøkelsen åpner 01.01.2099.', en: 'The survey opens on 01.01.2099.' });
  });
});

describe('anonymity', () => {
  it('leaves no way from an anonymous response to a person: schema, rows and audit', async () => {
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    const links = await invited(surveyId);
    const auditBefore = await t.db.selectFrom('audit_events').select((eb) => eb.fn.max('id').as('max')).executeTakeFirstOrThrow();
    for (const link of links.slice(0, 3)) {
      await execute(t.db, submitResponse, anonymous, { survey_id: surveyId, token: link.token, answers: goodAnswers });
    }

    // The table has no column that could name a person, a link or a moment.
    const tables = await t.db.introspection.getTables();
    const columns = tables.find((table) => table.name === 'survey_responses')!.columns.map((c) => c.name).sort();
    expect(columns).toEqual(['answers', 'channel', 'id', 'invitation_id', 'is_synthetic', 'municipality_code', 'role', 'submitted_at', 'survey_id']);
    // … and the two that may (for confidential and named surveys) are empty for this one.
    const rows = await t.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', surveyId).execute();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.invitation_id).toBeNull();
      expect(row.submitted_at).toBeNull();
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    // The invitation keeps only the day it was used.
    const used = await t.db.selectFrom('survey_invitations').select('responded_on').where('survey_id', '=', surveyId).where('responded_on', 'is not', null).execute();
    expect(used).toHaveLength(3);
    for (const u of used) expect(u.responded_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // No draft survives the response.
    expect(await t.db.selectFrom('survey_drafts').selectAll().execute()).toEqual([]);

    // The audit trail says a response came to the survey, from an anonymous actor, naming nothing else.
    const audit = await t.db.selectFrom('audit_events').selectAll().where('id', '>', Number(auditBefore.max)).execute();
    expect(audit).toHaveLength(3);
    const invitationIds = (await t.db.selectFrom('survey_invitations').select('id').where('survey_id', '=', surveyId).execute()).map((r) => String(r.id));
    for (const entry of audit) {
      expect(entry).toMatchObject({ actor_label: 'anonymous', actor_user_id: null, action: 'survey.response.receive', entity_type: 'survey', entity_id: String(surveyId), before: null, after: null });
    }
    expect(JSON.stringify(audit)).not.toMatch(new RegExp(links.map((l) => l.token).join('|')));
    expect(invitationIds.length).toBeGreaterThan(0);

    // On SQLite the table has no hidden rowid that would keep the order of arrival.
    if (t.dialect === 'sqlite') await expect(sql`select rowid from survey_responses`.execute(t.db)).rejects.toThrow(/rowid/);
  });

  it('records who answered a confidential survey for the secretariat, and scrubs it when the promise is strengthened', async () => {
    const surveyId = await openedSurvey(t.db, world.cooperationId, { anonymity: 'confidential' });
    const [link] = await invited(surveyId);
    await execute(t.db, submitResponse, anonymous, { survey_id: surveyId, token: link!.token, answers: goodAnswers });
    const [before] = await t.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', surveyId).execute();
    expect(before).toMatchObject({ invitation_id: link!.invitationId, submitted_at: expect.any(String) });

    const weaker = (await errorOf(execute(t.db, updateSurvey, seed, { survey_id: surveyId, anonymity: 'named' }))) as ConflictError;
    expect(weaker).toBeInstanceOf(ConflictError);
    expect(weaker.message).toMatch(/^anonymity: .*cannot be weakened/);

    await execute(t.db, updateSurvey, seed, { survey_id: surveyId, anonymity: 'anonymous' });
    const [after] = await t.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', surveyId).execute();
    expect(after).toMatchObject({ invitation_id: null, submitted_at: null });
    expect(await errorOf(execute(t.db, updateSurvey, seed, { survey_id: surveyId, anonymity: 'confidential' }))).toBeInstanceOf(ConflictError);
  });

  it('allows only texts to change once someone has answered', async () => {
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    await execute(t.db, submitResponse, anonymous, { survey_id: surveyId, role: 'other_staff', municipality_code: '0219', answers: goodAnswers });
    const sections = definition().sections;
    sections[0]!.questions[0]!.text = { nb: 'Hvor godt kjenner du Vestregionens arbeid?', nn: 'Kor godt kjenner du arbeidet?' };
    await execute(t.db, saveDefinition, seed, { survey_id: surveyId, sections });
    const q = sections[0]!.questions[0]!;
    if (q.kind === 'single_choice') q.options[0]!.key = 'svaert_godt';
    const error = (await errorOf(execute(t.db, saveDefinition, seed, { survey_id: surveyId, sections }))) as ValidationError;
    expect(error.fieldErrors.sections![0]).toMatch(/only texts may change/);
  });
});

describe('the open link', () => {
  it('takes role and municipality, refuses a non-member, and stores a form sent twice once', async () => {
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    const form = { role: 'deputy_mayor', municipalityCode: '0602', idempotencyKey: 'form-key-0123456789', answers: goodAnswers };
    expect((await post(`/api/v1/surveys/${surveyId}/responses`, form)).status).toBe(201);
    const twice = await post(`/api/v1/surveys/${surveyId}/responses`, form);
    expect(twice.status).toBe(409);

    const stranger = await post(`/api/v1/surveys/${surveyId}/responses`, { ...form, municipalityCode: '0301', idempotencyKey: 'another-key-0123456789' });
    expect(stranger.status).toBe(422);
    expect(Object.keys(((await stranger.json()) as any).error.fields)).toEqual(['municipalityCode']);

    const noRole = await post(`/api/v1/surveys/${surveyId}/responses`, { answers: goodAnswers });
    expect(Object.keys(((await noRole.json()) as any).error.fields).sort()).toEqual(['municipalityCode', 'role']);
    const badRole = await post(`/api/v1/surveys/${surveyId}/responses`, { role: 'konge', municipalityCode: '0220' });
    expect(badRole.status).toBe(422);
    const fields = ((await badRole.json()) as any).error.fields;
    expect(Object.keys(fields).sort()).toEqual(['answers', 'role']);
    expect(fields.role[0]).toMatch(/^must be one of: mayor, deputy_mayor/);
    expect(await responsesForResults(t.db, surveyId)).toEqual([{ role: 'deputy_mayor', municipalityCode: '0602', answers: goodAnswers, isSynthetic: false }]);
  });
});

describe('permissions and the public API', () => {
  it('lets only the secretariat of the cooperation invite, and only the seed back-date', async () => {
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    const outsider = await insertUser(t.db, 'annen@example.test', [grant('secretariat', world.cooperationId + 1000)]);
    expect(await errorOf(execute(t.db, inviteAudience, outsider, { survey_id: surveyId, roles: ['mayor'] }))).toBeInstanceOf(ForbiddenError);
    const own = await insertUser(t.db, 'egen@example.test', [grant('secretariat', world.cooperationId)]);
    await expect(execute(t.db, inviteAudience, own, { survey_id: surveyId, roles: ['mayor'] })).resolves.toMatchObject({ created: 3 });
    expect(
      await errorOf(execute(t.db, submitResponse, own, { survey_id: surveyId, role: 'mayor', municipality_code: '0220', answers: goodAnswers, on: '2017-10-10' })),
    ).toBeInstanceOf(ForbiddenError);
  });

  it('lists open and closed surveys, never drafts, and shows one with its questions', async () => {
    const { id: draftId } = await execute(t.db, createSurvey, seed, { cooperation_id: world.cooperationId, definition: definition() });
    const openId = await openedSurvey(t.db, world.cooperationId);
    const list = (await (await t.app.request('/api/v1/surveys?cooperation=testsamarbeidet&limit=500')).json()) as any;
    const ids = list.data.map((s: any) => s.number);
    expect(ids).toContain(openId);
    expect(ids).not.toContain(draftId);
    expect(list.pagination.totalElements).toBe(ids.length);
    expect((await t.app.request(`/api/v1/surveys/${draftId}`)).status).toBe(404);
    const one = (await (await t.app.request(`/api/v1/surveys/${openId}`)).json()) as any;
    expect(one).toMatchObject({ id: `/api/v1/surveys/${openId}`, anonymity: 'anonymous', status: 'open', accepting: true, sections: expect.any(Array) });
    expect((await t.app.request('/api/v1/surveys?cooperation=finnes-ikke')).status).toBe(404);
    expect((await t.app.request('/api/v1/surveys/abc')).status).toBe(400);
  });

  it('saves a draft through the API behind the personal link, and documents every route in OpenAPI', async () => {
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    const [link] = await invited(surveyId);
    const put = (id: number, body: unknown) =>
      t.app.request(`/api/v1/surveys/${id}/draft`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const saved = await put(surveyId, { token: link!.token, answers: { kjenner: 'litt', samlet: '3' } });
    expect(saved.status).toBe(200);
    expect(await invitationByToken(t.db, link!.token)).toMatchObject({ draft: { kjenner: 'litt', samlet: 3 } });
    const wrong = await put(surveyId, { token: link!.token, answers: { samlet: 'svært' } });
    expect(wrong.status).toBe(422);
    expect(Object.keys(((await wrong.json()) as any).error.fields)).toEqual(['samlet']);
    expect((await put(surveyId + 1000, { token: link!.token, answers: {} })).status).toBe(404);
    expect(await invitationByToken(t.db, 'not-a-token')).toBeNull();

    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as any;
    for (const path of ['/surveys', '/surveys/definition-schema.json', '/surveys/{id}', '/surveys/{id}/definition', '/surveys/{id}/responses', '/surveys/{id}/draft']) {
      expect(doc.paths).toHaveProperty([path]);
    }
    expect(doc.components.schemas).toHaveProperty('SurveyResponseInput');
  });
});
