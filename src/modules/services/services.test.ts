import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { systemActor, type Actor } from '../../platform/authz';
import { execute } from '../../platform/command';
import { ForbiddenError, ValidationError } from '../../platform/errors';
import { addMembership, createCooperation, membersOn } from '../cooperations';
import { grant, insertUser } from '../cooperations/cooperations.test-support';
import { importPopulation } from '../registry';
import {
  addParticipant,
  applyMerger,
  costShares,
  createFocusArea,
  createService,
  planMerger,
  portfolioOn,
  recordDecision,
  recordStatus,
  serviceDetail,
  setCostKey,
  setMergerRule,
} from './index';

let t: TestDatabase;
const system = systemActor('cli');
let vr: number;
let khs: number;
let secretariat: Actor;
let outsider: Actor;

// KHS as of 2018: the 15 of Vestregionen and 11 more, with the numbers of 2018.
const KHS_2018 = [
  '0220', '0219', '0602', '0612', '0628', '0622', '0626', '0623', '0625', '0605', '0627', '0713', '0621', '0711', '0624',
  '0604', '0631', '0632', '0633', '0532', '0615', '0616', '0617', '0618', '0619', '0620',
];
// By hand from SSB's change list for 1.1.2020 (kommuner_med_endringer_fra2019_til2020.csv): the
// renumbered ones, Asker (0220 + 0627 Røyken + 0628 Hurum → 3025) and Drammen (0602 + 0625 Nedre Eiker
// + 0711 Svelvik → 3005). Sande (0713) merged with 0702 Holmestrand into 3802, which was not a member:
// under "successor joins if all members" 3802 does not join.
const KHS_2020 = [
  '3005', '3006', '3007', '3024', '3025', '3038', '3039', '3040', '3041', '3042', '3043', '3044', '3045', '3046', '3047',
  '3048', '3049', '3050', '3051', '3052', '3053',
];

beforeAll(async () => {
  t = await createTestDatabase();
  ({ id: vr } = await execute(t.db, createCooperation, system, { slug: 'vr', name: 'VR', legal_form: 'section_27', status: 'active' }));
  ({ id: khs } = await execute(t.db, createCooperation, system, { slug: 'khs', name: 'KHS', legal_form: 'agreement', status: 'active' }));
  for (const code of KHS_2018) await execute(t.db, addMembership, system, { cooperation_id: khs, member_code: code });
  secretariat = await insertUser(t.db, 'sec@example.org', [grant('secretariat', vr)]);
  outsider = await insertUser(t.db, 'other@example.org', [grant('secretariat', khs)]);
});
afterAll(() => t?.close());

const codesOn = async (cooperationId: number, at: string) => (await membersOn(t.db, cooperationId, at)).map((m) => m.code).sort();

