import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { anonymous, systemActor, type Actor } from '../../platform/authz';
import { execute } from '../../platform/command';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors';
import { createCooperation } from '../cooperations';
import { grant, insertUser } from '../cooperations/cooperations.test-support';
import { addDocument, documentsOf, getDocument, registerDocument, removeDocument, searchDocuments, updateDocumentAccess, withdrawDocument } from './index';

let t: TestApp;
let cooperationId: number;
let otherId: number;
let secretariat: Actor;
let otherSecretariat: Actor;
let member: Actor;
const system = systemActor('cli');

beforeAll(async () => {
  t = await createTestApp();
  ({ id: cooperationId } = await execute(t.db, createCooperation, system, { slug: 'arkivtest', name: 'Arkivtest', legal_form: 'political_council', status: 'active' }));
  ({ id: otherId } = await execute(t.db, createCooperation, system, { slug: 'annet', name: 'Annet', legal_form: 'iks', status: 'active' }));
  secretariat = await insertUser(t.db, 'sek@example.org', [grant('secretariat', cooperationId)]);
  otherSecretariat = await insertUser(t.db, 'annen@example.org', [grant('secretariat', otherId)]);
  member = await insertUser(t.db, 'medlem@example.org', [grant('member', cooperationId)]);
});
afterAll(() => t?.close());

const base = () => ({ cooperation_id: cooperationId, kind: 'attachment' as const, document_date: '2018-03-15', is_public: true, text: '' });

async function errorOf(promise: Promise<unknown>) {
  return promise.then(() => null, (e: unknown) => e);
}

describe('addDocument', () => {
  it('is for the cooperation’s secretariat, audited, and searchable at once', async () => {
    const { id } = await execute(t.db, addDocument, secretariat, { ...base(), title: 'Referat fra Rådmannsgruppen', text: 'Rådmennene drøftet Kunst Rett Vest.' });
    const audit = await t.db.selectFrom('audit_events').selectAll().where('entity_type', '=', 'document').where('entity_id', '=', String(id)).execute();
    expect(audit.map((a) => a.action)).toEqual(['document.add']);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ title: 'Referat fra Rådmannsgruppen', text_length: 35 });
    expect((await searchDocuments(t.db, 'rådmennene', { publicOnly: true }, { page: 1, limit: 10 })).items.map((d) => d.id)).toEqual([id]);
    expect(await errorOf(execute(t.db, addDocument, otherSecretariat, { ...base(), title: 'x' }))).toBeInstanceOf(ForbiddenError);
    expect(await errorOf(execute(t.db, addDocument, member, { ...base(), title: 'x' }))).toBeInstanceOf(ForbiddenError);
  });

  it('names each bad field and refuses a document both exempt and public', async () => {
    const error = (await errorOf(
      execute(t.db, addDocument, secretariat, { ...base(), title: ' ', document_date: '15.03.2018', kind: 'memo' as never }),
    )) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['document_date', 'kind', 'title']);
    expect(error.fieldErrors.document_date![0]).toMatch(/YYYY-MM-DD/);
    const exempt = (await errorOf(execute(t.db, addDocument, secretariat, { ...base(), title: 'Notat', exempt_basis: 'offl. § 14' }))) as ValidationError;
    expect(exempt.fieldErrors).toEqual({ is_public: ['an exempt document cannot be public: remove the exemption basis or make it internal'] });
  });
});

