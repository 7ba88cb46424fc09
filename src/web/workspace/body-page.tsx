import type { Context } from 'hono';
import { defaultMembershipDate, membersOn, type CooperationView } from '../../modules/cooperations';
import {
  OFFICES,
  POSITIONS,
  addSeat,
  bodyBySlug,
  canManageBodies,
  endSeat,
  labelOf,
  seatsOf,
  type AddSeatInput,
  type BodyView,
  type SeatView,
} from '../../modules/people';
import { execute } from '../../platform/command';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { formatDate, pickText, todayInOslo } from '../../platform/i18n';
import { Layout } from '../components/layout';
import { textIn } from '../components/localized';
import { SeatCells } from '../components/seat-cells';
import { ScrollTable } from '../components/table';
import { workspace } from '../locales/workspace';
import type { PageContext } from '../page-context';
import { CooperationNav, onCooperation, refuseUnless } from './cooperation-kit';
import { EndPeriodCell, endPeriodForm, postedEnd, type Period } from './end-period';
import {
  Checkbox,
  Csrf,
  ErrorSummary,
  FormMessages,
  FormModel,
  LocalizedFields,
  SavedMessage,
  SelectInput,
  TextInput,
  localizedInput,
  localizedLabels,
  type FailedForm,
} from './form-kit';
import { attempt, isoDate, postedValues, savedRedirect } from './handler-kit';
import { MANAGE } from './manage-paths';

const ADD = 'add-seat';

const pagePath = (slug: string, c: Context<AppEnv>) => MANAGE.body(slug, c.req.param('body') ?? '');

/** `GET /arbeidsflate/samarbeid/:slug/organer/:body`: a body's seats over time, a form to add one and one to end each. */
export const bodyPage = onCooperation(pagePath, async ({ c, p, coop }) => {
  refuseUnless(canManageBodies, { p, coop });
  const body = await bodyInPath(c, coop);
  return render(c, p, coop, body, null);
});

/** `POST …/organer/:body`: adds a seat through addSeat, which checks who may and that the member belongs. */
export const addSeatSubmit = onCooperation(pagePath, async ({ c, p, coop }) => {
  const body = await bodyInPath(c, coop);
  const v = await postedValues(c);
  const outcome = await attempt(() =>
    execute(c.var.db, addSeat, p.actor, {
      body_id: body.id,
      on_behalf_of_code: v.on_behalf_of_code ?? '',
      office: (v.office ?? '') as AddSeatInput['office'],
      position: (v.position ?? '') as AddSeatInput['position'],
      is_deputy: (v.is_deputy ?? '') as AddSeatInput['is_deputy'],
      start_on: isoDate(v.start_on),
      end_on: isoDate(v.end_on),
      note: localizedInput(v, 'note'),
    }),
  );
  refuseUnless(canManageBodies, { p, coop });
  if (outcome.ok) return savedRedirect(c, p, MANAGE.body(coop.slug, body.slug), 'plass');
  return render(c, p, coop, body, { form: ADD, values: v, errors: outcome.errors }, 422);
});

/** `POST …/organer/:body/avslutt`: sets the last day of one of this body's seats. */
export const endSeatSubmit = onCooperation(pagePath, async ({ c, p, coop }) => {
  const body = await bodyInPath(c, coop);
  const end = await postedEnd(c, 'seat', () => seatsOf(c.var.db, body.id));
  const outcome = await attempt(() => execute(c.var.db, endSeat, p.actor, { seat_id: end.id, end_on: end.endOn }));
  refuseUnless(canManageBodies, { p, coop });
  if (outcome.ok) return savedRedirect(c, p, MANAGE.body(coop.slug, body.slug), 'plass-avsluttet');
  return render(c, p, coop, body, { form: end.form, values: end.values, errors: outcome.errors }, 422);
});

async function bodyInPath(c: Context<AppEnv>, coop: CooperationView): Promise<BodyView> {
  const body = await bodyBySlug(c.var.db, coop.id, c.req.param('body') ?? '');
  if (!body) throw new NotFoundError();
  return body;
}

/** "Ordfører, Asker" — or the person's name where one is recorded. */
function seatLabel(p: PageContext, seat: SeatView): string {
  const t = workspace(p.locale);
  const office = textIn(p, labelOf(OFFICES, seat.office));
  const held = seat.onBehalfOf ? t.seatOf(office, seat.onBehalfOf.name) : office;
  const what = seat.isDeputy ? `${held} (${t.deputyWord})` : held;
  return seat.personName ? `${seat.personName} (${what})` : what;
}