describe('mergers', () => {
  it('applies the 2020 change set to KHS: members on 2019-12-31 and on 2020-01-01 as the change list says', async () => {
    await execute(t.db, setMergerRule, system, { cooperation_id: khs, rule: 'successor_joins_if_all_members' });
    const plan = await planMerger(t.db, khs, '2020-01-01');
    expect(plan.steps).toHaveLength(26);
    expect(plan.steps.find((s) => s.fromCode === '0713')).toMatchObject({ joins: null, outcome: 'not_all_predecessors', successorCodes: ['3802'] });
    expect(plan.steps.find((s) => s.fromCode === '0627')).toMatchObject({ joins: null, outcome: 'already_there' });

    const result = await execute(t.db, applyMerger, system, { cooperation_id: khs, effective_on: '2020-01-01' });
    expect(result.applied).toBe(true);
    expect(await codesOn(khs, '2019-12-31')).toEqual([...KHS_2018].sort());
    expect(await codesOn(khs, '2020-01-01')).toEqual(KHS_2020);
    expect(KHS_2020).toHaveLength(21);
  });

  it('finds nothing to do the second time, and changes nothing', async () => {
    const before = await t.db.selectFrom('memberships').selectAll().where('cooperation_id', '=', khs).orderBy('id').execute();
    const applications = await t.db.selectFrom('merger_applications').selectAll().execute();
    const again = await execute(t.db, applyMerger, system, { cooperation_id: khs, effective_on: '2020-01-01' });
    expect(again).toEqual({ applied: false, applicationId: null, steps: [] });
    expect(await t.db.selectFrom('memberships').selectAll().where('cooperation_id', '=', khs).orderBy('id').execute()).toEqual(before);
    expect(await t.db.selectFrom('merger_applications').selectAll().execute()).toEqual(applications);
  });

  it('refuses a date with no change set, naming the ones shipped, and a secretariat of another cooperation', async () => {
    const error = await execute(t.db, applyMerger, system, { cooperation_id: khs, effective_on: '2021-01-01' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.effective_on?.[0]).toMatch(/2024-01-01.*2020-01-01/);
    await expect(execute(t.db, applyMerger, outsider, { cooperation_id: vr, effective_on: '2020-01-01' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('ends a split county without a successor unless the rule names one, and carries a host role to the successor', async () => {
    const { id: service } = await execute(t.db, createService, secretariat, { cooperation_id: vr, slug: 'krv', name: 'Kunst Rett Vest', start_on: '2017-01-01' });
    await execute(t.db, addParticipant, secretariat, { service_id: service, member_code: '30', start_on: '2020-01-01' });
    await execute(t.db, addParticipant, secretariat, { service_id: service, member_code: '3024', role: 'host', start_on: '2020-01-01' });
    expect((await planMerger(t.db, vr, '2024-01-01')).steps.find((s) => s.fromCode === '30')).toMatchObject({ outcome: 'split_without_choice', joins: null });
    await execute(t.db, setMergerRule, secretariat, { cooperation_id: vr, rule: 'successor_joins', split_successors: { '30': '32' } });
    await execute(t.db, applyMerger, secretariat, { cooperation_id: vr, effective_on: '2024-01-01' });
    const detail = await serviceDetail(t.db, service, '2024-01-01');
    expect(detail?.participants.map((p) => [p.code, p.role])).toEqual([['3201', 'host'], ['32', 'participant']]);
    expect((await serviceDetail(t.db, service, '2023-12-31'))?.participants.map((p) => p.code)).toEqual(['3024', '30']);
  });
});

describe('status and decisions over time', () => {
  it('keeps what held on an earlier date when a change is recorded later, and follows a change back-dated', async () => {
    const { id: area } = await execute(t.db, createFocusArea, secretariat, { cooperation_id: vr, slug: 'helse', name: { nb: 'Helse' } });
    const { id: bpa } = await execute(t.db, createService, secretariat, { cooperation_id: vr, focus_area_id: area, slug: 'bpa', name: 'BPA', start_on: '2016-01-01' });
    const { id: target } = await execute(t.db, createService, secretariat, { cooperation_id: vr, focus_area_id: area, slug: 'khs', name: 'KHS', run_by_cooperation_id: khs });
    const statusOn = async (at: string) => (await portfolioOn(t.db, vr, at)).services.find((s) => s.id === bpa)?.status?.status;
    expect(await statusOn('2018-06-14')).toBe('active');

    const noCase = await execute(t.db, recordDecision, secretariat, { service_id: bpa, kind: 'integrate', effective_on: '2019-01-01', target_service_id: target, case_id: 42 }).catch((e: unknown) => e);
    expect((noCase as ValidationError).fieldErrors.case_id?.[0]).toMatch(/not a case of this cooperation/);
    await execute(t.db, recordDecision, secretariat, { service_id: bpa, kind: 'integrate', effective_on: '2019-01-01', target_service_id: target });
    expect(await statusOn('2018-06-14')).toBe('active');
    expect(await statusOn('2019-01-01')).toBe('integrated');

    // Recorded now, effective in the past (2017-07-01): changes 2017-07-01 onwards up to the next event, nothing before.
    await execute(t.db, recordStatus, secretariat, { service_id: bpa, status: 'planned', effective_on: '2017-07-01' });
    expect(await statusOn('2017-06-30')).toBe('active');
    expect(await statusOn('2018-06-14')).toBe('planned');
    expect(await statusOn('2019-06-01')).toBe('integrated');

    const detail = await serviceDetail(t.db, bpa, '2019-06-01');
    expect(detail?.decision).toMatchObject({ kind: 'integrate', caseId: null, targetService: { slug: 'khs' } });
    expect(detail?.history.map((h) => [h.status, h.effectiveOn])).toEqual([['active', '2016-01-01'], ['planned', '2017-07-01'], ['integrated', '2019-01-01']]);
    // KHS's participants are the KHS cooperation's members on the date.
    const khsService = (await portfolioOn(t.db, vr, '2019-12-31')).services.find((s) => s.id === target);
    expect(khsService?.participantCount).toBe(26);
    expect((await portfolioOn(t.db, vr, '2020-01-01')).services.find((s) => s.id === target)?.participantCount).toBe(21);
  });

  it('refuses an integration without a target, and own participants for a service run by a cooperation', async () => {
    const [bpa, khsService] = (await portfolioOn(t.db, vr, '2018-01-01')).services.filter((s) => s.slug === 'bpa' || s.slug === 'khs').sort((a, b) => a.slug.localeCompare(b.slug));
    const noTarget = await execute(t.db, recordDecision, secretariat, { service_id: bpa!.id, kind: 'integrate', effective_on: '2019-01-01' }).catch((e: unknown) => e);
    expect((noTarget as ValidationError).fieldErrors).toHaveProperty('target_service_id');
    const own = await execute(t.db, addParticipant, secretariat, { service_id: khsService!.id, member_code: '0219' }).catch((e: unknown) => e);
    expect((own as ValidationError).fieldErrors.member_code?.[0]).toMatch(/run by a cooperation/);
  });
});

describe('population and cost shares', () => {
  const CSV = [
    '07459: Befolkning, etter region og år',
    '',
    '"region";"år";"07459: Befolkning"',
    '"0219 Bærum";"2018";1000',
    '"0220 Asker";"2018";500',
    '"3024 Bærum";"2018";0',
    '"0 Hele landet";"2018";5295619',
    '"0627 Røyken";"2018";".."',
  ].join('\r\n');

  it('imports SSB\'s CSV layout, skipping the country, zeros for codes not yet valid and rows without a figure', async () => {
    const result = await execute(t.db, importPopulation, system, { text: CSV, source: 'Illustrasjon – ikke offisielle tall' });
    expect(result).toEqual({ imported: 2, years: [2018], skipped: 2 });
    const audit = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'population.import').execute();
    expect(audit).toHaveLength(1);
  });

  it('names the line and the fix for a bad file, and stores nothing of it', async () => {
    const bad = '"region";"år";"07459: Befolkning"\n"0219 Bærum";"2018";12x\n"9876 Nowhere";"2018";1';
    const error = await execute(t.db, importPopulation, system, { text: bad, source: 'x' }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors.file).toEqual(['line 2: the population "12x" is not a whole number']);
    const noHeader = await execute(t.db, importPopulation, system, { text: 'a;b\n1;2', source: 'x' }).catch((e: unknown) => e);
    expect((noHeader as ValidationError).fieldErrors.file?.[0]).toMatch(/CSV \(semikolonseparert\) med overskrift/);
  });

  it('shares a budget by the key among the participants on 1 January, with fixed amounts, summing to the budget', async () => {
    const { id } = await execute(t.db, createService, secretariat, { cooperation_id: vr, slug: 'us', name: 'Ungdomssymfonikerne', start_on: '2017-01-01' });
    for (const code of ['0219', '0220', '02']) await execute(t.db, addParticipant, secretariat, { service_id: id, member_code: code, start_on: '2018-01-01' });
    await execute(t.db, setCostKey, secretariat, {
      service_id: id,
      year: 2018,
      method: 'fixed_plus_per_inhabitant',
      budget: 100_001,
      fixed_share_percent: 50,
      fixed_amounts: [{ member_code: '02', amount: 10_000 }],
    });
    // 90 001 kr after the county's 10 000: half equally (22 500.25 each), half by 1000:500 inhabitants
    // (30 000.33 and 15 000.17): 52 500.58 and 37 500.42; the krone left over goes to the larger remainder.
    const shares = await costShares(t.db, id, 2018);
    expect(shares?.problem).toBeNull();
    expect(shares?.shares.map((s) => [s.code, s.amount])).toEqual([['0220', 37_500], ['0219', 52_501], ['02', 10_000]]);
    expect(shares?.shares.reduce((sum, s) => sum + s.amount, 0)).toBe(100_001);
    expect(shares?.populationSources).toEqual(['Illustrasjon – ikke offisielle tall']);

    await execute(t.db, setCostKey, secretariat, { service_id: id, year: 2019, method: 'per_inhabitant_rate', rate_ore: 200 });
    expect(await costShares(t.db, id, 2019)).toMatchObject({ total: null, missingPopulation: ['0220', '0219', '02'] });
    const missing = await execute(t.db, setCostKey, secretariat, { service_id: id, year: 2020, method: 'per_inhabitant' }).catch((e: unknown) => e);
    expect((missing as ValidationError).fieldErrors).toHaveProperty('budget');
  });
});
