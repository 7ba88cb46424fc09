import type { Context } from 'hono';
import { costShares, serviceBySlugIn } from '../../../modules/services';
import { NotFoundError } from '../../../platform/errors';
import { CSV_CONTENT_TYPE, toCsv } from '../../../platform/export/csv';
import { XLSX_CONTENT_TYPE, toXlsx } from '../../../platform/export/xlsx';
import type { AppEnv } from '../../../platform/http/context';
import { services as messages } from '../../locales/services';
import { pageContext } from '../../page-context';
import { requireCooperation } from '../shell';
import { sourceLabel } from './population-source';

/** `/:slug/tjenester/:serviceSlug/kostnader-YYYY.csv|.xlsx`: one year's shares as a spreadsheet. */
export async function costSharesDownload(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const service = await serviceBySlugIn(c.var.db, coop.id, c.req.param('serviceSlug') ?? '');
  const match = /^kostnader-(\d{4})\.(csv|xlsx)$/.exec(c.req.param('file') ?? '');
  if (!service || !match) throw new NotFoundError('No such file.');
  const year = Number(match[1]);
  const shares = await costShares(c.var.db, service.id, year);
  if (!shares || shares.problem) throw new NotFoundError('No shares for that year.');
  const header = t.csvHeader.split(';');
  const rows = shares.shares.map((s) => [s.code, s.name, s.population, s.amount, s.basis === 'fixed' ? t.basisFixed : t.basisKey]);
  const footer = [['', t.total, null, shares.total, ''], ['', `${t.populationSource}: ${shares.populationSources.map((s) => sourceLabel(p, s)).join('; ')}`, null, null, '']];
  const name = `${service.slug}-kostnader-${year}`;
  if (match[2] === 'csv') {
    return c.body(toCsv(header, [...rows, ...footer]), 200, {
      'Content-Type': CSV_CONTENT_TYPE,
      'Content-Disposition': `attachment; filename="${name}.csv"`,
    });
  }
  const bytes = await toXlsx([{ name: `${service.short_name ?? service.name} ${year}`, header, rows: [...rows, ...footer], widths: [10, 30, 14, 14, 14] }]);
  return c.body(new Uint8Array(bytes), 200, { 'Content-Type': XLSX_CONTENT_TYPE, 'Content-Disposition': `attachment; filename="${name}.xlsx"` });
}
