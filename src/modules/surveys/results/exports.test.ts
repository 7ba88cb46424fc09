import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../platform/export/xlsx';
import { answersTable } from './answers-table';
import { computeResults } from './compute-results';
import { answersCsv, resultsXlsx } from './exports';
import { FIXTURE_INPUT } from './results.fixture';
import { resultsPdf } from './results-pdf';

const HIDDEN = 'Skjult (under 5 svar)';

describe('answers export', () => {
  const table = answersTable(FIXTURE_INPUT, 5, 'nb');

  it('has one row per response, role and municipality, and never a person or a free text', () => {
    expect(table.header.slice(0, 2)).toEqual(['Rolle', 'Kommune']);
    expect(table.rows).toHaveLength(19);
    expect(table.header).not.toContain('Kommentar');
    expect(JSON.stringify(table)).not.toContain('Nyttig samarbeid');
  });

  it('hides the small groups and their complements, so the 2-respondent cell cannot be told apart', () => {
    const csv = answersCsv(FIXTURE_INPUT, 5, 'nb');
    expect(csv).not.toMatch(/Hole|Annen ansatt|Lier|Kommunalsjef/);
    const both = table.rows.filter((r) => r[0] === HIDDEN && r[1] === HIDDEN);
    // Hole's 2 other staff are among 7 rows with both hidden (with Lier's 5 heads of department).
    expect(both).toHaveLength(7);
    expect(table.rows.filter((r) => r[1] === 'Asker')).toHaveLength(6);
  });

  it('writes nothing when the whole survey is below the threshold', () => {
    expect(answersTable({ ...FIXTURE_INPUT, responses: FIXTURE_INPUT.responses.slice(0, 4) }, 5, 'nb').rows).toEqual([]);
  });

  it('is CSV with a BOM, semicolons and the labels in the chosen language', () => {
    const csv = answersCsv(FIXTURE_INPUT, 5, 'en');
    expect(csv.startsWith('\uFEFFRole;Municipality;')).toBe(true);
    expect(csv).toContain('Hidden (fewer than 5 responses)');
  });
});

describe('results workbook', () => {
  it('reads back with the right counts and no hidden group numbers', async () => {
    const sheets = await readXlsx(await resultsXlsx(FIXTURE_INPUT, 5, 'nb'));
    expect(sheets.map((s) => s.name)).toEqual(['Svar', 'Resultater', 'Svarprosent', 'Fritekst']);
    const [answers, results, rates, freeText] = sheets;
    expect(answers!.rows).toHaveLength(20);
    const kjennskap = results!.rows.filter((r) => r[0] === 'Hvor godt kjenner du Vestregionens arbeid?');
    const everyone = kjennskap.filter((r) => r[1] === 'Alle').map((r) => [r[3], r[4]]);
    expect(everyone).toEqual([['Godt', 6], ['Noe', 11], ['<script>alert("lite")</script> Lite', 2]]);
    expect(kjennskap.filter((r) => r[1] === 'Rolle: Ordfører').map((r) => r[4])).toEqual([6, 0, 0]);
    expect(kjennskap.filter((r) => r[1] === 'Kommune: Bærum').map((r) => r[2])).toEqual([6, 6, 6]);
    for (const group of ['Kommune: Hole', 'Kommune: Lier', 'Rolle: Annen ansatt', 'Rolle: Kommunalsjef']) {
      for (const row of results!.rows.filter((r) => r[1] === group)) expect(row.slice(2)).toEqual([HIDDEN]);
    }
    expect(rates!.rows.find((r) => r[0] === 'Kommune: Hole')).toEqual(['Kommune: Hole', 3, HIDDEN, HIDDEN, HIDDEN]);
    expect(rates!.rows.find((r) => r[0] === 'Totalt')).toEqual(['Totalt', 20, 19, 19, 95]);
    expect(freeText!.rows.slice(1)).toHaveLength(6);
  });
});

describe('results report (PDF)', () => {
  it('has the title with æ ø å, the response rates, each question and page numbers', async () => {
    const results = computeResults(FIXTURE_INPUT, { smallCellMin: 5, by: 'municipality' });
    const pdf = await resultsPdf({ title: { nb: 'Spørreundersøkelse om Vestregionens framtid' }, cooperationName: 'Vestregionen', period: { opensOn: '2017-10-01', closesOn: '2017-11-15' }, results }, 'nb');
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { text, totalPages } = await extractText(doc, { mergePages: true });
    expect(text).toContain('Spørreundersøkelse om Vestregionens framtid');
    expect(text).toContain('Svarprosent');
    expect(text).toContain('Hvor mange møter har du deltatt på?');
    expect(text).toContain(`Side 1 av ${totalPages}`);
    const flat = text.replace(/\s+/g, ' ');
    // Hole: 3 invited (not a secret), then hidden; never a count of 2 in any table.
    expect(flat).toContain(`Kommune: Hole 3 ${HIDDEN}`);
    expect(flat).toContain(`Kommune: Hole ${HIDDEN}`);
    expect(flat).not.toMatch(/Kommune: Hole 2|Kommune: Hole 3 \d/);
  });
});