const periodOf = (p: PageContext, seat: SeatView): Period => ({ id: seat.id, endOn: seat.endOn, label: seatLabel(p, seat) });

async function render(
  c: Context<AppEnv>,
  p: PageContext,
  coop: CooperationView,
  body: BodyView,
  failed: FailedForm | null,
  status: 200 | 422 = 200,
) {
  const t = workspace(p.locale);
  const membersDate = defaultMembershipDate(coop, todayInOslo());
  const [seats, members] = await Promise.all([seatsOf(c.var.db, body.id), membersOn(c.var.db, coop.id, membersDate)]);
  const add = new FormModel(p, ADD, {
    failed,
    defaults: { position: 'member' },
    labels: {
      on_behalf_of_code: t.onBehalfOf,
      office: t.office,
      position: t.position,
      is_deputy: t.isDeputy,
      start_on: t.startOn,
      end_on: t.endOn,
      ...localizedLabels(p, 'note', t.note),
    },
  });
  const ends = new Map(seats.map((seat) => [seat.id, endPeriodForm(p, 'seat', periodOf(p, seat), failed)]));
  const forms = [add, ...ends.values()];
  const refused = forms.some((f) => f.refused);
  const bodyName = textIn(p, body.name) || body.slug;
  const title = t.seatsTitle(bodyName);
  const hasNotes = seats.some((s) => pickText(s.note, p.locale));
  const memberChoices = [
    { value: '', label: t.noMember },
    ...members.map((m) => ({ value: m.code, label: m.kind === 'county' ? `${m.name} (${t.countyAuthority}, ${m.code})` : `${m.name} (${m.code})` })),
  ];
  return c.html(
    <Layout p={p} title={refused ? `${t.errorPrefix} ${title} – ${coop.name}` : `${title} – ${coop.name}`}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current={null} />
      <p>
        <a href={p.href(MANAGE.bodies(coop.slug))}>{t.allBodiesLink}</a>
      </p>
      <SavedMessage p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={forms} />
      <section class="section" aria-labelledby="add-seat-heading">
        <h2 id="add-seat-heading">{t.addSeatHeading}</h2>
        <form class="section" method="post" action={p.href(MANAGE.body(coop.slug, body.slug))} novalidate>
          <Csrf p={p} />
          <FormMessages f={add} />
          <SelectInput f={add} name="on_behalf_of_code" label={t.onBehalfOf} hint={t.onBehalfOfHint(formatDate(membersDate, p.locale))} choices={memberChoices} />
          <SelectInput f={add} name="office" label={t.office} choices={OFFICES.map((o) => ({ value: o.key, label: textIn(p, o.label) }))} required />
          <SelectInput f={add} name="position" label={t.position} choices={POSITIONS.map((o) => ({ value: o.key, label: textIn(p, o.label) }))} required />
          <Checkbox f={add} name="is_deputy" label={t.isDeputy} />
          <TextInput f={add} name="start_on" label={t.startOn} hint={`${t.dateHint} ${t.seatStartHint}`} autocomplete="off" />
          <TextInput f={add} name="end_on" label={t.endOn} hint={`${t.dateHint} ${t.seatEndHint}`} autocomplete="off" />
          <LocalizedFields f={add} name="note" legend={t.note} hint={t.noteHint} maxlength={1000} />
          <div>
            <button class="ds-button" type="submit">
              {t.addSeatButton}
            </button>
          </div>
        </form>
      </section>
      <p>{t.seatsIntro}</p>
      {seats.length === 0 ? (
        <p>{t.noSeats}</p>
      ) : (
        <ScrollTable p={p} id="seats" caption={t.seatsCaption(bodyName)}>
          <thead>
            <tr>
              <th scope="col">{t.colSeat}</th>
              <th scope="col">{t.colPosition}</th>
              <th scope="col">{t.colDeputy}</th>
              <th scope="col">{t.colTerm}</th>
              {hasNotes ? <th scope="col">{t.colNote}</th> : null}
              <th scope="col">{t.colLastDay}</th>
            </tr>
          </thead>
          <tbody>
            {seats.map((seat) => {
              const f = ends.get(seat.id)!;
              return (
                <tr>
                  <th scope="row">{seatLabel(p, seat)}</th>
                  <SeatCells p={p} seat={seat} hasNotes={hasNotes} />
                  <EndPeriodCell f={f} kind="seat" period={periodOf(p, seat)} action={MANAGE.endSeat(coop.slug, body.slug)} />
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
    </Layout>,
    status,
  );
}
