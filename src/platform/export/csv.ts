/**
 * CSV as Norwegian spreadsheet users open it: UTF-8 with a byte-order mark (so Excel reads æ ø å),
 * semicolon as separator (comma is the decimal sign here), CRLF line ends, and fields quoted per
 * RFC 4180 when they need it. Numbers are written as given: format them before if they are shown.
 */
export type CsvValue = string | number | null | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]) => cells.map(field).join(';');
  return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading = + - @ would be run as a formula by a spreadsheet: prefix it so it stays text.
  const safe = /^[=+\-@]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
