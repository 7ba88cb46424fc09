import type { Context } from 'hono';
import { documentsOf } from '../../../modules/archive';
import { MEETING_KINDS, getMeeting, termLabel, type AgendaItemView, type MeetingView } from '../../../modules/meetings';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline, textIn } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { meetings as messages } from '../../locales/meetings';
import { pageContext, type PageContext } from '../../page-context';
import { cooperationShell, requireCooperation } from '../shell';
import { CaseNumber, ExemptNotice, IllustrativeNotice, OutcomeTag, StatusTag, meetingWhen } from './parts';
import { TreatmentDetails } from './treatment';

/** The meeting in the path, as this reader may see it; 404 when it is not this cooperation's. */
export async function meetingInPath(c: Context<AppEnv>, cooperationSlug: string): Promise<MeetingView> {
  const id = Number(c.req.param('id'));
  const meeting = Number.isSafeInteger(id) ? await getMeeting(c.var.db, id, c.var.actor) : null;
  if (!meeting || meeting.cooperationSlug !== cooperationSlug) throw new NotFoundError('No such meeting.');
  return meeting;
}

/** `/:slug/moter/:id`: body, time, place and status; the agenda; the papers; the minutes once approved. */
export async function meetingPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const meeting = await meetingInPath(c, coop.slug);
  const [shell, internal] = await Promise.all([
    cooperationShell(c.var.db, coop, p.locale),
    meeting.visibility === 'all' ? documentsOf(c.var.db, { meetingId: meeting.id, publicOnly: false }) : Promise.resolve([]),
  ]);
  const bodyName = textIn(p, meeting.body.name) || meeting.body.slug;
  const date = formatDate(meeting.date, p.locale);
  const title = t.meetingTitle(bodyName, date);
  const base = `/${coop.slug}/moter/${meeting.id}`;
  const summoned = meeting.agenda.length > 0 && meeting.status !== 'planned' && meeting.status !== 'cancelled';
  const internalPapers = internal.filter((d) => !d.isPublic);
  return c.html(
    <Layout p={p} title={title} description={t.meetingDescription(bodyName, date)} cooperation={shell}>
      <h1>{title}</h1>
      {meeting.isIllustrative ? <IllustrativeNotice p={p} note={meeting.illustrativeNote} /> : null}
      <dl class="facts">
        <dt>{t.body}</dt>
        <dd>
          <a href={p.href(`/${coop.slug}/organer/${meeting.body.slug}`)}>
            <LocalizedInline p={p} text={meeting.body.name} />
          </a>{' '}
          ({termLabel(MEETING_KINDS, meeting.kind, p.locale)})
        </dd>
        <dt>{t.time}</dt>
        <dd>{meetingWhen(p.locale, meeting.startsAt, meeting.endsAt)}</dd>
        <dt>{t.place}</dt>
        <dd>{meeting.place ?? t.noPlace}</dd>
        <dt>{t.colStatus}</dt>
        <dd>
          <StatusTag p={p} status={meeting.status} />
        </dd>
      </dl>
      {meeting.status === 'cancelled' ? <p>{meeting.cancelledReason ? t.cancelledBecause(meeting.cancelledReason) : t.cancelled}</p> : null}
      {meeting.note ? <p>{meeting.note}</p> : null}
      <p>
        <a href={p.href(`/${coop.slug}/moter?organ=${meeting.body.slug}`)}>{t.allMeetings}</a>
      </p>

      <section class="section" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t.agenda}</h2>
        {meeting.agenda.length === 0 ? <p>{t.noAgenda}</p> : <AgendaTable p={p} meeting={meeting} slug={coop.slug} date={date} />}
      </section>

      {summoned || meeting.minutes ? (
        <section class="section" aria-labelledby="papers-heading">
          <h2 id="papers-heading">{t.papers}</h2>
          <ul class="plain-list">
            {summoned ? (
              <>
                <li>
                  <a href={p.href(`${base}/innkalling.pdf`)}>{t.summonsPdf}</a>
                </li>
                <li>
                  <a href={p.href(`${base}/innkalling.docx`)}>{t.summonsDocx}</a>
                </li>
              </>
            ) : null}
            {meeting.minutes ? (
              <>
                <li>
                  <a href={p.href(`${base}/protokoll.pdf`)}>{t.minutesPdf}</a>
                </li>
                <li>
                  <a href={p.href(`${base}/protokoll.docx`)}>{t.minutesDocx}</a>
                </li>
              </>
            ) : null}
          </ul>
        </section>
      ) : null}

      {internalPapers.length > 0 ? (
        <section class="section" aria-labelledby="internal-heading">
          <h2 id="internal-heading">{t.internalPapers}</h2>
          <p class="muted">{t.internalNote}</p>
          <ul class="plain-list">
            {internalPapers.map((d) => (
              <li>
                {d.downloadHref ? <a href={p.href(d.downloadHref)}>{d.title}</a> : d.title}{' '}
                <ExemptNotice p={p} basis={d.exemptBasis} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Minutes p={p} meeting={meeting} />
    </Layout>,
  );
}

function AgendaTable({ p, meeting, slug, date }: { p: PageContext; meeting: MeetingView; slug: string; date: string }) {
  const t = messages(p.locale);
  const showResults = meeting.agenda.some((i) => i.treatment);
  return (
    <ScrollTable p={p} id="agenda" caption={t.agendaCaption(date)}>
      <thead>
        <tr>
          <th scope="col">{t.colCaseNumber}</th>
          <th scope="col">{t.colCase}</th>
          {showResults ? <th scope="col">{t.colResult}</th> : null}
        </tr>
      </thead>
      <tbody>
        {meeting.agenda.map((item) => (
          <tr>
            <td class="num">{item.caseNumber ? <CaseNumber number={item.caseNumber} /> : ''}</td>
            <th scope="row">
              <ItemTitle p={p} item={item} slug={slug} />
            </th>
            {showResults ? <td>{item.treatment ? <OutcomeTag p={p} outcome={item.treatment.outcome} /> : ''}</td> : null}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** The item's title, linked to its case; an exempt item shows only that it is exempt and why. */
function ItemTitle({ p, item, slug }: { p: PageContext; item: AgendaItemView; slug: string }) {
  if (item.withheld || item.title === null) return <ExemptNotice p={p} basis={item.exemptBasis} />;
  const title = item.caseId ? <a href={p.href(`/${slug}/saker/${item.caseId}`)}>{item.title}</a> : <>{item.title}</>;
  return (
    <>
      {title}
      {!item.isPublic ? (
        <>
          {' '}
          <ExemptNotice p={p} basis={item.exemptBasis} />
        </>
      ) : null}
    </>
  );
}

/** The minutes: the lock when approved, who was there, and each item's resolution. */
function Minutes({ p, meeting }: { p: PageContext; meeting: MeetingView }) {
  const t = messages(p.locale);
  const minutes = meeting.minutes;
  if (meeting.status === 'cancelled' || meeting.status === 'planned' || meeting.status === 'summoned') return null;
  return (
    <section class="section" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t.minutes}</h2>
      {minutes?.approvedAt ? (
        <div class="ds-alert" data-color="success">
          <p>
            {minutes.approvedBy
              ? t.minutesApprovedBy(formatDate(minutes.approvedAt, p.locale), minutes.approvedBy)
              : t.minutesApprovedOn(formatDate(minutes.approvedAt, p.locale))}{' '}
            {t.minutesLocked}
          </p>
        </div>
      ) : (
        <p>{t.minutesPending}</p>
      )}
      {minutes?.intro ? <p>{minutes.intro}</p> : null}
      {minutes && (minutes.present.length > 0 || minutes.absent.length > 0) ? (
        <dl class="facts">
          {minutes.present.length > 0 ? (
            <>
              <dt>{t.present}</dt>
              <dd>{minutes.present.join(', ')}</dd>
            </>
          ) : null}
          {minutes.absent.length > 0 ? (
            <>
              <dt>{t.absent}</dt>
              <dd>{minutes.absent.join(', ')}</dd>
            </>
          ) : null}
          {minutes.alsoPresent.length > 0 ? (
            <>
              <dt>{t.alsoPresent}</dt>
              <dd>{minutes.alsoPresent.join(', ')}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {meeting.agenda
        .filter((item) => item.treatment)
        .map((item) => (
          <section class="section" aria-labelledby={`item-${item.id}`}>
            <h3 id={`item-${item.id}`}>
              {item.caseNumber ? `${t.colCase} ${item.caseNumber} ` : ''}
              {item.withheld ? t.exempt : item.title}
            </h3>
            {item.withheld ? <ExemptNotice p={p} basis={item.exemptBasis} /> : <TreatmentDetails p={p} treatment={item.treatment!} />}
          </section>
        ))}
    </section>
  );
}
