import type { Transaction } from 'kysely';
import type { Actor } from '../platform/authz';
import { execute } from '../platform/command';
import type { Database } from '../platform/db/schema';
import { getCooperationBySlug } from '../modules/cooperations';
import { importPopulation } from '../modules/registry';
import {
  addParticipant,
  applyMerger,
  createFocusArea,
  createService,
  ILLUSTRATIVE_SOURCE,
  recordDecision,
  setCostKey,
  setMergerRule,
  type CreateServiceInput,
} from '../modules/services';
import { KHS_MUNICIPALITIES } from './khs';
import { NO_LINKS, type DemoLinks } from './links';
import { VESTREGIONEN_COUNTIES, VESTREGIONEN_LAST_DAY, VESTREGIONEN_MUNICIPALITIES } from './vestregionen';

/**
 * The joint services of Vestregionen as «Sak 03/2018» (Styringsgruppen 15 March 2018) decides their
 * futures one by one, points 4–8 quoted exactly; the alliance itself ends 1.1.2019 (point 9), so the
 * decisions take effect that day. KHS is run by the cooperation `kommunehelsesamarbeidet`, whose
 * members are its participants; the 2020 change set is applied to it at the end (rule: a successor
 * joins only if all its predecessors were members). Budgets, participants of the smaller services and
 * all population figures are illustrative: the sources give none, and the pages say so.
 */

// Rounded to hundreds on purpose, so that no one takes them for SSB's figures. Per 1 January 2018;
// 2019 is 2018 plus 1 per cent; 2020 (new numbers) is the sum of the predecessors' 2019 figures.
const POPULATION_2018: Record<string, number> = {
  '0220': 61_500, '0219': 124_000, '0602': 68_200, '0612': 6_800, '0628': 9_500, '0622': 2_200, '0626': 26_000,
  '0623': 14_000, '0625': 24_700, '0605': 30_300, '0627': 22_000, '0713': 9_100, '0621': 3_500, '0711': 6_700,
  '0624': 19_100, '0604': 27_000, '0631': 2_700, '0632': 1_400, '0633': 2_500, '0532': 6_700, '0615': 1_000,
  '0616': 3_400, '0617': 4_600, '0618': 2_500, '0619': 4_700, '0620': 4_500,
};
const SUCCESSOR_2020: Record<string, string> = {
  '0220': '3025', '0627': '3025', '0628': '3025', '0602': '3005', '0625': '3005', '0711': '3005', '0219': '3024',
  '0532': '3053', '0604': '3006', '0605': '3007', '0612': '3038', '0615': '3039', '0616': '3040', '0617': '3041',
  '0618': '3042', '0619': '3043', '0620': '3044', '0621': '3045', '0622': '3046', '0623': '3047', '0624': '3048',
  '0626': '3049', '0631': '3050', '0632': '3051', '0633': '3052',
};

/** The illustrative figures in SSB's StatBank CSV layout (table 07459), read by the same import as a real file. */
export function illustrativePopulationCsv(): string {
  const names = new Map<string, string>(KHS_MUNICIPALITIES.map((m) => [m.code, m.name]));
  const lines = ['"region";"år";"07459: Befolkning"'];
  const in2020 = new Map<string, number>();
  for (const [code, count] of Object.entries(POPULATION_2018)) {
    const next = Math.round((count * 1.01) / 100) * 100;
    lines.push(`"${code} ${names.get(code) ?? ''}";"2018";${count}`, `"${code} ${names.get(code) ?? ''}";"2019";${next}`);
    const successor = SUCCESSOR_2020[code];
    if (successor) in2020.set(successor, (in2020.get(successor) ?? 0) + next);
  }
  for (const [code, count] of in2020) lines.push(`"${code}";"2020";${count}`);
  return lines.join('\r\n');
}

