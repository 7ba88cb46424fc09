import { createTextGenerator, paperLength, type TextGenerator } from '../norwegian-text';
import { Random } from '../random';
import type { Writer } from '../target';
import type { Body, Cooperation, World } from '../world';
import { writeDocuments } from './documents';
import { planDocuments } from './documents-plan';
import { ILLUSTRATIVE_NOTE } from './frame';
import { daysBefore, EXEMPT_BASIS, isoDay, OUTCOMES, shares, statusOn, type Case, type Item, type Meeting, type YearPlan } from './year-model';

/**
 * One year of every cooperation's work: meetings of each body, cases placed on their agendas with
 * the body's own numbers (NN/YYYY, per body and year, as case_number_sequences counts them),
 * treatments with resolutions for the meetings held, minutes, and the year's documents with their
 * search entries. One year is one stage: one transaction, resumable.
 */
export async function writeYear(w: Writer, world: World, seed: number, plan: YearPlan, tick: (documents: number) => void): Promise<Record<string, number>> {
  const r = Random.fork(seed, `year-${plan.year}`);
  const g = createTextGenerator(Random.fork(seed, `text-${plan.year}`), world.placeNames);
  g.setYear(plan.year);
  let meetingId = await w.nextId('meetings');
  let caseId = await w.nextId('cases');
  let itemId = await w.nextId('agenda_items');

  const meetings: Meeting[] = [];
  const cases: Case[] = [];
  const perCooperation = shares(plan.cases, world.cooperations.map((c) => c.weight));
  world.cooperations.forEach((cooperation, ci) => {
    const byBody = new Map<Body, Meeting[]>();
    for (const body of cooperation.bodies) {
      const list: Meeting[] = [];
      for (let i = 0; i < body.meetingsPerYear; i++) {
        const month = Math.floor(((i + 0.5) * 12) / body.meetingsPerYear) + 1;
        const date = isoDay(plan.year, month, r.between(3, 26));
        list.push({ id: meetingId++, cooperation, body, date, status: statusOn(date), items: [] });
      }
      byBody.set(body, list);
      meetings.push(...list);
    }
    for (let k = 0; k < perCooperation[ci]!; k++) {
      const body = pickBody(r, cooperation);
      const meeting = r.pick(byBody.get(body)!);
      const c = newCase(r, g, caseId++, cooperation);
      cases.push(c);
      // A fifth of the steering group's cases were prepared by the chief executives first.
      const earlier = body.key === 'styringsgruppen' ? byBody.get(cooperation.bodies[1]!)!.filter((m) => m.date < meeting.date) : [];
      if (earlier.length > 0 && r.chance(0.2)) place(r.pick(earlier), c);
      place(meeting, c);
    }
  });

  // Each meeting opens with its formalities; then its cases, in the order they were placed.
  const items: Item[] = [];
  for (const m of meetings) {
    m.items.unshift({ id: 0, meeting: m, case: null, title: 'Godkjenning av innkalling og saksliste', number: null });
    m.items.push({ id: 0, meeting: m, case: null, title: 'Orienteringer', number: null });
  }
  const sequences: unknown[][] = [];
  const byBodyChronological = new Map<number, Meeting[]>();
  for (const m of meetings) (byBodyChronological.get(m.body.id) ?? byBodyChronological.set(m.body.id, []).get(m.body.id)!).push(m);
  for (const [bodyId, list] of byBodyChronological) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    let number = 0;
    for (const m of list) {
      for (const item of m.items) {
        item.id = itemId++;
        if (item.case) item.number = ++number;
        items.push(item);
      }
    }
    if (number > 0) sequences.push([bodyId, plan.year, number]);
  }

  await w.insert(
    'meetings',
    ['id', 'body_id', 'starts_at', 'ends_at', 'place', 'kind', 'status', 'summoned_at', 'held_at', 'minutes_approved_at', 'minutes_approved_by', 'is_illustrative', 'illustrative_note', 'created_at', 'updated_at'],
    meetings.map((m) => {
      const at = `${m.date}T08:00:00.000Z`;
      const summoned = m.status === 'planned' ? null : `${daysBefore(m.date, 7)}T10:00:00.000Z`;
      const held = m.status === 'held' || m.status === 'minutes_approved' ? `${m.date}T11:00:00.000Z` : null;
      const approved = m.status === 'minutes_approved' ? `${daysBefore(m.date, -14)}T10:00:00.000Z` : null;
      const kind = m.body.kind === 'general_assembly' ? 'general_assembly' : 'ordinary';
      return [m.id, m.body.id, at, `${m.date}T11:00:00.000Z`, `Rådhuset i ${world.byCode.get(m.cooperation.hostCode)!.name}`, kind, m.status, summoned, held, approved, approved ? 'Møteleder' : null, 1, ILLUSTRATIVE_NOTE, `${daysBefore(m.date, 60)}T09:00:00.000Z`, approved ?? held ?? summoned ?? `${daysBefore(m.date, 60)}T09:00:00.000Z`];
    }),
  );
  await w.insert(
    'cases',
    ['id', 'cooperation_id', 'title', 'case_officer', 'archive_reference', 'proposal_kind', 'proposal_text', 'proposal_points', 'background', 'assessment', 'language', 'is_public', 'exempt_basis', 'is_illustrative', 'illustrative_note', 'created_at', 'updated_at'],
    cases.map((c, i) => {
      const first = c.items[0]!.meeting.date;
      const created = `${daysBefore(first, 21)}T09:00:00.000Z`;
      return [c.id, c.cooperation.id, c.title, 'Rådgiver i sekretariatet', `${plan.year}/${i + 1}`, 'forslag_til_vedtak', c.proposal, c.points ? JSON.stringify(c.points) : null, c.background, c.assessment, 'nb', c.isPublic ? 1 : 0, c.isPublic ? null : EXEMPT_BASIS, 1, ILLUSTRATIVE_NOTE, created, created];
    }),
  );
  await w.insert('case_number_sequences', ['body_id', 'year', 'last_number'], sequences);
  await w.insert(
    'agenda_items',
    ['id', 'meeting_id', 'body_id', 'position', 'case_id', 'number', 'number_year', 'title', 'is_public', 'exempt_basis', 'is_illustrative', 'illustrative_note', 'created_at'],
    items.map((item) => {
      const position = item.meeting.items.indexOf(item) + 1;
      const isPublic = item.case ? item.case.isPublic : true;
      return [item.id, item.meeting.id, item.meeting.body.id, position, item.case?.id ?? null, item.number, item.number === null ? null : plan.year, item.title, isPublic ? 1 : 0, isPublic ? null : EXEMPT_BASIS, 1, ILLUSTRATIVE_NOTE, `${daysBefore(item.meeting.date, 10)}T09:00:00.000Z`];
    }),
  );

  const resolutions = new Map<Item, string>();
  const treatments = items
    .filter((item) => item.case && (item.meeting.status === 'held' || item.meeting.status === 'minutes_approved'))
    .map((item) => {
      const c = item.case!;
      const roll = r.next();
      const outcome = OUTCOMES.find(([, upTo]) => roll < upTo)![0];
      const text =
        outcome === 'adopted_as_proposed' ? c.proposal
        : outcome === 'adopted_with_changes' ? g.amend(c.proposal)
        : outcome === 'noted' ? 'Saken tas til orientering.'
        : outcome === 'postponed' ? 'Saken utsettes til neste møte.'
        : 'Forslaget fikk ikke flertall og falt.';
      resolutions.set(item, text);
      const unanimous = outcome !== 'rejected' && r.chance(0.75);
      const seats = Math.max(3, item.meeting.cooperation.current.length);
      const against = unanimous ? 0 : r.between(1, Math.max(1, Math.floor(seats / 2)));
      const recorded = `${item.meeting.date}T11:00:00.000Z`;
      const points = outcome === 'adopted_as_proposed' && c.points ? JSON.stringify(c.points) : null;
      return [item.id, outcome, text, points, unanimous ? null : seats - against, unanimous ? null : against, unanimous ? null : 0, unanimous ? 1 : 0, 1, ILLUSTRATIVE_NOTE, recorded, recorded];
    });
  await w.insert(
    'treatments',
    ['agenda_item_id', 'outcome', 'resolution_text', 'resolution_points', 'votes_for', 'votes_against', 'votes_blank', 'is_unanimous', 'is_illustrative', 'illustrative_note', 'recorded_at', 'updated_at'],
    treatments,
  );
  const held = meetings.filter((m) => m.status === 'held' || m.status === 'minutes_approved');
  await w.insert(
    'minutes',
    ['meeting_id', 'intro', 'drafted_at', 'updated_at'],
    held.map((m) => [m.id, `Møtet ble satt kl. 10.00. Møteleder ønsket velkommen. (${ILLUSTRATIVE_NOTE})`, `${m.date}T12:00:00.000Z`, `${m.date}T12:00:00.000Z`]),
  );

  const documents = planDocuments(r, g, plan, cases, meetings, resolutions);
  await writeDocuments(w, documents, tick);
  return {
    meetings: meetings.length,
    cases: cases.length,
    agenda_items: items.length,
    treatments: treatments.length,
    minutes: held.length,
    documents: documents.length,
  };

  function place(meeting: Meeting, c: Case) {
    const item: Item = { id: 0, meeting, case: c, title: null, number: null };
    meeting.items.push(item);
    c.items.push(item);
    c.items.sort((a, b) => (a.meeting.date < b.meeting.date ? -1 : 1));
  }
}

function pickBody(r: Random, cooperation: Cooperation): Body {
  const [steering, executives, assembly, committee] = cooperation.bodies;
  const roll = r.next();
  if (roll < 0.55) return steering!;
  if (roll < 0.8) return executives!;
  if (roll < 0.85) return assembly!;
  return committee ?? steering!;
}

function newCase(r: Random, g: TextGenerator, id: number, cooperation: Cooperation): Case {
  const words = paperLength(r);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const p = g.paragraph();
    count += p.split(' ').length;
    paragraphs.push(p);
  }
  const split = Math.max(1, Math.round(paragraphs.length * 0.6));
  const points = r.chance(0.15) ? g.points(r.between(3, 9)).map((p) => p.replace(/^\d+\. /, '')) : null;
  return {
    id,
    cooperation,
    title: g.title(),
    proposal: g.proposal(),
    points,
    background: paragraphs.slice(0, split).join('\n\n'),
    assessment: paragraphs.slice(split).join('\n\n'),
    isPublic: !r.chance(0.03),
    items: [],
  };
}
