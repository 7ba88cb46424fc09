import type ExcelJSModule from 'exceljs';

/** ExcelJS is large: loaded when the first workbook is made or read, not when the server starts. */
async function excel(): Promise<typeof ExcelJSModule> {
  return (await import('exceljs')).default;
}

export interface Sheet {
  name: string;
  header: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
  /** Column widths in characters; by default each fits its header. */
  widths?: readonly number[];
}

/** An Excel workbook with one table per sheet, the header row bold and frozen. */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'Samråd';
  for (const sheet of sheets) {
    // Excel allows 31 characters and no []:*?/\ in a sheet's name.
    const ws = workbook.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.addRow([...sheet.header]).font = { bold: true };
    for (const row of sheet.rows) ws.addRow([...row]);
    sheet.header.forEach((title, i) => {
      ws.getColumn(i + 1).width = sheet.widths?.[i] ?? Math.max(10, title.length + 2);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads a workbook back into rows of cell values (for imports and for tests that check an export). */
export async function readXlsx(bytes: Uint8Array): Promise<{ name: string; rows: (string | number | null)[][] }[]> {
  const workbook = new (await excel()).Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: (string | number | null)[][] = [];
    ws.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map((v) => (typeof v === 'number' || typeof v === 'string' ? v : v == null ? null : String(v))));
    });
    return { name: ws.name, rows };
  });
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