const SAK = 'Sak 03/2018';
const illustrative = {
  nb: 'Illustrasjon: kildene oppgir verken deltakere eller budsjett for tiltaket.',
  nn: 'Illustrasjon: kjeldene oppgjev verken deltakarar eller budsjett for tiltaket.',
  en: 'Illustrative: the sources give neither the participants nor the budget.',
};
const decided = {
  nb: `Skissen i ${SAK} til Styringsgruppen 15. mars 2018. Punktene er sitert ordrett; virkningsdatoen 1.1.2019 er satt fordi Vestregionen som § 27-samarbeid opphører da (punkt 9). Endelig vedtak ble gjort i juni 2018 og er ikke blant kildedokumentene.`,
  nn: `Skissa i ${SAK} til styringsgruppa 15. mars 2018. Punkta er siterte ordrett; verknadsdatoen 1.1.2019 er sett fordi Vestregionen som § 27-samarbeid tek slutt då (punkt 9). Endeleg vedtak vart gjort i juni 2018 og er ikkje mellom kjeldedokumenta.`,
  en: `The sketch in ${SAK} to the Steering Group on 15 March 2018. The points are quoted word for word (in Norwegian); the effective date 1.1.2019 was set because Vestregionen as a § 27 cooperation ends then (point 9). The final decision was made in June 2018 and is not among the source documents.`,
};
// Quoted in bokmål only: the pages in nynorsk and English show it marked as bokmål, not as a translation.
const quote = (point: string) => ({ nb: point });

