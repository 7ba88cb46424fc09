import { createTextGenerator } from '../norwegian-text';
import { Random } from '../random';
import type { Writer } from '../target';
import { AS_OF, membersOn, type World } from '../world';
import { ILLUSTRATIVE_NOTE } from './frame';

/**
 * Joint cases: cases of 2024–2025 referred to the member councils (today's codes), up to 40 councils
 * each; the first is referred to exactly 40. Deadlines before the dataset's day are mostly treated,
 * later ones are under way; outcomes, resolutions and positions per point are mixed.
 */
export function jointCaseCount(scale: number): number {
  return Math.max(1, Math.round(1_000 * scale));
}

const MAX_COUNCILS = 40;
const COUNCIL_OUTCOMES = [
  ['adopted_as_proposed', 0.65],
  ['adopted_with_changes', 0.85],
  ['rejected', 0.93],
  ['postponed', 1],
] as const;
const POSITIONS = ['for', 'for', 'for', 'changed', 'against', 'none'] as const;
const RULES = [
  ['simple_majority', 1, 2],
  ['qualified_majority', 2, 3],
  ['unanimous', 1, 1],
] as const;

interface Candidate {
  id: number;
  cooperation_id: number;
  title: string;
  proposal_text: string | null;
  proposal_points: string | null;
  created_at: string;
}

export async function writeJointCases(w: Writer, world: World, seed: number, scale: number): Promise<Record<string, number>> {
  const r = Random.fork(seed, 'joint-cases');
  const g = createTextGenerator(Random.fork(seed, 'joint-text'), world.placeNames);
  g.setYear(2025);
  const total = jointCaseCount(scale);
  // Public cases placed in 2024 or later, oldest first; the national cooperation's first.
  const candidates = (await w.trx
    .selectFrom('cases')
    .select(['id', 'cooperation_id', 'title', 'proposal_text', 'proposal_points', 'created_at'])
    .where('is_public', '=', 1)
    .where('created_at', '>=', '2024-01-01')
    .orderBy('id')
    .execute()) as Candidate[];
  const first = candidates.find((c) => c.cooperation_id === 1);
  if (!first) throw new Error('No case of 2024–2025 in the national cooperation to refer to 40 councils: run with a larger --scale.');
  const chosen = [first, ...r.sample(candidates.filter((c) => c !== first), total - 1)];

  let jointId = await w.nextId('joint_cases');
  let councilId = await w.nextId('joint_case_councils');
  const joint: unknown[][] = [];
  const councils: unknown[][] = [];
  const revisions: unknown[][] = [];
  for (const [n, c] of chosen.entries()) {
    const cooperation = world.cooperations[c.cooperation_id - 1]!;
    const referredOn = c.created_at.slice(0, 10);
    const members = membersOn(cooperation, referredOn);
    const codes = n === 0 ? members.slice(0, MAX_COUNCILS) : r.chance(0.7) ? r.sample(members, MAX_COUNCILS) : r.sample(members, r.between(Math.min(3, members.length), Math.min(MAX_COUNCILS, members.length)));
    if (n === 0 && codes.length !== MAX_COUNCILS) throw new Error(`The national cooperation has ${codes.length} members on ${referredOn}, not 40.`);
    const deadline = new Date(Date.parse(referredOn) + r.between(42, 120) * 86_400_000).toISOString().slice(0, 10);
    const points: string[] = c.proposal_points ? JSON.parse(c.proposal_points) : [];
    const mode = points.length > 0 ? 'points' : 'whole';
    const [rule, numerator, denominator] = r.pick(RULES);
    const published = n === 0 || r.chance(0.8);
    const referredAt = `${referredOn}T12:00:00.000Z`;
    const id = jointId++;
    joint.push([
      id, c.id, cooperation.id, c.title, deadline, mode, c.proposal_text, mode === 'points' ? c.proposal_points : null, rule, numerator, denominator, 'equal', 7,
      'Saken sendes til behandling i kommunestyrene. (Generert testdata.)', published ? 1 : 0, published ? referredAt : null, referredAt, 'Sekretariatet', 1, ILLUSTRATIVE_NOTE, referredAt, referredAt,
    ]);
    const past = deadline < AS_OF;
    for (const code of codes) {
      const roll = r.next();
      const status = past ? (roll < 0.85 ? 'treated' : roll < 0.88 ? 'withdrawn' : 'not_started') : roll < 0.35 ? 'treated' : roll < 0.7 ? 'scheduled' : 'not_started';
      const meetingDate = status === 'not_started' || status === 'withdrawn' ? null : new Date(Date.parse(referredOn) + r.between(14, 100) * 86_400_000).toISOString().slice(0, 10);
      const treated = status === 'treated';
      const o = r.next();
      const outcome = treated ? COUNCIL_OUTCOMES.find(([, upTo]) => o < upTo)![0] : null;
      const resolution = !treated ? null : outcome === 'adopted_with_changes' ? g.amend(c.proposal_text ?? g.proposal()) : outcome === 'adopted_as_proposed' ? c.proposal_text : outcome === 'rejected' ? 'Kommunestyret slutter seg ikke til forslaget.' : 'Saken utsettes.';
      const positions = treated && mode === 'points' ? points.map((_, i) => ({ point: i + 1, position: r.pick(POSITIONS) })) : [];
      const year = (meetingDate ?? referredOn).slice(0, 4);
      const record = treated
        ? { council_body: 'Kommunestyret', meeting_date: meetingDate, local_case_number: `${r.between(1, 140)}/${year.slice(2)}`, local_archive_number: `${year}/${r.between(100, 9_999)}`, status, outcome, resolution_text: resolution, point_positions: positions }
        : null;
      const submittedAt = meetingDate ? `${meetingDate}T14:00:00.000Z` : null;
      const cid = councilId++;
      councils.push([
        cid, id, code, world.byCode.get(code)!.name, null, `postmottak.${code}@bench.invalid`, record || status === 'scheduled' ? 'Kommunestyret' : null, meetingDate,
        record?.local_case_number ?? null, record?.local_archive_number ?? null, status, outcome, resolution, JSON.stringify(positions), record ? 1 : 0,
        record ? submittedAt : null, record ? 'Generert (bench:data)' : null, 1, ILLUSTRATIVE_NOTE, submittedAt ?? referredAt,
      ]);
      if (record) revisions.push([cid, 1, JSON.stringify(record), submittedAt, 'Generert (bench:data)', 'seed']);
    }
  }
  await w.insert(
    'joint_cases',
    ['id', 'case_id', 'cooperation_id', 'title', 'deadline', 'proposal_mode', 'proposal_text', 'proposal_points', 'outcome_rule', 'threshold_numerator', 'threshold_denominator', 'weighting', 'reminder_days_before', 'message', 'is_published', 'published_at', 'referred_at', 'referred_by', 'is_illustrative', 'illustrative_note', 'created_at', 'updated_at'],
    joint,
  );
  await w.insert(
    'joint_case_councils',
    ['id', 'joint_case_id', 'member_code', 'member_name', 'population', 'clerk_email', 'council_body', 'meeting_date', 'local_case_number', 'local_archive_number', 'status', 'outcome', 'resolution_text', 'point_positions', 'revision', 'submitted_at', 'submitted_by', 'is_illustrative', 'illustrative_note', 'updated_at'],
    councils,
  );
  await w.insert('joint_case_council_revisions', ['council_id', 'revision', 'record', 'submitted_at', 'submitted_by', 'submitted_via'], revisions);
  return { joint_cases: joint.length, joint_case_councils: councils.length, joint_case_council_revisions: revisions.length };
}
