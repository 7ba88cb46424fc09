import { ValidationError } from '../../platform/errors';

/**
 * Reads population per 1 January from Statistics Norway's StatBank export "CSV (semikolonseparert)
 * med overskrift", as table 07459 "Befolkning, etter region, år" gives it:
 *
 *   07459: Befolkning, etter region og år          ← the heading line (optional)
 *
 *   "region";"år";"07459: Befolkning"
 *   "0219 Bærum";"2018";124008
 *
 * The English export ("region";"year";"07459: Population") is read too, with a BOM or without, in
 * UTF-8 or Windows-1252. Other dimensions (sex, age) may be there: their rows are added up per region
 * and year. The country ("0 Hele landet") is skipped; ".." (no figure) rows are skipped and counted.
 * Every line that cannot be read is named in one ValidationError on the field `file`.
 */
export interface PopulationRow {
  code: string;
  /** The name in the file, to check against the register. */
  name: string;
  year: number;
  count: number;
  line: number;
}

export interface ParsedPopulation {
  rows: PopulationRow[];
  /** Lines with no figure ("..", ".", "-"), by line number. */
  skipped: number[];
}

const REGION_HEADERS = ['region'];
const YEAR_HEADERS = ['år', 'year', 'tid', 'time'];
const NO_FIGURE = new Set(['..', '.', '-', '…', ':']);

/** Bytes as text: UTF-8 when they are valid UTF-8, else Windows-1252 (older StatBank exports). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quoted && ch === '"' && line.charAt(i + 1) === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ';' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

export function parseSsbPopulationCsv(text: string): ParsedPopulation {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerAt = lines.findIndex((line) => {
    const cells = splitLine(line).map((c) => c.toLowerCase());
    return cells.some((c) => REGION_HEADERS.includes(c)) && cells.some((c) => YEAR_HEADERS.includes(c));
  });
  if (headerAt < 0) {
    throw new ValidationError({
      file: ['has no header line with the columns "region" and "år": export the table from SSB\'s StatBank as "CSV (semikolonseparert) med overskrift"'],
    });
  }
  const header = splitLine(lines[headerAt] ?? '').map((c) => c.toLowerCase());
  const regionCol = header.findIndex((c) => REGION_HEADERS.includes(c));
  const yearCol = header.findIndex((c) => YEAR_HEADERS.includes(c));
  const valueCol = header.length - 1;
  if (valueCol === regionCol || valueCol === yearCol) {
    throw new ValidationError({ file: ['has no column with the figures after "region" and "år": the last column must hold the population'] });
  }

  const errors: string[] = [];
  const sums = new Map<string, PopulationRow>();
  const skipped: number[] = [];
  for (let i = headerAt + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const line = i + 1;
    const cells = splitLine(raw);
    if (cells.length !== header.length) {
      errors.push(`line ${line}: has ${cells.length} columns, the header has ${header.length}`);
      continue;
    }
    const region = /^(?:[KF]-)?(\d+)\s*(.*)$/.exec(cells[regionCol] ?? '');
    if (!region) {
      errors.push(`line ${line}: the region "${cells[regionCol]}" does not start with a municipality or county number, as "0219 Bærum"`);
      continue;
    }
    const [, code = '', name = ''] = region;
    if (code === '0') continue; // the whole country
    if (code.length !== 2 && code.length !== 4) {
      errors.push(`line ${line}: "${code}" is not a municipality number (4 digits) or a county number (2 digits)`);
      continue;
    }
    const yearText = cells[yearCol] ?? '';
    if (!/^\d{4}$/.test(yearText)) {
      errors.push(`line ${line}: the year "${yearText}" is not a year of four digits`);
      continue;
    }
    const value = (cells[valueCol] ?? '').replace(/[\s\u00a0\u202f]/g, '');
    if (NO_FIGURE.has(value)) {
      skipped.push(line);
      continue;
    }
    if (!/^\d+$/.test(value)) {
      errors.push(`line ${line}: the population "${cells[valueCol]}" is not a whole number`);
      continue;
    }
    const key = `${code}@${yearText}`;
    const previous = sums.get(key);
    if (previous) previous.count += Number(value);
    else sums.set(key, { code, name: name.trim(), year: Number(yearText), count: Number(value), line });
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, 20);
    if (errors.length > 20) shown.push(`… and ${errors.length - 20} more lines`);
    throw new ValidationError({ file: shown });
  }
  if (sums.size === 0) throw new ValidationError({ file: ['has no rows with population figures under its header'] });
  return { rows: [...sums.values()], skipped };
}
