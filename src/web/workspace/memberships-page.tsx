import type { Context } from 'hono';
import {
  addMembership,
  canEditCooperation,
  defaultMembershipDate,
  endMembership,
  membershipsOfCooperation,
  type MembershipRecord,
  type CooperationView,
} from '../../modules/cooperations';
import { execute } from '../../platform/command';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { formatDate, pickText, todayInOslo } from '../../platform/i18n';
import { PeriodText } from '../components/dates';
import { Layout } from '../components/layout';
import { LocalizedInline } from '../components/localized';
import { ScrollTable } from '../components/table';
import { workspace } from '../locales/workspace';
import { pageContext, type PageContext } from '../page-context';
import { AuthorityDatalist, authorityOptions } from './authority-options';
import { CooperationNav, cooperationInPath, cooperationToEdit } from './cooperation-kit';
import {
  Csrf,
  ErrorSummary,
  FormMessages,
  FormModel,
  LocalizedFields,
  SavedMessage,
  TextInput,
  localizedInput,
  localizedLabels,
  type FailedForm,
} from './form-kit';
import { attempt, idOf, isoDate, postedValues, savedRedirect, toSignIn } from './handler-kit';
import { MANAGE } from './manage-paths';

const ADD = 'add-membership';
const endFormId = (membershipId: number) => `end-membership-${membershipId}`;

/** `GET /arbeidsflate/samarbeid/:slug/medlemmer`: every membership, a form to add one, and one to end each. */
export async function membershipsPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  if (p.actor.kind !== 'user') return toSignIn(c, p, MANAGE.memberships(c.req.param('slug') ?? ''));
  const coop = await cooperationToEdit(c);
  return render(c, p, coop, null);
}

/** `POST …/medlemmer`: adds a membership through addMembership, which checks who may and that periods do not overlap. */
export async function addMembershipSubmit(c: Context<AppEnv>) {
  const p = pageContext(c);
  if (p.actor.kind !== 'user') return toSignIn(c, p, MANAGE.memberships(c.req.param('slug') ?? ''));
  const coop = await cooperationInPath(c);
  const v = await postedValues(c);
  const outcome = await attempt(() =>
    execute(c.var.db, addMembership, p.actor, {
      cooperation_id: coop.id,
      member_code: v.member_code ?? '',
      start_on: isoDate(v.start_on),
      end_on: isoDate(v.end_on),
      note: localizedInput(v, 'note'),
    }),
  );
  if (!canEditCooperation(p.actor, coop.id)) throw new NotFoundError();
  if (outcome.ok) return savedRedirect(c, p, MANAGE.memberships(coop.slug), 'medlemskap');
  return render(c, p, coop, { form: ADD, values: v, errors: outcome.errors }, 422);
}

/** `POST …/medlemmer/avslutt`: sets the last day of one of this cooperation's memberships. */
export async function endMembershipSubmit(c: Context<AppEnv>) {
  const p = pageContext(c);
  if (p.actor.kind !== 'user') return toSignIn(c, p, MANAGE.memberships(c.req.param('slug') ?? ''));
  const coop = await cooperationInPath(c);
  const v = await postedValues(c);
  const membershipId = idOf(v.membership_id);
  // Only a membership of the cooperation in the address: the same answer whether another one exists or not.
  const memberships = await membershipsOfCooperation(c.var.db, coop.id);
  if (membershipId === null || !memberships.some((m) => m.id === membershipId)) throw new NotFoundError();
  const outcome = await attempt(() =>
    execute(c.var.db, endMembership, p.actor, { membership_id: membershipId, end_on: isoDate(v.end_on) }),
  );
  if (!canEditCooperation(p.actor, coop.id)) throw new NotFoundError();
  if (outcome.ok) return savedRedirect(c, p, MANAGE.memberships(coop.slug), 'medlemskap-avsluttet');
  return render(c, p, coop, { form: endFormId(membershipId), values: v, errors: outcome.errors }, 422);
}

