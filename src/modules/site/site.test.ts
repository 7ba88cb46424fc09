import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import type { Actor } from '../../platform/authz';
import { execute } from '../../platform/command';
import { NotFoundError, ValidationError } from '../../platform/errors';
import { publishNews, publishPage, restorePageRevision, saveNews, savePage } from './index';
import { apiTestApp } from '../../platform/http/openapi.test-support';
import { siteApi } from './site.routes';
import { newsList, pageRevisions, publishedNews, publishedPageAt, siteMenu, sitePages } from './index';

let t: TestDatabase;
let coop: { id: number; slug: string };
let other: { id: number; slug: string };
const user = (grants: Array<{ role: 'editor' | 'secretariat' | 'member'; cooperationId: number | null }>): Actor => ({
  kind: 'user',
  userId,
  name: 'Redaktør',
  email: 'redaktor@example.org',
  grants: grants.map((g) => ({ ...g, authorityCode: null })),
});
let editor: Actor;
let userId = 0;

beforeAll(async () => {
  t = await createTestDatabase({ seed: true });
  coop = await t.db.selectFrom('cooperations').select(['id', 'slug']).where('slug', '=', 'vestregionen').executeTakeFirstOrThrow();
  // Audit entries refer to the user who acted.
  userId = (await t.db.insertInto('users').values({ email: 'redaktor@example.org', name: 'Redaktør', password_hash: 'x', created_at: new Date().toISOString() }).returning('id').executeTakeFirstOrThrow()).id;
  other = await t.db.selectFrom('cooperations').select(['id', 'slug']).where('slug', '!=', 'vestregionen').executeTakeFirstOrThrow();
  editor = user([{ role: 'editor', cooperationId: coop.id }]);
});
afterAll(() => t?.close());

