/**
 * Test fixture: Sak 03/2018 referred to Vestregionen's 15 members, point by point, as a plain
 * JointCaseView (no database). The title and the nine points are the seed's (through the meetings
 * fixture); Drammen's resolution quotes the seed (December 2017); every other position, date,
 * number, population, address and wording is made up for the tests and marked illustrative.
 */
import { SKETCH, TITLE } from '../../meetings/documents/sak-03-2018.fixture';
import { wordDiff } from '../diff';
import { computeOutcome } from '../outcome';
import type { CouncilView, JointCaseView, PointPosition } from '../views';

export { SKETCH, TITLE };

export const PROPOSAL = 'Kommunestyret slutter seg til skissen til fremtidig samarbeid i Vestregionen og ber rådmannen følge opp punktene.';
export const ASKER_RESOLUTION = 'Kommunestyret slutter seg til skissen til fremtidig samarbeid i Vestregionen med unntak av punkt 3, og ber rådmannen følge opp de øvrige punktene.';
/** The seed: "Drammen, Svelvik, og Nedre Eiker informerte om at kommunene har vedtatt at Vestregionen bør avvikles …". */
export const DRAMMEN_RESOLUTION = 'Vestregionen bør avvikles og etablering av nye, regionale samarbeidsformer bør vurderes med utgangspunkt i ny kommune- og regionstruktur.';
export const ASKER_NOTE = 'Bærum bør ikke alene ha ansvaret for samarbeidet.';
export const CLERK_EMAIL = 'postmottak@asker.example.no';
export const SUBMITTED_BY = 'Kommunesekretær i Asker';

const MEMBERS: [code: string, name: string, population: number][] = [
  ['0220', 'Asker', 61_523], ['0219', 'Bærum', 126_041], ['0602', 'Drammen', 68_363], ['0612', 'Hole', 6_764],
  ['0628', 'Hurum', 9_467], ['0622', 'Krødsherad', 2_241], ['0626', 'Lier', 26_445], ['0623', 'Modum', 13_979],
  ['0625', 'Nedre Eiker', 24_942], ['0605', 'Ringerike', 30_641], ['0627', 'Røyken', 22_417], ['0713', 'Sande', 9_430],
  ['0621', 'Sigdal', 3_506], ['0711', 'Svelvik', 6_689], ['0624', 'Øvre Eiker', 19_235],
];

const positions = (all: PointPosition, except: Record<number, PointPosition> = {}) =>
  SKETCH.map((_, i) => ({ point: i + 1, position: except[i + 1] ?? all, note: null as string | null }));

function council(index: number, code: string, name: string, population: number): CouncilView {
  return {
    id: index + 1, memberCode: code, memberName: name, population, clerkEmail: null, councilBody: null, meetingDate: null,
    localCaseNumber: null, localArchiveNumber: null, status: 'not_started', outcome: null, resolutionText: null,
    points: positions('none'), publicRecordUrl: null, minuteExtractDocumentId: null, revision: 0, submittedAt: null,
    submittedBy: null, isLate: true, diff: null, isIllustrative: false, illustrativeNote: null,
    links: { record: `/arbeidsflate/fellessaker/12/kommuner/${code}`, treatment: `/api/v1/joint-cases/12/councils/${code}/treatment` },
  };
}

const RECORDS: Record<string, Partial<CouncilView>> = {
  '0220': {
    clerkEmail: CLERK_EMAIL, submittedBy: SUBMITTED_BY, councilBody: 'Kommunestyret', meetingDate: '2018-04-24', localCaseNumber: '31/18',
    localArchiveNumber: '18/1234', status: 'treated', outcome: 'adopted_with_changes', resolutionText: ASKER_RESOLUTION,
    points: positions('for', { 3: 'against' }).map((p) => (p.point === 3 ? { ...p, note: ASKER_NOTE } : p)),
    publicRecordUrl: 'https://asker.example.no/politikk/moter/2018-04-24', revision: 1, submittedAt: '2018-04-25T08:00:00Z',
  },
  '0219': { councilBody: 'Kommunestyret', meetingDate: '2018-05-09', localCaseNumber: '045/18', status: 'treated', outcome: 'adopted_as_proposed', resolutionText: PROPOSAL, points: positions('for') },
  '0602': {
    councilBody: 'Bystyret', meetingDate: '2017-12-12', status: 'treated', outcome: 'rejected', resolutionText: DRAMMEN_RESOLUTION,
    points: positions('against', { 4: 'for', 9: 'for' }),
  },
  '0624': { councilBody: 'Kommunestyret', meetingDate: '2018-06-13', status: 'scheduled' },
  '0713': { status: 'withdrawn', points: positions('none') },
};

export function jointCaseView(overrides: Partial<JointCaseView> = {}): JointCaseView {
  const councils = MEMBERS.map(([code, name, population], i) => {
    const record = RECORDS[code];
    const c: CouncilView = { ...council(i, code, name, population), ...record };
    c.isLate = c.status !== 'treated' && c.status !== 'withdrawn';
    if (c.resolutionText) c.diff = wordDiff(PROPOSAL, c.resolutionText);
    if (code !== '0602') Object.assign(c, { isIllustrative: true, illustrativeNote: record ? 'Vedtaket er laget for testen.' : null });
    return c;
  });
  const base: JointCaseView = {
    id: 12, caseId: 3, caseNumber: '03/2018', cooperation: { id: 1, slug: 'vestregionen', name: 'Vestregionen' }, title: TITLE,
    deadline: '2018-05-30', proposalMode: 'points', rule: { rule: 'qualified_majority', threshold: { numerator: 2, denominator: 3 }, weighting: 'equal' },
    reminderDaysBefore: 7, isPublished: true, publishedAt: '2018-03-16T12:00:00Z', referredAt: '2018-03-16T09:00:00Z', referredBy: 'Sekretariatet',
    counts: { total: 15, treated: 3, withdrawn: 1, pending: 11, for: 2, against: 1, late: 11 },
    outcome: { result: 'pending', tally: null, points: [] }, isIllustrative: true, illustrativeNote: 'Frist, regel og følgebrev er laget for testen.',
    proposal: { text: PROPOSAL, points: SKETCH }, message: 'Sekretariatet ber om at saken behandles i kommunestyret før fristen.\n\nSpørsmål kan rettes til sekretariatet.',
    councils, late: councils.filter((c) => c.isLate).map((c) => ({ memberCode: c.memberCode, memberName: c.memberName })),
    today: '2018-06-01', canManage: false,
  };
  const view = { ...base, ...overrides };
  view.outcome = computeOutcome({ ...view.rule, mode: view.proposalMode, points: view.proposal.points }, view.councils);
  return view;
}
