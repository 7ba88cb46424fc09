import { describe, expect, it } from 'vitest';
import { versionsAsOf, withStatus } from './milestone-status';

// The plan of «Vestregionens framtid» (seed 2) and its revision in Sak 03/2018 (seed 1).
const ORIGINAL = [
  { id: 'survey', startsOn: '2017-10-01', endsOn: '2017-11-30' },
  { id: 'local', startsOn: '2017-10-01', endsOn: '2017-11-30' },
  { id: 'rg-nov', startsOn: '2017-11-23', endsOn: null },
  { id: 'sg-dec', startsOn: '2017-12-07', endsOn: null },
  { id: 'rg-feb', startsOn: '2018-02-22', endsOn: null },
  { id: 'sg-mar', startsOn: '2018-03-15', endsOn: null },
  { id: 'gf', startsOn: '2018-06-14', endsOn: null },
];
const REVISED = [
  { id: 'sg-mar', startsOn: '2018-03-15', endsOn: null },
  { id: 'councils', startsOn: '2018-03-16', endsOn: '2018-05-30' },
  { id: 'rg-may', startsOn: '2018-05-31', endsOn: null },
  { id: 'sg-gf', startsOn: '2018-06-14', endsOn: null },
];
const statuses = (list: typeof ORIGINAL, day: string) => Object.fromEntries(withStatus(list, day).map((m) => [m.id, m.status]));

describe('withStatus', () => {
  it('before anything happened: the first milestones are next (both that start together), the rest later', () => {
    expect(statuses(ORIGINAL, '2017-09-01')).toEqual({ survey: 'next', local: 'next', 'rg-nov': 'later', 'sg-dec': 'later', 'rg-feb': 'later', 'sg-mar': 'later', gf: 'later' });
  });

  it('a period is not done until its last day has passed; a one-day milestone is next on its own day', () => {
    expect(statuses(ORIGINAL, '2017-11-23')).toMatchObject({ survey: 'next', local: 'next', 'rg-nov': 'later' });
    expect(statuses(ORIGINAL, '2017-11-30')).toMatchObject({ survey: 'next', 'rg-nov': 'done' });
    expect(statuses(ORIGINAL, '2017-12-01')).toMatchObject({ survey: 'done', local: 'done', 'rg-nov': 'done', 'sg-dec': 'next', 'rg-feb': 'later' });
    expect(statuses(ORIGINAL, '2018-03-15')).toMatchObject({ 'rg-feb': 'done', 'sg-mar': 'next', gf: 'later' });
    expect(statuses(ORIGINAL, '2018-03-16')).toMatchObject({ 'sg-mar': 'done', gf: 'next' });
  });

  it('after the last milestone everything is done (the demo seen today)', () => {
    expect(Object.values(statuses(ORIGINAL, '2026-11-23'))).toEqual(Array(7).fill('done'));
  });

  it('the revised plan during the treatment in the councils, and in order even when given out of order', () => {
    const list = withStatus([...REVISED].reverse(), '2018-04-10');
    expect(list.map((m) => [m.id, m.status])).toEqual([
      ['sg-mar', 'done'],
      ['councils', 'next'],
      ['rg-may', 'later'],
      ['sg-gf', 'later'],
    ]);
  });
});

describe('versionsAsOf', () => {
  const versions = [
    { version: 2, adoptedOn: '2018-03-15', name: 'Revidert plan (Sak 03/2018)' },
    { version: 1, adoptedOn: null, name: 'Opprinnelig plan' },
  ];
  it('the revision exists from the day it was adopted; the original always; oldest first', () => {
    expect(versionsAsOf(versions, '2018-03-01').map((v) => v.version)).toEqual([1]);
    expect(versionsAsOf(versions, '2018-03-15').map((v) => v.version)).toEqual([1, 2]);
    expect(versionsAsOf(versions, '2026-11-23').map((v) => v.version)).toEqual([1, 2]);
  });
});
