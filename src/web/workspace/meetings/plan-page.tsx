import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import { listMeetings, scheduleMeeting } from '../../../modules/meetings';
import { bodiesOf } from '../../../modules/people';
import { execute } from '../../../platform/command';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate, formatNumber, todayInOslo } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline, textIn } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { meetings as messages } from '../../locales/meetings';
import { workspace } from '../../locales/workspace';
import type { PageContext } from '../../page-context';
import { StatusTag, timeInOslo } from '../../public/meetings/parts';
import { CooperationNav, onCooperation } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormMessages, FormModel, SelectInput, type FailedForm } from '../form-kit';
import { postedValues, savedRedirect } from '../handler-kit';
import { MEETINGS, attemptStep, refuseUnlessSecretariat } from './kit';
import { MeetingFields, meetingLabels, meetingTimes, toMeetingFields } from './meeting-fields';
import { MeetingsSaved } from './saved';

const FORM = 'new-meeting';

/** `GET /arbeidsflate/samarbeid/:slug/moter?organ=&ar=`: the meeting plan per body and year, and "Nytt møte". */
export const planPage = onCooperation(MEETINGS.plan, async ({ c, p, coop }) => {
  refuseUnlessSecretariat({ p, coop });
  return render(c, p, coop, null);
});

/** `POST …/moter`: schedules a meeting through scheduleMeeting, which checks who may; then to the meeting's page. */
export const scheduleSubmit = onCooperation(MEETINGS.plan, async ({ c, p, coop }) => {
  const v = await postedValues(c);
  const outcome = await attemptStep(() =>
    execute(c.var.db, scheduleMeeting, p.actor, {
      body_id: v.body_id ?? '',
      ...meetingTimes(v),
      place: v.place ?? '',
      kind: (v.kind || undefined) as never,
      note: v.note ?? '',
    }),
  );
  refuseUnlessSecretariat({ p, coop });
  if (outcome.ok) return savedRedirect(c, p, MEETINGS.meeting(coop.slug, outcome.value.id), 'mote');
  return render(c, p, coop, { form: FORM, values: v, errors: toMeetingFields(outcome.errors) }, 422);
});

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = messages(p.locale);
  const bodies = await bodiesOf(c.var.db, coop.id);
  const organ = c.req.query('organ') ?? '';
  const body = bodies.find((b) => b.slug === organ);
  const all = await listMeetings(c.var.db, { cooperationId: coop.id, ...(body ? { bodyId: body.id } : {}), actor: p.actor });
  const years = [...new Set([todayInOslo().slice(0, 4), ...all.map((m) => m.date.slice(0, 4))])].sort().reverse();
  const year = /^\d{4}$/.test(c.req.query('ar') ?? '') ? c.req.query('ar')! : (years.find((y) => all.some((m) => m.date.startsWith(y))) ?? years[0]!);
  const shown = all.filter((m) => m.date.startsWith(year));
  const f = new FormModel(p, FORM, {
    failed,
    defaults: { body_id: body ? String(body.id) : '', start_time: '10:00', kind: 'ordinary' },
    labels: { body_id: t.bodyField, ...meetingLabels(p) },
  });
  const title = t.planTitle(coop.name);
  const bodyChoices = [{ value: '', label: t.noBodyChoice }, ...bodies.map((b) => ({ value: String(b.id), label: textIn(p, b.name) || b.slug }))];
  return c.html(
    <Layout p={p} title={f.refused ? `${workspace(p.locale).errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="meetings" />
      <MeetingsSaved p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={[f]} />
      <p>{t.planIntro}</p>
      <p>
        <a href={p.href(MEETINGS.cases(coop.slug))}>{t.casesLink}</a>
      </p>
      <form class="date-form" method="get" action={p.href(MEETINGS.plan(coop.slug))}>
        <div class="ds-field">
          <label class="ds-label" for="organ">
            {t.body}
          </label>
          <select class="ds-input" id="organ" name="organ">
            <option value="">{t.allBodies}</option>
            {bodies.map((b) => (
              <option value={b.slug} selected={b.slug === organ}>
                {textIn(p, b.name) || b.slug}
              </option>
            ))}
          </select>
        </div>
        <div class="ds-field">
          <label class="ds-label" for="ar">
            {t.year}
          </label>
          <select class="ds-input" id="ar" name="ar">
            {years.map((y) => (
              <option value={y} selected={y === year}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button class="ds-button" type="submit" data-variant="secondary">
          {t.show}
        </button>
      </form>
      {shown.length === 0 ? (
        <p>{t.noMeetings}</p>
      ) : (
        <ScrollTable p={p} id="meeting-plan" caption={body ? t.planCaption(textIn(p, body.name), year) : t.planCaptionAll(year)}>
          <thead>
            <tr>
              <th scope="col">{t.colDate}</th>
              <th scope="col">{t.colTime}</th>
              <th scope="col">{t.colBody}</th>
              <th scope="col">{t.colStatus}</th>
              <th scope="col" class="num">
                {t.colItems}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr>
                <th scope="row" class="num">
                  <a href={p.href(MEETINGS.meeting(coop.slug, m.id))} aria-label={t.openMeeting(textIn(p, m.body.name), formatDate(m.date, p.locale))}>
                    {formatDate(m.date, p.locale)}
                  </a>
                </th>
                <td class="num">{timeInOslo(m.startsAt)}</td>
                <td>
                  <LocalizedInline p={p} text={m.body.name} />
                </td>
                <td>
                  <StatusTag p={p} status={m.status} />
                </td>
                <td class="num">{formatNumber(m.agendaItemCount)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <section class="section" aria-labelledby="new-meeting-heading">
        <h2 id="new-meeting-heading">{t.newMeeting}</h2>
        <form class="section" method="post" action={p.href(MEETINGS.plan(coop.slug))} novalidate>
          <Csrf p={p} />
          <FormMessages f={f} />
          <SelectInput f={f} name="body_id" label={t.bodyField} choices={bodyChoices} required />
          <MeetingFields p={p} f={f} />
          <div>
            <button class="ds-button" type="submit">
              {t.createMeeting}
            </button>
          </div>
        </form>
      </section>
    </Layout>,
    status,
  );
}
