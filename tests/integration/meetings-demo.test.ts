import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/platform/authz';
import { SEED_CASE_PAPER } from '../../src/demo/archive';
import { casePaperModel } from '../../src/modules/meetings';
import { createTestApp, type TestApp } from '../support/test-app';
import { request } from './meetings-support';

// The demo tells the seeds' story as meetings and cases: what the sources say is quoted as it
// stands, what was added is marked illustrative, and the exempt staff case stays out of public JSON.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t?.close());

describe('the demo meetings and cases of Vestregionen', () => {
  it('has the meetings of the progress plan, the replaced ones cancelled with their reason', async () => {
    const { json } = await request(t.app, 'GET', '/api/v1/meetings?cooperation=vestregionen&limit=50');
    const rows = json.data.map((m: any) => `${m.start.slice(0, 10)} ${m.body.slug} ${m.meetingState}`);
    expect(rows).toEqual([
      '2017-06-15 styringsgruppen minutes_approved',
      '2017-11-23 radmannsgruppen held',
      '2017-12-07 styringsgruppen minutes_approved',
      '2018-02-22 radmannsgruppen minutes_approved',
      '2018-03-15 styringsgruppen minutes_approved',
      '2018-05-03 radmannsgruppen cancelled',
      '2018-05-24 styringsgruppen cancelled',
      '2018-05-31 radmannsgruppen minutes_approved',
      '2018-06-14 styringsgruppen minutes_approved',
      '2018-06-14 generalforsamlingen minutes_approved',
    ]);
    const december = json.data.find((m: any) => m.start.startsWith('2017-12-07'));
    expect(december.location).toEqual({ description: 'Kleivstua' });
    expect(json.data.find((m: any) => m.start.startsWith('2018-05-24')).cancelledReason).toMatch(/14\.6: Styringsgruppemøte \+ Generalforsamling/);
    const assembly = json.data.at(-1);
    expect(assembly.classification).toBe('general_assembly');
    expect(assembly.agendaItem[0].treatment).toMatchObject({ result: 'adopted_as_proposed', unanimous: true, resolution: { text: 'Vestregionen som § 27-samarbeid opphører fra 1.1.2019.' } });
    expect(assembly.illustrative.note).toMatch(/Klokkeslett er lagt til/);
  });

  it('has Sak 03/2018 in full, quoted from the seed, with its path and earlier treatment', async () => {
    const list = await request(t.app, 'GET', '/api/v1/cases?number=03/2018&body=styringsgruppen');
    expect(list.json.data).toHaveLength(1);
    const paper = (await request(t.app, 'GET', list.json.data[0].id)).json;
    expect(paper).toMatchObject({ name: 'Vestregionens fremtid – skisse til fremtidig samarbeid', reference: '03/2018', paperType: 'forslag_til_vedtak', illustrative: null });
    expect(SEED_CASE_PAPER.text).toContain(`Forslag til vedtak:\n\n${paper.proposal.text}\n\nBakgrunn\n\n${paper.background}`);
    expect(SEED_CASE_PAPER.text.endsWith(paper.background)).toBe(true);
    expect(paper.background).toContain('9. Vestregionen som § 27-samarbeid opphører fra 1.1.2019.');
    expect(paper.consultation.map((c: any) => `${c.organizationSlug} ${c.caseNumber} ${c.meetingDate}`)).toEqual([
      'radmannsgruppen 01/2018 2018-02-22',
      'styringsgruppen 03/2018 2018-03-15',
    ]);
    expect(paper.consultation[0].treatment.resolution.points).toHaveLength(9);

    const model = (await casePaperModel(t.db, Number(paper.id.split('/').pop()), anonymous, 'nb'))!;
    expect(model.path.map((p) => p.caseNumber)).toEqual(['01/2018', '03/2018']);
    expect(model.earlierResolutions![0]).toMatchObject({ bodyName: 'Rådmannsgruppen', outcomeLabel: 'Vedtatt som foreslått' });
  });

  it('keeps the exempt staff case out of public JSON and shows its legal basis', async () => {
    const { json } = await request(t.app, 'GET', '/api/v1/meetings?body=radmannsgruppen&from=2018-05-31&to=2018-05-31');
    const item = json.data[0].agendaItem.find((i: any) => !i.public);
    expect(item).toMatchObject({ number: '03/2018', name: null, exemptBasis: 'Offl. § 25 første ledd', treatment: null });
    const everything = (await request(t.app, 'GET', '/api/v1/cases?limit=500')).text + (await request(t.app, 'GET', '/api/v1/meetings?limit=500')).text;
    expect(everything).not.toContain('personalmessige');
  });
});
