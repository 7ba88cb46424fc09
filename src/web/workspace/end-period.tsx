import type { Context } from 'hono';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { workspace } from '../locales/workspace';
import type { PageContext } from '../page-context';
import { Csrf, FormMessages, FormModel, TextInput, type FailedForm } from './form-kit';
import { idOf, isoDate, postedValues } from './handler-kit';

/**
 * Memberships and seats end alike: each row of their table has a small form that sets the last day of
 * that one period, posted with the record's id in a hidden field (`membership_id`, `seat_id`).
 */
export type PeriodKind = 'membership' | 'seat';

/** One period in a table: its record's id, its last day if set, and its name for screen readers and the error summary. */
export interface Period {
  id: number;
  endOn: string | null;
  label: string;
}

const formId = (kind: PeriodKind, id: number) => `end-${kind}-${id}`;

/** The form that ends one period; its field ids carry the form's id, as a page has one such form a row. */
export function endPeriodForm(p: PageContext, kind: PeriodKind, period: Period, failed: FailedForm | null): FormModel {
  const t = workspace(p.locale);
  const id = formId(kind, period.id);
  return new FormModel(p, id, {
    failed,
    prefix: `${id}-`,
    defaults: { end_on: period.endOn ?? '' },
    labels: { end_on: `${t.lastDay} ${t.lastDayFor(period.label)}` },
  });
}

/** The table cell with that form, posting to `action`. */
export function EndPeriodCell({ f, kind, period, action }: { f: FormModel; kind: PeriodKind; period: Period; action: string }) {
  const p = f.p;
  const t = workspace(p.locale);
  return (
    <td>
      <form class="date-form" method="post" action={p.href(action)} novalidate>
        <Csrf p={p} />
        <input type="hidden" name={`${kind}_id`} value={String(period.id)} />
        <FormMessages f={f} />
        <TextInput f={f} name="end_on" label={t.lastDay} labelSuffix={t.lastDayFor(period.label)} autocomplete="off" />
        <button class="ds-button" type="submit" data-variant="secondary">
          {period.endOn ? t.changeEndButton : t.endButton}
          <span class="ds-sr-only"> {t.lastDayFor(period.label)}</span>
        </button>
      </form>
    </td>
  );
}

/** A posted end form: the period it names, the last day in ISO form, and what was sent (to show it again if refused). */
export interface PostedEnd {
  id: number;
  endOn: string;
  form: string;
  values: Record<string, string>;
}

/**
 * Reads a posted end form. Only a period among those in the address (`inPath`) may be named: 404
 * otherwise, the same answer whether another one exists or not.
 */
export async function postedEnd(c: Context<AppEnv>, kind: PeriodKind, inPath: () => Promise<Array<{ id: number }>>): Promise<PostedEnd> {
  const values = await postedValues(c);
  const id = idOf(values[`${kind}_id`]);
  const periods = await inPath();
  if (id === null || !periods.some((period) => period.id === id)) throw new NotFoundError();
  return { id, endOn: isoDate(values.end_on), form: formId(kind, id), values };
}
