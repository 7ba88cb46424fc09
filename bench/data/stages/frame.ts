import type { Writer } from '../target';
import type { World } from '../world';
import { FIRST_YEAR } from '../world';

/** Every generated cooperation says so in its source note, in all three languages. */
export const GENERATED_NOTE = JSON.stringify({
  nb: 'Generert testdata for ytelsesmåling (npm run bench:data). Ingenting her er virkelige opplysninger.',
  nn: 'Generert testdata for ytingsmåling (npm run bench:data). Ingenting her er verkelege opplysningar.',
  en: 'Generated test data for benchmarks (npm run bench:data). Nothing here is real information.',
});
export const ILLUSTRATIVE_NOTE = 'Generert testdata (bench:data).';
export const CREATED_AT = '2025-10-01T06:00:00.000Z';

/** The roles invited to surveys, one "person" each per municipality: a role, never a name. */
export const INVITED_ROLES = [
  { key: 'mayor', label: 'Ordfører' },
  { key: 'deputy_mayor', label: 'Varaordfører' },
  { key: 'chief_executive', label: 'Kommunedirektør' },
  { key: 'head_of_department', label: 'Kommunalsjef' },
] as const;

/** Person ids are fixed: municipality i (0-based, in register order) and role j → i * 4 + j + 1. */
export const personId = (municipalityIndex: number, roleIndex: number) => municipalityIndex * INVITED_ROLES.length + roleIndex + 1;

/** Election terms of the period: seats are held for one term each. */
const TERMS: { startOn: string; endOn: string | null; membersOn: string }[] = [
  { startOn: `${FIRST_YEAR}-01-01`, endOn: '2019-10-31', membersOn: '2018-06-01' },
  { startOn: '2019-11-01', endOn: '2023-10-31', membersOn: '2021-06-01' },
  { startOn: '2023-11-01', endOn: null, membersOn: '2024-06-01' },
];
const later = (a: string, b: string | null) => (b !== null && b > a ? b : a);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

const OFFICE_OF: Record<string, [municipality: string, county: string]> = {
  political: ['mayor', 'county_mayor'],
  administrative: ['chief_executive', 'county_chief_executive'],
  general_assembly: ['formannskap', 'county_committee'],
  working_group: ['head_of_department', 'county_chief_executive'],
};

const BODY_NAMES: Record<string, { nb: string; nn: string; en: string }> = {
  styringsgruppen: { nb: 'Styringsgruppen', nn: 'Styringsgruppa', en: 'Steering Group' },
  radmannsgruppen: { nb: 'Rådmannsgruppen', nn: 'Rådmannsgruppa', en: 'Chief Executives’ Group' },
  generalforsamling: { nb: 'Generalforsamlingen', nn: 'Generalforsamlinga', en: 'General Assembly' },
  arbeidsutvalget: { nb: 'Arbeidsutvalget', nn: 'Arbeidsutvalet', en: 'Working Committee' },
};

/** Cooperations, memberships, bodies and seats (roles without names), and the persons surveys invite. */
export async function writeFrame(w: Writer, world: World): Promise<Record<string, number>> {
  const persons = world.municipalities.flatMap((m, i) =>
    INVITED_ROLES.map((role, j) => [personId(i, j), `${role.label} i ${m.name}`, `${role.key.replace(/_/g, '-')}.${m.code}@bench.invalid`, ILLUSTRATIVE_NOTE, CREATED_AT]),
  );
  await w.insert('persons', ['id', 'name', 'email', 'note', 'created_at'], persons);

  const cooperations = world.cooperations.map((c) => [
    c.id, c.slug, c.name, c.shortName, c.legalForm, JSON.stringify({ nb: `${c.current.length} medlemmer (generert)`, nn: `${c.current.length} medlemmer (generert)`, en: `${c.current.length} members (generated)` }),
    GENERATED_NOTE, c.hostCode, c.hostCode, 'active', c.establishedOn, GENERATED_NOTE, CREATED_AT, CREATED_AT,
  ]);
  await w.insert(
    'cooperations',
    ['id', 'slug', 'name', 'short_name', 'legal_form', 'tagline', 'purpose', 'host_code', 'head_office_code', 'status', 'established_on', 'source_note', 'created_at', 'updated_at'],
    cooperations,
  );

  const memberships = world.cooperations.flatMap((c) => c.memberships.map((m) => [c.id, m.code, m.startOn, m.endOn]));
  await w.insert('memberships', ['cooperation_id', 'member_code', 'start_on', 'end_on'], memberships);

  const bodies = world.cooperations.flatMap((c) =>
    c.bodies.map((b, i) => [b.id, c.id, b.key, JSON.stringify(BODY_NAMES[b.key]), b.kind, JSON.stringify({ nb: 'Generert organ (bench:data).', en: 'Generated body (bench:data).' }), i]),
  );
  await w.insert('bodies', ['id', 'cooperation_id', 'slug', 'name', 'kind', 'composition', 'sort_order'], bodies);

  const seats: unknown[][] = [];
  for (const c of world.cooperations) {
    for (const b of c.bodies) {
      const [municipalOffice, countyOffice] = OFFICE_OF[b.kind]!;
      TERMS.forEach((term, t) => {
        // Each term seats the members of its time (codes change with the reforms); the working
        // committee has a few of them, the other bodies all.
        const all = c.memberships.filter((m) => (m.startOn === null || m.startOn <= term.membersOn) && (m.endOn === null || m.endOn >= term.membersOn));
        const members = b.key === 'arbeidsutvalget' ? all.slice(0, 3) : all;
        members.forEach((m, i) => {
          const office = world.byCode.get(m.code)!.kind === 'county' ? countyOffice : municipalOffice;
          const position = i === (t * 3) % members.length ? 'chair' : i === (t * 3 + 1) % members.length ? 'deputy_chair' : 'member';
          seats.push([b.id, null, m.code, office, position, 0, later(term.startOn, m.startOn), earlier(term.endOn, m.endOn)]);
        });
      });
    }
  }
  await w.insert('seats', ['body_id', 'person_id', 'on_behalf_of_code', 'office', 'position', 'is_deputy', 'start_on', 'end_on'], seats);
  return { persons: persons.length, cooperations: cooperations.length, memberships: memberships.length, bodies: bodies.length, seats: seats.length };
}