async function fieldErrors(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('the demo site of Vestregionen', () => {
  it('has the seed-2 page with its process, and a menu with a sub-menu', async () => {
    const menu = await siteMenu(t.db, coop);
    expect(menu.map((m) => [m.page.slug, m.children.map((c) => c.path)])).toEqual([
      ['vestregionens-framtid', []],
      ['om-vestregionen', ['/vestregionen/om-vestregionen/innsatsomrader', '/vestregionen/om-vestregionen/felles-tiltak']],
    ]);
    const page = await publishedPageAt(t.db, coop, ['vestregionens-framtid']);
    expect(page?.title.nb).toBe('Vestregionens framtid');
    expect(page?.translations).toEqual(['en']);
    expect(page?.processId).not.toBeNull();
    expect(await publishedPageAt(t.db, coop, ['innsatsomrader'])).toBeNull();
    expect((await publishedPageAt(t.db, coop, ['om-vestregionen', 'innsatsomrader']))?.illustrative).toBe(true);
  });

  it('has two news items, newest first, dated as the seeds date them', async () => {
    const news = await newsList(t.db, coop.id, { publishedOnly: true });
    expect(news.map((n) => [n.publishedOn, n.slug])).toEqual([
      ['2018-06-14', 'vestregionen-avvikles'],
      ['2018-03-15', 'skisse-til-fremtidig-samarbeid'],
    ]);
  });
});

describe('pages', () => {
  let pageId: number;

  it('an editor of the cooperation writes a draft; it is not public until published, and is audited', async () => {
    const { id } = await execute(t.db, savePage, editor, {
      cooperation_id: coop.id,
      slug: 'kontakt',
      title: { nb: 'Kontakt', nn: '', en: '' },
      body: { nb: 'Skriv til **sekretariatet**.' },
      show_in_menu: 'on',
    });
    pageId = id;
    expect(await publishedPageAt(t.db, coop, ['kontakt'])).toBeNull();
    await execute(t.db, publishPage, editor, { id, publish: true });
    expect((await publishedPageAt(t.db, coop, ['kontakt']))?.title).toEqual({ nb: 'Kontakt' });
    const actions = await t.db.selectFrom('audit_events').select('action').where('entity_type', '=', 'site_page').where('entity_id', '=', String(id)).execute();
    expect(actions.map((a) => a.action)).toEqual(['page.create', 'page.publish']);
    // Published pages are in the archive (and so in its search), with their plain text; unpublished ones leave it.
    const inArchive = () => t.db.selectFrom('documents').select(['kind', 'title', 'href', 'is_public']).where('source_key', '=', `page:${id}`).executeTakeFirst();
    expect(await inArchive()).toEqual({ kind: 'page', title: 'Kontakt', href: '/vestregionen/kontakt', is_public: 1 });
    await execute(t.db, publishPage, editor, { id, publish: false });
    expect(await publishedPageAt(t.db, coop, ['kontakt'])).toBeNull();
    expect(await inArchive()).toBeUndefined();
  });

  it('refuses fixed paths, a taken slug, a third menu level and a parent from another site, naming the field', async () => {
    const base = { cooperation_id: coop.id, title: { nb: 'X' } };
    expect((await fieldErrors(execute(t.db, savePage, editor, { ...base, slug: 'moter' }))).slug?.[0]).toMatch(/fixed page/);
    expect((await fieldErrors(execute(t.db, savePage, editor, { ...base, slug: 'om-vestregionen' }))).slug?.[0]).toMatch(/already used/);
    const child = (await sitePages(t.db, coop, { publishedOnly: false })).find((p) => p.slug === 'innsatsomrader')!;
    expect((await fieldErrors(execute(t.db, savePage, editor, { ...base, slug: 'dypt', parent_id: child.id }))).parent_id?.[0]).toMatch(/two levels/);
    expect((await fieldErrors(execute(t.db, savePage, editor, { ...base, slug: 'x-1', title: { nb: '' } }))).title).toBeDefined();
    const foreign = await execute(t.db, savePage, user([{ role: 'secretariat', cooperationId: other.id }]), { cooperation_id: other.id, slug: 'om', title: { nb: 'Om' } });
    expect((await fieldErrors(execute(t.db, savePage, editor, { ...base, slug: 'x-2', parent_id: foreign.id }))).parent_id).toBeDefined();
  });

  it('refuses editors of another cooperation and members; a page of another site is not found', async () => {
    const outsider = user([{ role: 'editor', cooperationId: other.id }]);
    await expect(execute(t.db, savePage, outsider, { cooperation_id: coop.id, slug: 'inntrenger', title: { nb: 'X' } })).rejects.toThrow('permission');
    await expect(execute(t.db, savePage, user([{ role: 'member', cooperationId: coop.id }]), { cooperation_id: coop.id, slug: 'medlem', title: { nb: 'X' } })).rejects.toThrow('permission');
    await expect(execute(t.db, savePage, outsider, { cooperation_id: other.id, page_id: pageId, slug: 'kontakt', title: { nb: 'X' } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(execute(t.db, publishPage, outsider, { id: pageId, publish: true })).rejects.toThrow('permission');
  });

  it('keeps every version; restoring an earlier one is itself a new version', async () => {
    const save = (nb: string) => execute(t.db, savePage, editor, { cooperation_id: coop.id, page_id: pageId, slug: 'kontakt', title: { nb: 'Kontakt' }, body: { nb } });
    await save('Andre utgave');
    await save('Tredje utgave');
    const history = await pageRevisions(t.db, pageId);
    expect(history.map((r) => r.body.nb)).toEqual(['Tredje utgave', 'Andre utgave', 'Skriv til **sekretariatet**.']);
    expect(history[0]!.savedBy).toBe('redaktor@example.org');
    await execute(t.db, restorePageRevision, editor, { page_id: pageId, revision_id: history[2]!.id });
    const after = await pageRevisions(t.db, pageId);
    expect(after.map((r) => r.body.nb)).toEqual(['Skriv til **sekretariatet**.', 'Tredje utgave', 'Andre utgave', 'Skriv til **sekretariatet**.']);
    const otherPage = (await sitePages(t.db, coop, { publishedOnly: false })).find((p) => p.slug === 'om-vestregionen')!;
    const foreignRevision = (await pageRevisions(t.db, otherPage.id))[0]!;
    expect((await fieldErrors(execute(t.db, restorePageRevision, editor, { page_id: pageId, revision_id: foreignRevision.id }))).revision_id).toBeDefined();
  });
});

describe('news', () => {
  it('writes, publishes and lists a news item; a taken slug is refused', async () => {
    const { id } = await execute(t.db, saveNews, editor, { cooperation_id: coop.id, slug: 'ny-sak', title: { nb: 'Ny sak' }, published_on: '2018-05-01' });
    expect(await publishedNews(t.db, coop.id, 'ny-sak')).toBeNull();
    await execute(t.db, publishNews, editor, { id, publish: true });
    expect((await newsList(t.db, coop.id, { publishedOnly: true })).map((n) => n.slug)).toEqual(['vestregionen-avvikles', 'ny-sak', 'skisse-til-fremtidig-samarbeid']);
    expect((await fieldErrors(execute(t.db, saveNews, editor, { cooperation_id: coop.id, slug: 'ny-sak', title: { nb: 'X' }, published_on: '2018-05-01' }))).slug).toBeDefined();
    expect((await fieldErrors(execute(t.db, saveNews, editor, { cooperation_id: coop.id, slug: 'dato', title: { nb: 'X' }, published_on: '2018-02-30' }))).published_on).toBeDefined();
  });
});

describe('the API', () => {
  it('lists published pages in menu order and news newest first, in the OParl envelope; 404 for an unknown cooperation', async () => {
    const get = apiTestApp(t.db, siteApi());
    const pages = await get('/cooperations/vestregionen/pages');
    expect(pages.status).toBe(200);
    expect(pages.body.data.map((p: any) => p.web)).toEqual([
      '/vestregionen/vestregionens-framtid',
      '/vestregionen/om-vestregionen',
      '/vestregionen/om-vestregionen/innsatsomrader',
      '/vestregionen/om-vestregionen/felles-tiltak',
    ]);
    expect(pages.body.data[0]).toMatchObject({ translations: ['en'], process: '/api/v1/processes/vestregionens-framtid?cooperation=vestregionen' });
    const news = await get('/cooperations/vestregionen/news?limit=1');
    expect(news.body.pagination.totalElements).toBeGreaterThanOrEqual(2);
    expect(news.body.data[0]).toMatchObject({ slug: 'vestregionen-avvikles', date: '2018-06-14', illustrative: true });
    expect((await get('/cooperations/finnes-ikke/news')).status).toBe(404);
  });
});
