import type { Context } from 'hono';
import { BODY_KINDS, OFFICES, bodyBySlug, labelOf, seatsOf } from '../../modules/people';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { pickText } from '../../platform/i18n';
import { Layout } from '../components/layout';
import { SeatCells } from '../components/seat-cells';
import { LocalizedInline, LocalizedProse, textIn } from '../components/localized';
import { ScrollTable } from '../components/table';
import { common } from '../locales/common';
import { people as messages } from '../locales/people';
import { pageContext, type PageContext } from '../page-context';
import { cooperationShell, requireCooperation } from './shell';

type Seat = Awaited<ReturnType<typeof seatsOf>>[number];

/** `/:slug/organer/:bodySlug`: one body, its composition and its seats. */
export async function bodyPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const body = await bodyBySlug(c.var.db, coop.id, c.req.param('bodySlug') ?? '');
  if (!body) throw new NotFoundError('No such body.');
  const [shell, seats] = await Promise.all([cooperationShell(c.var.db, coop, p.locale), seatsOf(c.var.db, body.id)]);
  const name = pickText(body.name, p.locale);
  const title = name?.text ?? body.slug;
  return c.html(
    <Layout p={p} title={title} description={t.bodyDescription(title, coop.name)} cooperation={shell}>
      <h1>
        <LocalizedInline p={p} text={body.name} />
      </h1>
      <p>
        <span class="muted">{t.kind}: </span>
        <LocalizedInline p={p} text={labelOf(BODY_KINDS, body.kind)} />
      </p>
      <section class="section" aria-labelledby="composition-heading">
        <h2 id="composition-heading">{t.composition}</h2>
        <LocalizedProse p={p} text={body.composition} />
      </section>
      <ul class="plain-list">
        <li>
          <a href={p.href(`/${coop.slug}/moter?organ=${body.slug}`)}>{t.bodyMeetingsLink(title)}</a>
        </li>
        <li>
          <a href={p.href(`/${coop.slug}/organer/${body.slug}/kalender.ics`)}>{t.bodyCalendarLink(title)}</a>
        </li>
      </ul>
      {seats.length === 0 ? <p>{t.noSeats}</p> : <SeatsTable p={p} seats={seats} bodyName={title} />}
    </Layout>,
  );
}

function SeatsTable({ p, seats, bodyName }: { p: PageContext; seats: Seat[]; bodyName: string }) {
  const t = messages(p.locale);
  const c = common(p.locale);
  const hasNotes = seats.some((s) => pickText(s.note, p.locale));
  // When no seat has a named holder, the first column says it all ("Ordfører, Asker", with Asker
  // linked); office and member get columns of their own only when some seats name a person.
  const hasPersons = seats.some((s) => s.personName);
  return (
    <>
      <p>{t.noPersonNote}</p>
      <ScrollTable p={p} id="seats" caption={t.seatsCaption(bodyName)}>
        <thead>
          <tr>
            <th scope="col">{t.colHolder}</th>
            {hasPersons ? <th scope="col">{t.colOffice}</th> : null}
            {hasPersons ? <th scope="col">{t.colOnBehalfOf}</th> : null}
            <th scope="col">{t.colPosition}</th>
            <th scope="col">{t.colDeputy}</th>
            <th scope="col">{t.colTerm}</th>
            {hasNotes ? <th scope="col">{c.colNote}</th> : null}
          </tr>
        </thead>
        <tbody>
          {seats.map((seat) => {
            const office = textIn(p, labelOf(OFFICES, seat.office));
            const member = seat.onBehalfOf ? <a href={p.href(`/kommuner/${seat.onBehalfOf.code}`)}>{seat.onBehalfOf.name}</a> : null;
            return (
              <tr>
                <th scope="row">
                  {seat.personName ?? (member ? <>{office}, {member}</> : office)}
                </th>
                {hasPersons ? <td>{office}</td> : null}
                {hasPersons ? <td>{member ?? ''}</td> : null}
                <SeatCells p={p} seat={seat} hasNotes={hasNotes} />
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    </>
  );
}
