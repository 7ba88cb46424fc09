import { loadRegistryData } from '../../src/modules/registry/registry-data';
import { Random } from './random';

/**
 * The fixed frame every stage works in: the register's authorities, the cooperations with their
 * members over time, and their bodies, all with explicit ids. It is computed from the seed alone (no
 * database read), so a resumed run sees exactly the frame the first run wrote.
 */
export interface Authority {
  code: string;
  kind: 'municipality' | 'county';
  name: string;
  validFrom: string | null;
  validTo: string | null;
  countyCode: string | null;
}

export interface Membership {
  code: string;
  startOn: string | null;
  endOn: string | null;
}

export type BodyKey = 'styringsgruppen' | 'radmannsgruppen' | 'generalforsamling' | 'arbeidsutvalget';

export interface Body {
  id: number;
  key: BodyKey;
  name: string;
  kind: 'political' | 'administrative' | 'general_assembly' | 'working_group';
  /** Meetings a year. */
  meetingsPerYear: number;
}

export interface Cooperation {
  id: number;
  slug: string;
  name: string;
  shortName: string;
  establishedOn: string;
  legalForm: string;
  hostCode: string;
  /** Today's members (codes valid in 2025). */
  current: string[];
  /** Every membership row: today's members and, before the reforms, the codes they came from. */
  memberships: Membership[];
  bodies: Body[];
  /** Share of the cases: larger cooperations have more. */
  weight: number;
}

export interface World {
  authorities: Authority[];
  byCode: Map<string, Authority>;
  municipalities: Authority[];
  counties: Authority[];
  cooperations: Cooperation[];
  /** Names of today's municipalities, for the text generator. */
  placeNames: string[];
}

/** The first day of the generated history and the day the dataset is "as of". */
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
export const AS_OF = '2025-10-01';

const LEGAL_FORMS = ['political_council', 'municipal_joint_task', 'host_municipality', 'iks', 'section_27', 'agreement'];

const BODY_PLAN: Omit<Body, 'id'>[] = [
  { key: 'styringsgruppen', name: 'Styringsgruppen', kind: 'political', meetingsPerYear: 5 },
  { key: 'radmannsgruppen', name: 'Rådmannsgruppen', kind: 'administrative', meetingsPerYear: 6 },
  { key: 'generalforsamling', name: 'Generalforsamlingen', kind: 'general_assembly', meetingsPerYear: 1 },
  { key: 'arbeidsutvalget', name: 'Arbeidsutvalget', kind: 'working_group', meetingsPerYear: 4 },
];

const current = (a: Authority) => (a.validFrom === null || a.validFrom <= '2025-01-01') && (a.validTo === null || a.validTo >= '2025-01-01');

export function cooperationCount(scale: number): number {
  return Math.max(3, Math.round(80 * scale));
}

export function buildWorld(seed: number, scale: number): World {
  const data = loadRegistryData();
  const authorities: Authority[] = data.authorities.map((a) => ({ ...a }));
  const byCode = new Map(authorities.map((a) => [a.code, a]));
  const municipalities = authorities.filter((a) => a.kind === 'municipality' && current(a));
  const counties = authorities.filter((a) => a.kind === 'county' && current(a));
  const predecessors = new Map<string, string[]>();
  for (const c of data.changes) (predecessors.get(c.toCode) ?? predecessors.set(c.toCode, []).get(c.toCode)!).push(c.fromCode);

  const r = Random.fork(seed, 'world');
  const cooperations: Cooperation[] = [];
  let bodyId = 1;
  const count = cooperationCount(scale);
  for (let i = 1; i <= count; i++) {
    const county = r.pick(counties);
    const own = municipalities.filter((m) => m.countyCode === county.code);
    // The first is national in reach (it carries the joint case sent to 40 councils); the others are
    // regional, mostly within one county, some reaching into the next: memberships overlap.
    let members: Authority[];
    if (i === 1) members = r.sample(municipalities, Math.min(60, municipalities.length));
    else {
      const size = r.chance(0.25) ? r.between(20, 45) : r.between(4, 18);
      members = r.sample(own.length >= 4 ? own : municipalities, size);
      if (r.chance(0.3)) members.push(...r.sample(municipalities, r.between(1, 5)));
    }
    if (r.chance(0.4)) members.push(county);
    const codes = [...new Set(members.map((m) => m.code))].sort();
    const establishedOn = `${r.between(2003, 2015)}-01-01`;
    const hostCode = codes.find((c) => byCode.get(c)!.kind === 'municipality') ?? codes[0]!;
    const bodies = BODY_PLAN.slice(0, r.chance(0.5) ? 4 : 3).map((b) => ({ ...b, id: bodyId++ }));
    cooperations.push({
      id: i,
      slug: `bench-samarbeid-${i}`,
      name: `Bench-samarbeid ${i}`,
      shortName: `BS${i}`,
      establishedOn,
      legalForm: r.pick(LEGAL_FORMS),
      hostCode,
      current: codes,
      memberships: membershipsOf(codes, establishedOn, byCode, predecessors),
      bodies,
      weight: 5 + codes.length,
    });
  }
  return { authorities, byCode, municipalities, counties, cooperations, placeNames: municipalities.map((m) => m.name) };
}

/** Today's members from the day their code began, and the codes they came from until those ended. */
function membershipsOf(codes: string[], establishedOn: string, byCode: Map<string, Authority>, predecessors: Map<string, string[]>): Membership[] {
  const seen = new Set<string>();
  const out: Membership[] = [];
  const visit = (code: string) => {
    if (seen.has(code)) return;
    seen.add(code);
    const a = byCode.get(code)!;
    const startOn = a.validFrom && a.validFrom > establishedOn ? a.validFrom : establishedOn;
    if (a.validTo === null || a.validTo >= startOn) out.push({ code, startOn, endOn: a.validTo });
    for (const before of predecessors.get(code) ?? []) visit(before);
  };
  for (const code of codes) visit(code);
  return out;
}

/** The members of a cooperation on a day. */
export function membersOn(cooperation: Cooperation, day: string): string[] {
  return cooperation.memberships.filter((m) => (m.startOn === null || m.startOn <= day) && (m.endOn === null || m.endOn >= day)).map((m) => m.code);
}