export async function seedServices(trx: Transaction<Database>, actor: Actor, links: DemoLinks = NO_LINKS): Promise<void> {
  const vr = await getCooperationBySlug(trx, 'vestregionen');
  const khsCoop = await getCooperationBySlug(trx, 'kommunehelsesamarbeidet');
  if (!vr || !khsCoop) return;
  const caseId = links.caseId('styringsgruppen', '03/2018');

  await execute(trx, importPopulation, actor, { text: illustrativePopulationCsv(), source: ILLUSTRATIVE_SOURCE });

  const area = async (slug: string, name: { nb: string; nn: string; en: string }, sort_order: number) =>
    (await execute(trx, createFocusArea, actor, { cooperation_id: vr.id, slug, name, sort_order })).id;
  const health = await area('helse', { nb: 'Helse', nn: 'Helse', en: 'Health' }, 1);
  const culture = await area('kultur', { nb: 'Kultur', nn: 'Kultur', en: 'Culture' }, 2);
  await area('regional-utvikling', { nb: 'Regional utvikling', nn: 'Regional utvikling', en: 'Regional development' }, 3);

  const service = async (input: Omit<CreateServiceInput, 'cooperation_id'>) =>
    (await execute(trx, createService, actor, { ...input, cooperation_id: vr.id, source_note: decided })).id;
  const decide = (service_id: number, kind: 'continue' | 'integrate' | 'transfer', point: string, target?: number) =>
    execute(trx, recordDecision, actor, { service_id, kind, effective_on: '2019-01-01', case_id: caseId, target_service_id: target ?? null, text: quote(point) });

  const khs = await service({
    slug: 'kommunehelsesamarbeidet',
    name: 'Kommunehelsesamarbeidet',
    short_name: 'KHS',
    focus_area_id: health,
    run_by_cooperation_id: khsCoop.id,
    description: {
      nb: 'Helsesamarbeid mellom kommunene i Vestre Vikens opptaksområde. Deltakerne er medlemmene i samarbeidet Kommunehelsesamarbeidet.',
      nn: 'Helsesamarbeid mellom kommunane i opptaksområdet til Vestre Viken. Deltakarane er medlemene i samarbeidet Kommunehelsesamarbeidet.',
      en: 'Health cooperation between the municipalities in the catchment area of Vestre Viken. Its participants are the members of the cooperation Kommunehelsesamarbeidet.',
    },
  });
  await decide(khs, 'continue', '4. Kommunehelsesamarbeidet (KHS) videreføres for de 26 kommunene i Vestre Vikens opptaksområde med egen finansiering og organisering.');

  const bpa = await service({
    slug: 'bpa',
    name: 'Samarbeidet om brukerstyrt personlig assistanse (BPA)',
    short_name: 'BPA',
    focus_area_id: health,
  });
  await decide(bpa, 'integrate', '5. Samarbeidet om brukerstyrt personlig assistanse (BPA) vurderes videreført som en integrert del av Kommunehelsesamarbeidet.', khs);

  const komut = await service({
    slug: 'komut',
    name: 'Norsk Helsenetts prosjekt Elektronisk meldingsutveksling (KomUt)',
    short_name: 'KomUt',
    focus_area_id: health,
  });
  // «Kommnehelsesamarbeidet» is the source's own spelling, kept as quoted.
  await decide(komut, 'transfer', '6. Norsk Helsenetts prosjekt Elektronisk meldingsutveksling (KomUt) vurderes lagt til Kommnehelsesamarbeidet.', khs);

  const krv = await service({ slug: 'kunst-rett-vest', name: 'Kunst Rett Vest', short_name: 'KRV', focus_area_id: culture, host_code: '0219', host_role: 'host' });
  await decide(krv, 'continue', '7. Kunst rett vest søkes fra 2020 videreført i et samarbeid mellom kommunene og med en eventuell sterkere involvering fra Viken fylkeskommune. Bærum arrangerer KRV i 2019.');

  const us = await service({ slug: 'ungdomssymfonikerne', name: 'Ungdomssymfonikerne', focus_area_id: culture });
  await decide(us, 'continue', '8. Videreføring av Ungdomssymfonikerne søkes i et samarbeid mellom kommuner som ønsker å bidra økonomisk og organisatorisk. Tiltaket drives foreløpig frem til sommeren 2019.');

  // Kunst Rett Vest: the members of Vestregionen in 2018 (illustrative), Bærum hosting 2019 as point 7 says.
  for (const m of [...VESTREGIONEN_MUNICIPALITIES, ...VESTREGIONEN_COUNTIES]) {
    await execute(trx, addParticipant, actor, { service_id: krv, member_code: m.code, start_on: '2018-01-01', end_on: VESTREGIONEN_LAST_DAY, note: illustrative });
  }
  await execute(trx, addParticipant, actor, { service_id: krv, member_code: '0219', role: 'host', start_on: '2019-01-01', end_on: '2019-12-31', note: quote('Bærum arrangerer KRV i 2019.') });
  await execute(trx, setCostKey, actor, {
    service_id: krv,
    year: 2018,
    method: 'fixed_plus_per_inhabitant',
    budget: 1_500_000,
    fixed_share_percent: 30,
    fixed_amounts: VESTREGIONEN_COUNTIES.map((c) => ({ member_code: c.code, amount: 150_000 })),
    note: illustrative,
  });

  // KHS: 2 kr per inhabitant (the project's domain notes, from 2015), shown for 2018–2020 as an illustration.
  const rateNote = {
    nb: 'KHS-medlemmene betalte 2 kr per innbygger (2015). Satsen er brukt for 2018–2020 som illustrasjon, med illustrerende folketall.',
    nn: 'KHS-medlemene betalte 2 kr per innbyggjar (2015). Satsen er brukt for 2018–2020 som illustrasjon, med illustrerande folketal.',
    en: 'The members of KHS paid 2 kr per inhabitant (2015). The rate is used for 2018–2020 as an illustration, with illustrative population figures.',
  };
  for (const year of [2018, 2019, 2020]) {
    await execute(trx, setCostKey, actor, { service_id: khs, year, method: 'per_inhabitant_rate', rate_ore: 200, note: rateNote });
  }

  // The 2020 reform, applied to KHS (not to Vestregionen, which ended 31.12.2018).
  await execute(trx, setMergerRule, actor, { cooperation_id: khsCoop.id, rule: 'successor_joins_if_all_members' });
  await execute(trx, applyMerger, actor, { cooperation_id: khsCoop.id, effective_on: '2020-01-01' });
}
