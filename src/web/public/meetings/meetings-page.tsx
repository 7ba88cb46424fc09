import type { Context } from 'hono';
import { z } from 'zod';
import { listMeetings, type MeetingSummary } from '../../../modules/meetings';
import { bodiesOf } from '../../../modules/people';
import type { AppEnv } from '../../../platform/http/context';
import { parseQuery } from '../../../platform/http/query';
import { formatDate, todayInOslo } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline, textIn } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { meetings as messages } from '../../locales/meetings';
import { pageContext, type PageContext } from '../../page-context';
import { requireCooperation, cooperationShell } from '../shell';
import { StatusTag, timeInOslo } from './parts';

const query = z.object({
  organ: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be the short name of a body, for example styringsgruppen').optional().or(z.literal('')),
  ar: z.string().regex(/^\d{4}$/, 'must be a year written with four digits, for example 2018').optional().or(z.literal('')),
  visning: z.enum(['liste', 'kalender'], { error: 'must be liste or kalender' }).optional(),
});

/**
 * `/:slug/moter?organ=&ar=&visning=kalender`: the cooperation's meetings, upcoming and past, or per
 * month as a calendar of tables. A GET form filters, so it works without JavaScript and can be linked
 * to (the body page can link `?organ=<body>`).
 */
export async function meetingsPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const q = parseQuery(c, query);
  const bodies = await bodiesOf(c.var.db, coop.id);
  const body = q.organ ? bodies.find((b) => b.slug === q.organ) : undefined;
  const all = await listMeetings(c.var.db, { cooperationId: coop.id, ...(body ? { bodyId: body.id } : {}), actor: p.actor });
  const years = [...new Set(all.map((m) => m.date.slice(0, 4)))].sort().reverse();
  const shown = q.ar ? all.filter((m) => m.date.startsWith(q.ar!)) : all;
  const calendar = q.visning === 'kalender';
  const title = t.meetingsTitle(coop.name);
  const bodyName = body ? textIn(p, body.name) : null;
  return c.html(
    <Layout p={p} title={bodyName ? `${title}: ${bodyName}` : title} description={t.meetingsDescription(coop.name)} cooperation={await cooperationShell(c.var.db, coop, p.locale, bodies)}>
      <h1>{title}</h1>
      <FilterForm p={p} bodies={bodies.map((b) => ({ value: b.slug, label: textIn(p, b.name) || b.slug }))} years={years} organ={q.organ ?? ''} year={q.ar ?? ''} calendar={calendar} />
      {shown.length === 0 ? <p>{t.noMeetings}</p> : calendar ? <MonthTables p={p} meetings={shown} /> : <UpcomingAndPast p={p} meetings={shown} />}
      <section class="section" aria-labelledby="calendars-heading">
        <h2 id="calendars-heading">{t.calendarsHeading}</h2>
        <p>{t.calendarsIntro}</p>
        <ul class="plain-list">
          {bodies.map((b) => (
            <li>
              <a href={`/${coop.slug}/organer/${b.slug}/kalender.ics`} type="text/calendar">
                {t.calendarOf(textIn(p, b.name) || b.slug)} (iCalendar)
              </a>
            </li>
          ))}
          <li>
            <a href="/moter/kalender.ics" type="text/calendar">
              {t.calendarAll} (iCalendar)
            </a>
          </li>
        </ul>
      </section>
    </Layout>,
  );
}

function FilterForm(props: { p: PageContext; bodies: Array<{ value: string; label: string }>; years: string[]; organ: string; year: string; calendar: boolean }) {
  const { p } = props;
  const t = messages(p.locale);
  return (
    <form class="date-form" method="get" action={p.path} aria-labelledby="filter-heading">
      <h2 id="filter-heading" class="ds-sr-only">
        {t.filterHeading}
      </h2>
      <div class="ds-field">
        <label class="ds-label" for="organ">
          {t.body}
        </label>
        <select class="ds-input" id="organ" name="organ">
          <option value="">{t.allBodies}</option>
          {props.bodies.map((b) => (
            <option value={b.value} selected={b.value === props.organ}>
              {b.label}
            </option>
          ))}
        </select>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="ar">
          {t.year}
        </label>
        <select class="ds-input" id="ar" name="ar">
          <option value="">{t.allYears}</option>
          {props.years.map((y) => (
            <option value={y} selected={y === props.year}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div class="ds-field">
        <label class="ds-label" for="visning">
          {t.view}
        </label>
        <select class="ds-input" id="visning" name="visning">
          <option value="liste" selected={!props.calendar}>
            {t.viewList}
          </option>
          <option value="kalender" selected={props.calendar}>
            {t.viewCalendar}
          </option>
        </select>
      </div>
      <button class="ds-button" type="submit" data-variant="primary">
        {t.show}
      </button>
    </form>
  );
}

function UpcomingAndPast({ p, meetings }: { p: PageContext; meetings: MeetingSummary[] }) {
  const t = messages(p.locale);
  const today = todayInOslo();
  const upcoming = meetings.filter((m) => m.date >= today);
  const past = meetings.filter((m) => m.date < today).reverse();
  return (
    <>
      <section class="section" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t.upcoming}</h2>
        {upcoming.length === 0 ? <p>{t.noMeetings}</p> : <MeetingTable p={p} id="upcoming" caption={t.upcomingCaption} meetings={upcoming} />}
      </section>
      <section class="section" aria-labelledby="past-heading">
        <h2 id="past-heading">{t.past}</h2>
        {past.length === 0 ? <p>{t.noMeetings}</p> : <MeetingTable p={p} id="past" caption={t.pastCaption} meetings={past} />}
      </section>
    </>
  );
}

const monthName = (locale: string, month: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));

/** The calendar view: one table per month that has meetings, in date order. */
function MonthTables({ p, meetings }: { p: PageContext; meetings: MeetingSummary[] }) {
  const t = messages(p.locale);
  const months = [...new Set(meetings.map((m) => m.date.slice(0, 7)))];
  return (
    <>
      {months.map((month) => {
        const name = monthName(p.locale, month);
        return (
          <section class="section" aria-labelledby={`month-${month}`}>
            <h2 id={`month-${month}`}>{name.charAt(0).toUpperCase() + name.slice(1)}</h2>
            <MeetingTable p={p} id={`table-${month}`} caption={t.monthCaption(name)} meetings={meetings.filter((m) => m.date.startsWith(month))} />
          </section>
        );
      })}
    </>
  );
}

function MeetingTable({ p, id, caption, meetings }: { p: PageContext; id: string; caption: string; meetings: MeetingSummary[] }) {
  const t = messages(p.locale);
  return (
    <ScrollTable p={p} id={id} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t.colDate}</th>
          <th scope="col">{t.colTime}</th>
          <th scope="col">{t.colBody}</th>
          <th scope="col">{t.colPlace}</th>
          <th scope="col">{t.colStatus}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr>
            <th scope="row" class="num">
              <a href={p.href(`/${m.cooperationSlug}/moter/${m.id}`)} aria-label={t.openMeeting(textIn(p, m.body.name), formatDate(m.date, p.locale))}>
                {formatDate(m.date, p.locale)}
              </a>
            </th>
            <td class="num">{timeInOslo(m.startsAt)}</td>
            <td>
              <LocalizedInline p={p} text={m.body.name} />
            </td>
            <td>{m.place ?? ''}</td>
            <td>
              <StatusTag p={p} status={m.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
