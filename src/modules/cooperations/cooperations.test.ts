import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { anonymous, systemActor, type Actor } from '../../platform/authz';
import { execute } from '../../platform/command';
import { ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors';
import { grant, insertUser } from './cooperations.test-support';
import {
  addMembership,
  createCooperation,
  defaultMembershipDate,
  endMembership,
  getCooperationBySlug,
  listCooperations,
  membersOn,
  membershipsOfAuthorities,
  updateCooperation,
  type CreateCooperationInput,
} from './index';

let t: TestDatabase;
let admin: Actor;
let member: Actor;
const system = systemActor('cli');

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await insertUser(t.db, 'admin@example.org', [grant('administrator')]);
  member = await insertUser(t.db, 'member@example.org', [grant('member')]);
});
afterAll(() => t?.close());

let counter = 0;
async function newCooperation(extra: Partial<CreateCooperationInput> = {}) {
  counter += 1;
  const input: CreateCooperationInput = { slug: `test-${counter}`, name: `Test ${counter}`, legal_form: 'agreement', status: 'active', ...extra };
  return execute(t.db, createCooperation, system, input);
}

const member_ = (cooperationId: number, code: string, start_on: string | null, end_on: string | null = null) =>
  execute(t.db, addMembership, system, { cooperation_id: cooperationId, member_code: code, start_on, end_on });

async function auditCount() {
  const row = await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).status).toBe(422);
  return (error as ValidationError).fieldErrors;
}

describe('createCooperation', () => {
  it('stores the cooperation and its audit entry', async () => {
    const before = await auditCount();
    const { id, slug } = await execute(t.db, createCooperation, admin, {
      slug: 'samarbeid-a',
      name: 'Samarbeid A',
      legal_form: 'host_municipality',
      legal_basis: '§ 27 – vertskommunesamarbeid',
      status: 'active',
      host_code: '0220',
      tagline: { nb: 'Tre kommuner', nn: '  ' },
      purpose: { nb: 'Formål', en: '' },
    });
    const view = await getCooperationBySlug(t.db, slug);
    expect(view).toMatchObject({
      id,
      name: 'Samarbeid A',
      legalForm: 'host_municipality',
      legalFormName: { nb: 'Vertskommunesamarbeid' },
      legalBasis: '§ 27 – vertskommunesamarbeid',
      tagline: { nb: 'Tre kommuner' },
      purpose: { nb: 'Formål' },
      host: { code: '0220', name: 'Asker' },
      headOffice: null,
      memberCount: 0,
    });
    expect(view?.purpose.en).toBeUndefined();
    expect(view?.tagline.nn).toBeUndefined();
    expect(await auditCount()).toBe(before + 1);
    const audit = await t.db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'cooperation.create', entity_type: 'cooperation', entity_id: String(id), actor_label: 'admin@example.org', before: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ slug: 'samarbeid-a', host_code: '0220' });
  });

  it('refuses a member and an anonymous visitor, and writes nothing', async () => {
    const before = await auditCount();
    const input = { slug: 'not-allowed', name: 'Nope', legal_form: 'iks', status: 'planned' } as const;
    await expect(execute(t.db, createCooperation, member, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(execute(t.db, createCooperation, anonymous, input)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getCooperationBySlug(t.db, 'not-allowed')).toBeNull();
    expect(await auditCount()).toBe(before);
  });

  it('checks the fields together and names each field to correct', async () => {
    const errors = await fieldErrorsOf(
      execute(t.db, createCooperation, system, { slug: 'samarbeid-a', name: 'X', legal_form: 'iks', status: 'ended', head_office_code: '9999' }),
    );
    expect(Object.keys(errors).sort()).toEqual(['ended_on', 'head_office_code', 'slug']);
    const zodErrors = await fieldErrorsOf(
      execute(t.db, createCooperation, system, { slug: 'Bad Slug', name: '', legal_form: 'kommune' as never, status: 'active', established_on: '2018-02-30' }),
    );
    expect(Object.keys(zodErrors).sort()).toEqual(['established_on', 'legal_form', 'name', 'slug']);
  });
});

