import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { anonymous, systemActor, type Actor } from '../../platform/authz';
import { execute } from '../../platform/command';
import { ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors';
import { addMembership, createCooperation } from '../cooperations';
import { grant, insertUser } from '../cooperations/cooperations.test-support';
import { addSeat, bodiesOf, bodyBySlug, createBody, createPerson, endSeat, seatsOf } from './index';

let t: TestDatabase;
let cooperationId: number;
let otherCooperationId: number;
let bodyId: number;
let secretariat: Actor;
let member: Actor;
const system = systemActor('cli');

beforeAll(async () => {
  t = await createTestDatabase();
  ({ id: cooperationId } = await execute(t.db, createCooperation, system, { slug: 'people-test', name: 'People test', legal_form: 'political_council', status: 'active' }));
  ({ id: otherCooperationId } = await execute(t.db, createCooperation, system, { slug: 'other', name: 'Other', legal_form: 'iks', status: 'active' }));
  for (const [code, start_on, end_on] of [
    ['0220', null, '2019-12-31'],
    ['0219', '2018-01-01', '2019-12-31'],
    ['0624', '2018-01-01', null],
    ['0619', '2018-01-01', null],
    ['06', '2018-01-01', null],
  ] as const) {
    await execute(t.db, addMembership, system, { cooperation_id: cooperationId, member_code: code, start_on, end_on });
  }
  secretariat = await insertUser(t.db, 'sec@example.org', [grant('secretariat', cooperationId)]);
  member = await insertUser(t.db, 'member@example.org', [grant('member', cooperationId)]);
  ({ id: bodyId } = await execute(t.db, createBody, secretariat, {
    cooperation_id: cooperationId,
    slug: 'radet',
    name: { nb: 'Rådet', nn: 'Rådet', en: 'The Council' },
    kind: 'political',
    composition: { nb: 'Ordførerne' },
    sort_order: 2,
  }));
});
afterAll(() => t?.close());

const seat = (input: Omit<Parameters<typeof execute<typeof addSeat.input, { id: number }>>[3], 'body_id'>, actor: Actor = system) =>
  execute(t.db, addSeat, actor, { body_id: bodyId, ...input });

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('bodies', () => {
  it('lists bodies in their set order, and finds one by slug', async () => {
    await execute(t.db, createBody, system, { cooperation_id: cooperationId, slug: 'forst', name: { nb: 'Først' }, kind: 'general_assembly', sort_order: 1 });
    const bodies = await bodiesOf(t.db, cooperationId);
    expect(bodies.map((b) => b.slug)).toEqual(['forst', 'radet']);
    expect(await bodyBySlug(t.db, cooperationId, 'radet')).toMatchObject({ id: bodyId, name: { en: 'The Council' }, kind: 'political', composition: { nb: 'Ordførerne' } });
    expect(await bodyBySlug(t.db, otherCooperationId, 'radet')).toBeNull();
  });

  it('refuses a slug used twice in one cooperation, an unknown kind, and a body without a Norwegian name', async () => {
    const errors = await fieldErrorsOf(execute(t.db, createBody, system, { cooperation_id: cooperationId, slug: 'radet', name: { nb: 'X' }, kind: 'political' }));
    expect(Object.keys(errors)).toEqual(['slug']);
    const zod = await fieldErrorsOf(execute(t.db, createBody, system, { cooperation_id: cooperationId, slug: 'y', name: { en: 'Y' }, kind: 'committee' as never }));
    expect(Object.keys(zod).sort()).toEqual(['kind', 'slug']);
    const noName = await fieldErrorsOf(execute(t.db, createBody, system, { cooperation_id: cooperationId, slug: 'yy', name: { en: 'Y' }, kind: 'political' }));
    expect(Object.keys(noName)).toEqual(['name.nb']);
  });

  it("lets only administrators and the cooperation's secretariat create bodies", async () => {
    const input = { cooperation_id: otherCooperationId, slug: 'zz', name: { nb: 'Z' }, kind: 'working_group' } as const;
    await expect(execute(t.db, createBody, secretariat, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(execute(t.db, createBody, member, { ...input, cooperation_id: cooperationId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(execute(t.db, createBody, anonymous, input)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('seats', () => {
  it('takes a seat on behalf of a member from the day the member belongs, and audits it', async () => {
    const { id } = await seat({ on_behalf_of_code: '0219', office: 'mayor', position: 'chair', start_on: '2018-01-01', end_on: '2019-12-31' }, secretariat);
    const audit = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'seat.add').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
    expect(audit.actor_label).toBe('sec@example.org');
    expect(JSON.parse(audit.after!)).toMatchObject({ on_behalf_of_code: '0219', person_id: null, is_deputy: 0 });
  });

  it('refuses a seat for someone who is not a member when the seat starts', async () => {
    const notMember = await fieldErrorsOf(seat({ on_behalf_of_code: '0602', office: 'mayor', start_on: '2018-01-01' }));
    expect(notMember.on_behalf_of_code?.[0]).toMatch(/0602 is not a member/);
    const tooEarly = await fieldErrorsOf(seat({ on_behalf_of_code: '0219', office: 'mayor', start_on: '2017-12-31' }));
    expect(tooEarly.on_behalf_of_code).toBeDefined();
    // A start before our records fits only a membership that also starts before our records.
    const unknownStart = await fieldErrorsOf(seat({ on_behalf_of_code: '0624', office: 'mayor', start_on: null }));
    expect(unknownStart.on_behalf_of_code?.[0]).toMatch(/before our records/);
    const noPerson = await fieldErrorsOf(seat({ person_id: 999_999, on_behalf_of_code: '0220', office: 'mayor' }));
    expect(Object.keys(noPerson)).toEqual(['person_id']);
    await expect(execute(t.db, addSeat, system, { body_id: 999_999, office: 'mayor' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(seat({ on_behalf_of_code: '0220', office: 'mayor' }, member)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('sorts the chair first, then municipalities and county authorities in Norwegian order, deputies after', async () => {
    await seat({ on_behalf_of_code: '0619', office: 'mayor', start_on: '2018-01-01' });
    await seat({ on_behalf_of_code: '06', office: 'county_mayor', start_on: '2018-01-01' });
    await seat({ on_behalf_of_code: '0624', office: 'deputy_mayor', is_deputy: 'on', start_on: '2018-01-01' });
    await seat({ on_behalf_of_code: '0624', office: 'mayor', start_on: '2018-01-01' });
    await seat({ on_behalf_of_code: '0220', office: 'mayor', note: { nb: 'Rolle uten navn', nn: ' ', en: '' } });
    await seat({ office: 'other_staff', position: 'secretary', start_on: '2018-01-01' });
    const seats = await seatsOf(t.db, bodyId, '2018-06-01');
    expect(seats.map((s) => [s.onBehalfOf?.name ?? null, s.position, s.isDeputy])).toEqual([
      ['Bærum', 'chair', false],
      ['Asker', 'member', false],
      ['Øvre Eiker', 'member', false],
      ['Øvre Eiker', 'member', true],
      ['Ål', 'member', false],
      ['Buskerud', 'member', false],
      [null, 'secretary', false],
    ]);
    expect(seats[1]).toEqual({
      id: expect.any(Number),
      personName: null,
      onBehalfOf: { code: '0220', name: 'Asker' },
      office: 'mayor',
      position: 'member',
      isDeputy: false,
      startOn: null,
      endOn: null,
      note: { nb: 'Rolle uten navn' },
    });
    // Languages left blank are left out; a seat without a note has an empty one.
    expect(seats[0]!.note).toEqual({});
    // Without a date: every seat; with a date: only those held then (Bærum's ends 2019-12-31).
    expect((await seatsOf(t.db, bodyId)).length).toBe(7);
    expect((await seatsOf(t.db, bodyId, '2020-01-01')).some((s) => s.onBehalfOf?.code === '0219')).toBe(false);
    expect((await bodyBySlug(t.db, cooperationId, 'radet'))?.seatCount).toBe(7);
  });

  it('names a person when the seat has one, and ends a seat no earlier than it began', async () => {
    const { id: personId } = await execute(t.db, createPerson, secretariat, { name: 'Test Testesen', email: '' });
    await expect(execute(t.db, createPerson, member, { name: 'X' })).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await seat({ person_id: String(personId), on_behalf_of_code: '0619', office: 'other_elected', start_on: '2019-01-01' });
    expect((await seatsOf(t.db, bodyId)).find((s) => s.id === id)?.personName).toBe('Test Testesen');

    const errors = await fieldErrorsOf(execute(t.db, endSeat, system, { seat_id: id, end_on: '2018-12-31' }));
    expect(errors.end_on?.[0]).toMatch(/2019-01-01/);
    await execute(t.db, endSeat, secretariat, { seat_id: id, end_on: '2019-06-30' });
    expect((await seatsOf(t.db, bodyId, '2019-07-01')).some((s) => s.id === id)).toBe(false);
    await expect(execute(t.db, endSeat, member, { seat_id: id, end_on: '2019-06-30' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(execute(t.db, endSeat, system, { seat_id: 999_999, end_on: '2019-06-30' })).rejects.toBeInstanceOf(NotFoundError);
  });
});