describe('access, withdrawal and generated documents', () => {
  it('hides internal documents from the public everywhere, and shows them to members', async () => {
    const { id } = await execute(t.db, addDocument, secretariat, { ...base(), title: 'Budsjettnotat', text: 'Hemmelig budsjettforslag', is_public: false, exempt_basis: 'offl. § 14' });
    expect(await getDocument(t.db, id, anonymous)).toBeUndefined();
    expect(await getDocument(t.db, id, otherSecretariat)).toBeUndefined();
    expect((await getDocument(t.db, id, member))?.exemptBasis).toBe('offl. § 14');
    expect(await searchDocuments(t.db, 'budsjettforslag', { publicOnly: true }, { page: 1, limit: 5 })).toEqual({ items: [], total: 0 });
    expect((await documentsOf(t.db, { cooperationId, publicOnly: true })).some((d) => d.id === id)).toBe(false);
    // Another cooperation's secretariat gets 404, not 403: the document's existence is not confirmed.
    expect(await errorOf(execute(t.db, updateDocumentAccess, otherSecretariat, { document_id: id, is_public: true }))).toBeInstanceOf(NotFoundError);
    await execute(t.db, updateDocumentAccess, secretariat, { document_id: id, is_public: true, exempt_basis: null });
    expect((await searchDocuments(t.db, 'budsjettforslag', { publicOnly: true }, { page: 1, limit: 5 })).total).toBe(1);
    await execute(t.db, removeDocument, secretariat, { document_id: id });
    expect(await getDocument(t.db, id, system)).toBeUndefined();
    expect((await searchDocuments(t.db, 'budsjettforslag', { publicOnly: false }, { page: 1, limit: 5 })).total).toBe(0);
  });

  it('registers a generated document once per source key, updates it with its index, and withdraws it', async () => {
    const input = { ...base(), kind: 'page' as const, title: 'Om samarbeidet', text: 'Første versjon om ungdomssymfonikerne.', href: '/arkivtest/om', source_key: 'page:7' };
    const id = await t.db.transaction().execute((trx) => registerDocument(trx, input));
    const again = await t.db.transaction().execute((trx) => registerDocument(trx, { ...input, text: 'Andre versjon om korpset.' }));
    expect(again).toBe(id);
    const find = async (q: string) => (await searchDocuments(t.db, q, { publicOnly: true }, { page: 1, limit: 5 })).items.map((d) => d.id);
    expect(await find('ungdomssymfonikerne')).toEqual([]);
    expect(await find('korpset')).toEqual([id]);
    const [summary] = (await documentsOf(t.db, { cooperationId, publicOnly: true })).filter((d) => d.id === id);
    expect(summary).toMatchObject({ kind: 'page', href: '/arkivtest/om', downloadHref: null, generated: true });
    expect(await errorOf(execute(t.db, removeDocument, secretariat, { document_id: id }))).toBeInstanceOf(ConflictError);
    await t.db.transaction().execute((trx) => withdrawDocument(trx, 'page:7'));
    expect(await find('korpset')).toEqual([]);
    await t.db.transaction().execute((trx) => withdrawDocument(trx, 'page:7')); // nothing left: no error
  });
});

describe('the API', () => {
  it('answers 400 naming q for an empty search', async () => {
    const res = await t.app.request('/api/v1/search?q=%20');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: Record<string, string[]> } };
    expect(Object.keys(body.error.fields)).toEqual(['q']);
    expect(body.error.fields.q![0]).toMatch(/must not be empty/);
  });

  it('searches, lists and shows public documents in the OParl envelope', async () => {
    const { id } = await execute(t.db, addDocument, secretariat, { ...base(), title: 'Høring om Øvre Eiker', document_date: '2019-02-01', text: 'Øvre Eiker svarer på høringen.' });
    await execute(t.db, addDocument, secretariat, { ...base(), title: 'Internt om Øvre Eiker', text: 'Øvre Eiker internt.', is_public: false });
    const search = (await (await t.app.request('/api/v1/search?q=%22%C3%98vre+Eiker%22')).json()) as any;
    expect(search.data.map((d: any) => d.name)).toEqual(['Høring om Øvre Eiker']);
    expect(search.data[0]).toMatchObject({ type: 'File', classification: 'attachment', cooperation: 'arkivtest', date: '2019-02-01', accessUrl: `/dokumenter/${id}` });
    expect(search.data[0].highlights.filter((h: any) => h.hit).map((h: any) => h.text)).toEqual(['Øvre Eiker']);
    expect(search.pagination).toMatchObject({ totalElements: 1, currentPage: 1 });
    const list = (await (await t.app.request('/api/v1/documents?cooperation=arkivtest&year=2019')).json()) as any;
    expect(list.data.map((d: any) => d.id)).toEqual([`/api/v1/documents/${id}`]);
    expect((await (await t.app.request('/api/v1/documents?cooperation=finnes-ikke')).json() as any).data).toEqual([]);
    const one = (await (await t.app.request(`/api/v1/documents/${id}`)).json()) as any;
    expect(one.text).toBe('Øvre Eiker svarer på høringen.');
    const bad = await t.app.request('/api/v1/documents?year=18&type=memo');
    expect(Object.keys(((await bad.json()) as any).error.fields).sort()).toEqual(['type', 'year']);
  });

  it('answers 404 for an internal document', async () => {
    const { id } = await execute(t.db, addDocument, secretariat, { ...base(), title: 'Lukket', is_public: false });
    expect((await t.app.request(`/api/v1/documents/${id}`)).status).toBe(404);
  });
});