describe('updateCooperation', () => {
  it('changes only the fields given, and records before and after', async () => {
    const { id } = await newCooperation({ short_name: 'T', purpose: { nb: 'Gammelt' } });
    await execute(t.db, updateCooperation, admin, { cooperation_id: id, status: 'ended', ended_on: '2019-12-31' });
    const view = (await listCooperations(t.db)).find((c) => c.id === id)!;
    expect(view).toMatchObject({ status: 'ended', endedOn: '2019-12-31', shortName: 'T', purpose: { nb: 'Gammelt' }, tagline: {} });
    await execute(t.db, updateCooperation, admin, { cooperation_id: id, tagline: { nb: 'Ny linje', en: 'New line' } });
    expect((await getCooperationBySlug(t.db, view.slug))?.tagline).toEqual({ nb: 'Ny linje', en: 'New line' });
    const audit = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'cooperation.update').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before!).status).toBe('active');
    expect(JSON.parse(audit.after!).status).toBe('ended');
  });

  it("lets the cooperation's own secretariat edit it, but not another's", async () => {
    const { id } = await newCooperation();
    const other = await newCooperation();
    const secretariat = await insertUser(t.db, `sec-${id}@example.org`, [grant('secretariat', id)]);
    await execute(t.db, updateCooperation, secretariat, { cooperation_id: id, name: 'Nytt navn' });
    expect((await listCooperations(t.db)).find((c) => c.id === id)?.name).toBe('Nytt navn');
    await expect(execute(t.db, updateCooperation, secretariat, { cooperation_id: other.id, name: 'X' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(execute(t.db, createCooperation, secretariat, { slug: 'by-secretariat', name: 'X', legal_form: 'iks', status: 'active' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('answers 404 for a cooperation that does not exist', async () => {
    await expect(execute(t.db, updateCooperation, admin, { cooperation_id: 999_999, name: 'X' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('memberships', () => {
  it('holds from the first to the last day inclusive', async () => {
    const { id } = await newCooperation();
    await member_(id, '0220', '2018-03-01', '2018-06-30');
    const codesOn = async (at: string) => (await membersOn(t.db, id, at)).map((m) => m.code);
    expect(await codesOn('2018-02-28')).toEqual([]);
    expect(await codesOn('2018-03-01')).toEqual(['0220']);
    expect(await codesOn('2018-06-30')).toEqual(['0220']);
    expect(await codesOn('2018-07-01')).toEqual([]);
  });

  it('refuses an overlapping period for the same member, naming the field', async () => {
    const { id } = await newCooperation();
    await member_(id, '0219', '2018-01-01', '2018-12-31');
    const errors = await fieldErrorsOf(member_(id, '0219', '2018-12-31', null));
    expect(errors.start_on?.[0]).toMatch(/Bærum \(0219\) is already a member/);
    await fieldErrorsOf(member_(id, '0219', null, '2018-01-01'));
    // The day after is no overlap; another member on the same days is none either.
    await member_(id, '0219', '2019-01-01', '2019-12-31');
    await member_(id, '0220', '2018-01-01', '2018-12-31');
    expect((await membersOn(t.db, id, '2019-06-01')).map((m) => m.code)).toEqual(['0219']);
  });

  it('refuses a number the register does not have, or one not valid when the membership starts', async () => {
    const { id } = await newCooperation();
    const unknown = await fieldErrorsOf(member_(id, '9998', '2018-01-01'));
    expect(unknown.member_code?.[0]).toMatch(/9998 is not a municipality or county number/);
    const expired = await fieldErrorsOf(member_(id, '0220', '2020-01-01'));
    expect(expired.member_code?.[0]).toMatch(/not a valid number on 2020-01-01/);
    const tooEarly = await fieldErrorsOf(member_(id, '3025', '2019-12-31'));
    expect(tooEarly.member_code).toBeDefined();
    const order = await fieldErrorsOf(member_(id, '3025', '2020-05-01', '2020-04-30'));
    expect(order.end_on).toEqual(['must be on or after the start date']);
    expect(await membersOn(t.db, id, '2020-06-01')).toEqual([]);
  });

  it('ends a membership, never before it started, and audits the change', async () => {
    const { id } = await newCooperation();
    const { id: membershipId } = await member_(id, '0602', '2018-01-01');
    const errors = await fieldErrorsOf(execute(t.db, endMembership, system, { membership_id: membershipId, end_on: '2017-12-31' }));
    expect(errors.end_on?.[0]).toMatch(/on or after the start date 2018-01-01/);
    await execute(t.db, endMembership, system, { membership_id: membershipId, end_on: '2018-01-01' });
    expect((await membersOn(t.db, id, '2018-01-01')).map((m) => m.endOn)).toEqual(['2018-01-01']);
    const audit = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'membership.end').where('entity_id', '=', String(membershipId)).executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before!).end_on).toBeNull();
    expect(JSON.parse(audit.after!).end_on).toBe('2018-01-01');
    await expect(execute(t.db, endMembership, system, { membership_id: 999_999, end_on: '2018-01-01' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('writes the membership and its audit entry in one transaction', async () => {
    const { id } = await newCooperation();
    const before = await auditCount();
    const { id: membershipId } = await member_(id, '0626', '2018-01-01');
    expect(await auditCount()).toBe(before + 1);
    const audit = await t.db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'membership.add', entity_type: 'membership', entity_id: String(membershipId) });

    // An audit entry that cannot be stored (its user does not exist) takes the membership down with it.
    const ghost: Actor = { kind: 'user', userId: 987_654, name: 'ghost', email: 'ghost@example.org', grants: [grant('administrator')] };
    const beforeGhost = await auditCount();
    await expect(execute(t.db, addMembership, ghost, { cooperation_id: id, member_code: '0622', start_on: '2018-01-01' })).rejects.toThrow();
    expect((await membersOn(t.db, id, '2018-06-01')).map((m) => m.code)).toEqual(['0626']);
    expect(await auditCount()).toBe(beforeGhost);
  });

  it("lets the cooperation's secretariat add members, but not a member or a visitor", async () => {
    const { id } = await newCooperation();
    const secretariat = await insertUser(t.db, `sec-members-${id}@example.org`, [grant('secretariat', id)]);
    await execute(t.db, addMembership, secretariat, { cooperation_id: id, member_code: '0605', start_on: '2018-01-01' });
    const input = { cooperation_id: id, member_code: '0612', start_on: '2018-01-01' };
    await expect(execute(t.db, addMembership, member, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(execute(t.db, addMembership, anonymous, input)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await membersOn(t.db, id, '2018-06-01')).map((m) => m.code)).toEqual(['0605']);
  });
});

describe('membership notes', () => {
  it('stores a note in several languages, leaves blank languages out, and reads {} when there is none', async () => {
    const { id } = await newCooperation();
    await execute(t.db, addMembership, system, {
      cooperation_id: id,
      member_code: '0219',
      start_on: '2018-01-01',
      note: { nb: 'Merknad', nn: 'Merknad på nynorsk', en: ' ' },
    });
    await member_(id, '0220', '2018-01-01');
    const members = await membersOn(t.db, id, '2018-06-01');
    expect(members.map((m) => [m.code, m.note])).toEqual([
      ['0220', {}],
      ['0219', { nb: 'Merknad', nn: 'Merknad på nynorsk' }],
    ]);
    const ofBaerum = (await membershipsOfAuthorities(t.db, ['0219'])).find((r) => r.membershipId === members[1]!.membershipId);
    expect(ofBaerum?.note).toEqual({ nb: 'Merknad', nn: 'Merknad på nynorsk' });
    const stored = await t.db.selectFrom('memberships').select('note').where('cooperation_id', '=', id).where('member_code', '=', '0220').executeTakeFirstOrThrow();
    expect(stored.note).toBe('{}');
    const errors = await fieldErrorsOf(execute(t.db, addMembership, system, { cooperation_id: id, member_code: '0624', note: { nb: 'x'.repeat(1001) } }));
    expect(Object.keys(errors)).toEqual(['note.nb']);
  });
});

describe('membersOn', () => {
  it('lists municipalities in Norwegian order, then county authorities, named as on the date', async () => {
    const { id } = await newCooperation();
    for (const code of ['0619', '06', '0624', '0219', '02', '0220', '5001']) await member_(id, code, '2018-01-01');
    const members = await membersOn(t.db, id, '2018-06-01');
    expect(members.map((m) => m.name)).toEqual(['Asker', 'Bærum', 'Trondheim', 'Øvre Eiker', 'Ål', 'Akershus', 'Buskerud']);
    expect(members[0]).toMatchObject({ code: '0220', kind: 'municipality', countyCode: '02', countyName: 'Akershus', startOn: '2018-01-01', endOn: null });
    expect(members.at(-1)).toMatchObject({ code: '06', kind: 'county', countyCode: null, countyName: null });
    // 5001 is "Trondheim - Tråante" in the register today, but was "Trondheim" in 2018.
    expect((await membersOn(t.db, id, '2024-06-01')).find((m) => m.code === '5001')?.name).toBe('Trondheim - Tråante');
  });
});

describe('membershipsOfAuthorities', () => {
  it("finds every membership under a code's lineage, oldest first", async () => {
    const first = await newCooperation({ name: 'Lineage one' });
    const second = await newCooperation({ name: 'Lineage two' });
    await member_(second.id, '3024', '2020-01-01', '2023-12-31');
    await member_(first.id, '0219', '2015-01-01', '2019-12-31');
    await member_(first.id, '3201', '2024-01-01');
    await member_(second.id, '0219', null, '2016-12-31');
    const rows = (await membershipsOfAuthorities(t.db, ['0219', '3024', '3201'])).filter((r) => r.cooperation.name.startsWith('Lineage'));
    expect(rows.map((r) => [r.cooperation.name, r.code, r.startOn, r.endOn])).toEqual([
      ['Lineage two', '0219', null, '2016-12-31'],
      ['Lineage one', '0219', '2015-01-01', '2019-12-31'],
      ['Lineage two', '3024', '2020-01-01', '2023-12-31'],
      ['Lineage one', '3201', '2024-01-01', null],
    ]);
    expect(await membershipsOfAuthorities(t.db, [])).toEqual([]);
  });
});

describe('listCooperations', () => {
  it('sorts by name in Norwegian order', async () => {
    for (const name of ['Ålsamarbeidet', 'Østsamarbeidet', 'Zsamarbeidet', 'Æsamarbeidet', 'Asamarbeidet']) await newCooperation({ name });
    const names = (await listCooperations(t.db)).map((c) => c.name).filter((n) => n.endsWith('samarbeidet'));
    expect(names).toEqual(['Asamarbeidet', 'Zsamarbeidet', 'Æsamarbeidet', 'Østsamarbeidet', 'Ålsamarbeidet']);
  });
});

describe('defaultMembershipDate', () => {
  it('is today while the cooperation exists, else its last day', () => {
    expect(defaultMembershipDate({ endedOn: '2018-12-31' }, '2026-11-23')).toBe('2018-12-31');
    expect(defaultMembershipDate({ endedOn: null }, '2026-11-23')).toBe('2026-11-23');
    expect(defaultMembershipDate({ endedOn: '2030-01-01' }, '2026-11-23')).toBe('2026-11-23');
    expect(defaultMembershipDate({ endedOn: null, establishedOn: '2027-01-01' }, '2026-11-23')).toBe('2027-01-01');
  });
});
