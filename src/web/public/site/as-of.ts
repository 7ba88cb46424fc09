import type { Context } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { isoDateParam } from '../../../platform/http/query';
import { todayInOslo } from '../../../platform/i18n';

/** The day a progress plan is shown as of: `?dato=2018-03-01`, or today in Oslo. A bad date is answered on the page (400). */
export function asOfDay(c: Context<AppEnv>): { day: string; asked: string | null; invalid: boolean } {
  const asked = c.req.query('dato');
  if (asked === undefined || asked.trim() === '') return { day: todayInOslo(), asked: null, invalid: false };
  const parsed = isoDateParam.safeParse(asked.trim());
  return parsed.success ? { day: parsed.data, asked: parsed.data, invalid: false } : { day: todayInOslo(), asked, invalid: true };
}