function memberLabel(p: PageContext, m: MembershipRecord): string {
  const t = workspace(p.locale);
  return m.kind === 'county' ? `${m.name} (${t.countyAuthority}, ${m.code})` : `${m.name} (${m.code})`;
}

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = workspace(p.locale);
  const today = todayInOslo();
  const suggestOn = defaultMembershipDate(coop, today);
  const [memberships, authorities] = await Promise.all([
    membershipsOfCooperation(c.var.db, coop.id),
    authorityOptions(c.var.db, suggestOn),
  ]);
  const add = new FormModel(p, ADD, {
    failed,
    labels: { member_code: t.memberCode, start_on: t.startOn, end_on: t.endOn, ...localizedLabels(p, 'note', t.note) },
  });
  const ends = new Map(
    memberships.map((m) => [
      m.id,
      new FormModel(p, endFormId(m.id), {
        failed,
        prefix: `${endFormId(m.id)}-`,
        defaults: { end_on: m.endOn ?? '' },
        labels: { end_on: `${t.lastDay} ${t.lastDayFor(memberLabel(p, m))}` },
      }),
    ]),
  );
  const forms = [add, ...ends.values()];
  const refused = forms.some((f) => f.refused);
  const title = t.membershipsTitle(coop.name);
  const hasNotes = memberships.some((m) => pickText(m.note, p.locale));
  return c.html(
    <Layout p={p} title={refused ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="members" />
      <SavedMessage p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={forms} />
      <section class="section" aria-labelledby="add-membership-heading">
        <h2 id="add-membership-heading">{t.addMembershipHeading}</h2>
        <form class="section" method="post" action={p.href(MANAGE.memberships(coop.slug))} novalidate>
          <Csrf p={p} />
          <FormMessages f={add} />
          <TextInput
            f={add}
            name="member_code"
            label={t.memberCode}
            hint={t.memberCodeHint(formatDate(suggestOn, p.locale))}
            list="authority-options"
            inputmode="numeric"
            autocomplete="off"
            required
          />
          <AuthorityDatalist p={p} id="authority-options" authorities={authorities} />
          <TextInput f={add} name="start_on" label={t.startOn} hint={`${t.dateHint} ${t.startOnHint}`} autocomplete="off" />
          <TextInput f={add} name="end_on" label={t.endOn} hint={`${t.dateHint} ${t.endOnHint}`} autocomplete="off" />
          <LocalizedFields f={add} name="note" legend={t.note} hint={t.noteHint} maxlength={1000} />
          <div>
            <button class="ds-button" type="submit">
              {t.addMembershipButton}
            </button>
          </div>
        </form>
      </section>
      <p>{t.membershipsIntro}</p>
      {memberships.length === 0 ? (
        <p>{t.noMemberships}</p>
      ) : (
        <ScrollTable p={p} id="memberships" caption={t.membershipsCaption(coop.name)}>
          <thead>
            <tr>
              <th scope="col">{t.colMember}</th>
              <th scope="col">{t.colPeriod}</th>
              <th scope="col">{t.colStatus}</th>
              {hasNotes ? <th scope="col">{t.colNote}</th> : null}
              <th scope="col">{t.colLastDay}</th>
            </tr>
          </thead>
          <tbody>
            {memberships.map((m) => {
              const f = ends.get(m.id)!;
              return (
                <tr>
                  <th scope="row">
                    <a href={p.href(`/kommuner/${m.code}`)}>{m.name}</a>
                    {m.kind === 'county' ? ` (${t.countyAuthority})` : null} <span class="muted">{m.code}</span>
                  </th>
                  <td class="num">
                    <PeriodText p={p} from={m.startOn} to={m.endOn} />
                  </td>
                  <td>{periodState(p, m, today)}</td>
                  {hasNotes ? (
                    <td class="note">
                      <LocalizedInline p={p} text={m.note} note />
                    </td>
                  ) : null}
                  <td>
                    <form class="date-form" method="post" action={p.href(MANAGE.endMembership(coop.slug))} novalidate>
                      <Csrf p={p} />
                      <input type="hidden" name="membership_id" value={String(m.id)} />
                      <FormMessages f={f} />
                      <TextInput
                        f={f}
                        name="end_on"
                        label={t.lastDay}
                        labelSuffix={t.lastDayFor(memberLabel(p, m))}
                        autocomplete="off"
                      />
                      <button class="ds-button" type="submit" data-variant="secondary">
                        {m.endOn ? t.changeEndButton : t.endButton}
                        <span class="ds-sr-only"> {t.lastDayFor(memberLabel(p, m))}</span>
                      </button>
                    </form>
                  </td>
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

/** Whether a membership holds today, in words (never colour alone). */
function periodState(p: PageContext, m: MembershipRecord, today: string): string {
  const t = workspace(p.locale);
  if (m.startOn && m.startOn > today) return t.isFuture;
  if (m.endOn && m.endOn < today) return t.isPast;
  return t.isCurrent;
}
