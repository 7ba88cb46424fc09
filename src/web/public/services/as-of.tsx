import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import { listMeetings } from '../../../modules/meetings';
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import type { AppEnv } from '../../../platform/http/context';
import { isoDateParam } from '../../../platform/http/query';
import { todayInOslo } from '../../../platform/i18n';
import { DateChoiceForm } from '../../components/date-choice-form';
import { services as messages } from '../../locales/services';
import type { PageContext } from '../../page-context';

/** The "as of" date of a services page: `?dato=YYYY-MM-DD`, default today; a bad one is shown back with a message (400). */
export function asOfDate(c: Context<AppEnv>): { at: string; asked: string; invalid: boolean } {
  const asked = c.req.query('dato') ?? '';
  if (asked === '') return { at: todayInOslo(), asked, invalid: false };
  const valid = isoDateParam.safeParse(asked);
  return valid.success ? { at: valid.data, asked, invalid: false } : { at: todayInOslo(), asked, invalid: true };
}

/**
 * After an ended cooperation's last day, the portfolio suggests a day it still ran: the day of its
 * last meeting (Vestregionen: the General Assembly of 14 June 2018 that decided the services'
 * futures), else its last day.
 */
export async function suggestedDate(db: Db, coop: CooperationView, at: string, actor: Actor): Promise<string | null> {
  if (!coop.endedOn || at <= coop.endedOn) return null;
  const [last] = await listMeetings(db, { cooperationId: coop.id, to: coop.endedOn, order: 'desc', limit: 1, actor });
  return last?.date ?? coop.endedOn;
}

/** The services pages' date field: `dato`, with the services texts. */
export function AsOfForm({ p, value, invalid }: { p: PageContext; value: string; invalid: boolean }) {
  const t = messages(p.locale);
  return <DateChoiceForm p={p} name="dato" value={value} invalid={invalid} texts={{ label: t.chooseDate, invalid: t.invalidDate, submit: t.show }} />;
}
