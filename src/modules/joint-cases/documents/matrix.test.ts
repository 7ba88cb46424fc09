import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../platform/export/xlsx';
import { matrixCsv, matrixFile, matrixXlsx } from './index';
import { ASKER_NOTE, ASKER_RESOLUTION, CLERK_EMAIL, DRAMMEN_RESOLUTION, SKETCH, SUBMITTED_BY, jointCaseView } from './sak-03-2018.fixture';

/** Splits the CSV as a spreadsheet would: semicolons, RFC 4180 quotes, CRLF rows. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') row.push(cell), (cell = '');
    else if (ch === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('the matrix as CSV', () => {
  it('has a header and one row per council, a column per point, æ ø å intact', () => {
    const csv = matrixCsv(jointCaseView(), 'nb');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([
      'Medlem', 'Kode', 'Organ', 'Møtedato', 'Lokalt saksnr.', 'Lokal arkivsak', 'Status', 'Utfall',
      ...SKETCH.map((_, i) => `Punkt ${i + 1}`), 'Vedtak', 'Offentlig protokoll', 'Illustrasjon',
    ]);
    expect(rows.map((r) => r[1])).toEqual(['0220', '0219', '0602', '0612', '0628', '0622', '0626', '0623', '0625', '0605', '0627', '0713', '0621', '0711', '0624']);
    expect(rows.map((r) => r[0])).toContain('Øvre Eiker');
    const asker = rows[0]!;
    expect(asker.slice(0, 8)).toEqual(['Asker', '0220', 'Kommunestyret', '24.04.2018', '31/18', '18/1234', 'Behandlet', 'Vedtatt med endringer']);
    expect(asker.slice(8, 17)).toEqual(['For', 'For', 'Mot', 'For', 'For', 'For', 'For', 'For', 'For']);
    expect(asker.slice(17)).toEqual([ASKER_RESOLUTION, 'https://asker.example.no/politikk/moter/2018-04-24', 'Vedtaket er laget for testen.']);
    const drammen = rows[2]!;
    expect(drammen.slice(6, 8)).toEqual(['Behandlet', 'Avvist']);
    expect(drammen[11]).toBe('For'); // point 4 (KHS) was for, the rest against
    expect(drammen[17]).toBe(DRAMMEN_RESOLUTION);
    expect(drammen.at(-1)).toBe(''); // the seed's own, not illustrative
    expect(rows[11]!.slice(6, 9)).toEqual(['Trukket', '', 'Trukket']); // Sande withdrew
    expect(rows[14]!.slice(3, 9)).toEqual(['13.06.2018', '', '', 'Satt opp til behandling', '', 'Venter']);
  });

  it('carries no clerk’s address and not who submitted (the matrix is published); point notes stay in the report', () => {
    const csv = matrixCsv(jointCaseView(), 'nb');
    for (const hidden of [CLERK_EMAIL, SUBMITTED_BY, ASKER_NOTE]) expect(csv).not.toContain(hidden);
  });

  it('in whole mode has no point columns; weighted by population it adds the population; English labels', () => {
    const view = jointCaseView({ proposalMode: 'whole', rule: { rule: 'simple_majority', threshold: { numerator: 1, denominator: 2 }, weighting: 'population' } });
    const [header, asker] = parseCsv(matrixCsv(view, 'en').slice(1));
    expect(header).toEqual(['Member', 'Code', 'Body', 'Meeting date', 'Local case no.', 'Local archive case', 'Status', 'Outcome', 'Resolution', 'Public record', 'Population', 'Illustrative']);
    expect(asker!.slice(6, 8)).toEqual(['Treated', 'Adopted with changes']);
    expect(asker![10]).toBe('61523');
  });
});

describe('the matrix as XLSX', () => {
  it('reads back with every council, the points on a second sheet, and nynorsk labels', async () => {
    const [matrix, points] = await readXlsx(await matrixXlsx(jointCaseView(), 'nn'));
    expect(matrix!.name).toBe('Matrise');
    expect(matrix!.rows[0]!.slice(0, 9)).toEqual(['Medlem', 'Kode', 'Organ', 'Møtedato', 'Lokalt saksnr.', 'Lokal arkivsak', 'Status', 'Utfall', 'Punkt 1']);
    expect(matrix!.rows).toHaveLength(16);
    expect(matrix!.rows.map((r) => r[0])).toEqual(expect.arrayContaining(['Asker', 'Bærum', 'Krødsherad', 'Røyken', 'Øvre Eiker']));
    expect(matrix!.rows[1]!.slice(6, 8)).toEqual(['Handsama', 'Vedteke med endringar']);
    expect(matrix!.rows[1]![17]).toBe(ASKER_RESOLUTION);
    expect(JSON.stringify(matrix!.rows)).not.toContain(CLERK_EMAIL);
    expect(points!.name).toBe('Punkt');
    expect(points!.rows).toEqual([['Punkt', 'Tekst'], ...SKETCH.map((text, i) => [i + 1, text])]);
  });

  it('is handed out with its file name and media type', async () => {
    const xlsx = await matrixFile(jointCaseView(), 'nb', 'xlsx');
    expect(xlsx.fileName).toBe('fellessak-12-matrise.xlsx');
    expect(xlsx.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const csv = await matrixFile(jointCaseView(), 'nb', 'csv');
    expect(csv.fileName).toBe('fellessak-12-matrise.csv');
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.bytes.toString('utf8')).toBe(matrixCsv(jointCaseView(), 'nb'));
  });
});
