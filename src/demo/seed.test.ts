import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database';
import { ConflictError } from '../platform/errors';
import { getCooperationBySlug, listCooperations, membersOn, type CooperationView } from '../modules/cooperations';
import { bodiesOf, bodyBySlug, seatsOf } from '../modules/people';
import { isDatabaseEmpty, seedDemo } from './index';
import { KHS_COUNT_IN_SOURCE, KHS_MUNICIPALITIES } from './khs';

let t: TestDatabase;
let vestregionen: CooperationView;
let khs: CooperationView;

beforeAll(async () => {
  t = await createTestDatabase();
  expect(await isDatabaseEmpty(t.db)).toBe(true);
  await seedDemo(t.db);
  vestregionen = (await getCooperationBySlug(t.db, 'vestregionen'))!;
  khs = (await getCooperationBySlug(t.db, 'kommunehelsesamarbeidet'))!;
});
afterAll(() => t?.close());

describe('the demo seed', () => {
  it('loads Vestregionen and KHS, and refuses to load them twice', async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(false);
    expect((await listCooperations(t.db)).map((c) => c.slug)).toEqual(['kommunehelsesamarbeidet', 'vestregionen']);
    await expect(seedDemo(t.db)).rejects.toBeInstanceOf(ConflictError);
    expect(await listCooperations(t.db)).toHaveLength(2);
  });

  it('describes Vestregionen as the sources do, leaving unknowns empty', () => {
    expect(vestregionen).toMatchObject({
      name: 'Vestregionen',
      legalForm: 'section_27',
      legalBasis: '§ 27 i kommuneloven (1992)',
      host: { code: '0220', name: 'Asker' },
      headOffice: { code: '0219', name: 'Bærum' },
      status: 'ended',
      establishedOn: null,
      endedOn: '2018-12-31',
      memberCount: 17,
    });
    expect(vestregionen.purpose.nb).toContain('15 kommuner vest for Oslo');
    for (const lang of ['nb', 'nn', 'en'] as const) expect(vestregionen.sourceNote[lang]).toBeTruthy();
    expect(vestregionen.sourceNote.nb).toMatch(/oversettelser/);
    // The line under the name is quoted from the site; the source note says so, and that nn and en are translations.
    expect(vestregionen.tagline).toEqual({ nb: '15 kommuner vest for Oslo', nn: '15 kommunar vest for Oslo', en: '15 municipalities west of Oslo' });
    expect(vestregionen.sourceNote.nb).toContain('Linjen under navnet, «15 kommuner vest for Oslo», er sitert fra nettsiden');
    expect(vestregionen.sourceNote.en).toMatch(/including the line under the name and the notes, are translations/);
  });

  it('has 17 members of Vestregionen on 2018-06-01 and none on 2019-06-01', async () => {
    const members = await membersOn(t.db, vestregionen.id, '2018-06-01');
    expect(members).toHaveLength(17);
    expect(members.filter((m) => m.kind === 'municipality').map((m) => m.code)).toEqual([
      '0220', '0219', '0602', '0612', '0628', '0622', '0626', '0623', '0625', '0605', '0627', '0713', '0621', '0711', '0624',
    ]);
    expect(members.slice(15).map((m) => [m.code, m.name])).toEqual([
      ['02', 'Akershus'],
      ['06', 'Buskerud'],
    ]);
    expect(members.every((m) => m.startOn === null && m.endOn === '2018-12-31')).toBe(true);
    expect(await membersOn(t.db, vestregionen.id, '2018-12-31')).toHaveLength(17);
    expect(await membersOn(t.db, vestregionen.id, '2019-06-01')).toHaveLength(0);
  });

  it('has 26 municipality members of KHS on 2018-06-01, as the source says, each marked as reconstructed', async () => {
    expect(KHS_MUNICIPALITIES).toHaveLength(KHS_COUNT_IN_SOURCE);
    const members = await membersOn(t.db, khs.id, '2018-06-01');
    expect(members).toHaveLength(26);
    expect(members.every((m) => m.kind === 'municipality')).toBe(true);
    expect(new Set(members.map((m) => m.code)).size).toBe(26);
    expect(
      members.every((m) => m.note.nb?.startsWith('Rekonstruert') && m.note.nn?.startsWith('Rekonstruert') && m.note.en?.startsWith('Reconstructed')),
    ).toBe(true);
    expect(members.find((m) => m.code === '0532')).toMatchObject({ name: 'Jevnaker', countyCode: '05' });
    expect(khs).toMatchObject({ shortName: 'KHS', legalForm: 'agreement', status: 'active', establishedOn: null, endedOn: null });
    expect(khs.sourceNote.nb).toMatch(/rekonstruert og usikker/);
    expect(khs.sourceNote.nb).toMatch(/illustrasjon/);
    expect(khs.tagline).toEqual({});
    expect(await bodiesOf(t.db, khs.id)).toEqual([]);
  });

  it("gives Vestregionen its four bodies with roles, never a person's name", async () => {
    const bodies = await bodiesOf(t.db, vestregionen.id);
    expect(bodies.map((b) => [b.slug, b.kind])).toEqual([
      ['generalforsamlingen', 'general_assembly'],
      ['styringsgruppen', 'political'],
      ['radmannsgruppen', 'administrative'],
      ['sekretariatet', 'secretariat'],
    ]);
    const seatsBy = async (slug: string) => seatsOf(t.db, (await bodyBySlug(t.db, vestregionen.id, slug))!.id);

    const steering = await seatsBy('styringsgruppen');
    expect(steering.map((s) => s.office).sort()).toEqual([...Array(15).fill('mayor'), 'county_mayor', 'county_mayor'].sort());
    expect(steering[0]).toMatchObject({ position: 'chair', office: 'mayor', onBehalfOf: { code: '0219' }, startOn: '2017-01-01', endOn: '2018-12-31' });
    expect(steering.filter((s) => s.position === 'chair')).toHaveLength(1);
    expect(steering[0]!.note).toEqual({
      nb: expect.stringMatching(/^Leder 2017–2018\./),
      nn: expect.stringMatching(/^Leiar 2017–2018\./),
      en: expect.stringMatching(/^Chair 2017–2018\./),
    });
    expect(steering.slice(1).every((s) => Object.keys(s.note).length === 0)).toBe(true);

    const executives = await seatsBy('radmannsgruppen');
    expect(executives).toHaveLength(15);
    expect(executives.every((s) => s.office === 'chief_executive')).toBe(true);
    expect(executives[0]).toMatchObject({ position: 'chair', onBehalfOf: { code: '0219' } });

    const assembly = await seatsBy('generalforsamlingen');
    expect(assembly.filter((s) => s.office === 'formannskap')).toHaveLength(15);
    expect(assembly.filter((s) => s.office === 'county_committee').map((s) => s.onBehalfOf?.code)).toEqual(['02', '06']);

    const secretariat = await seatsBy('sekretariatet');
    expect(secretariat.map((s) => [s.office, s.onBehalfOf?.code])).toEqual(Array(4).fill(['secretariat_staff', '0220']));

    const all = [...steering, ...executives, ...assembly, ...secretariat];
    expect(all.every((s) => s.personName === null && s.endOn === '2018-12-31')).toBe(true);
    expect(await t.db.selectFrom('persons').selectAll().execute()).toEqual([]);
  });

  it('wrote every record through the commands, with an audit entry each by the seed actor', async () => {
    const rows = await t.db.selectFrom('audit_events').select(['action', 'actor_label']).execute();
    const count = (action: string) => rows.filter((r) => r.action === action).length;
    expect(rows.every((r) => r.actor_label === 'seed')).toBe(true);
    expect(count('cooperation.create')).toBe(2);
    // Vestregionen's 17, KHS's 26, and the 21 successors that applying the 2020 changes to KHS adds.
    expect(count('membership.add')).toBe(17 + 26 + 21);
    expect(count('body.create')).toBe(4);
    expect(count('seat.add')).toBe(17 + 17 + 15 + 4);
  });
});

describe('loading the demo into a register that lacks a member', () => {
  it('stores nothing at all when one write fails halfway', async () => {
    const broken = await createTestDatabase();
    try {
      // Sande (0713) is Vestregionen's twelfth member: its membership will be refused mid-way.
      await broken.db.deleteFrom('authority_names').where('code', '=', '0713').execute();
      await broken.db.deleteFrom('authority_changes').where((eb) => eb.or([eb('from_code', '=', '0713'), eb('to_code', '=', '0713')])).execute();
      await broken.db.deleteFrom('authorities').where('code', '=', '0713').execute();
      await expect(seedDemo(broken.db)).rejects.toThrow();
      expect(await isDatabaseEmpty(broken.db)).toBe(true);
      expect(await broken.db.selectFrom('audit_events').select('id').execute()).toEqual([]);
    } finally {
      await broken.close();
    }
  });
});
