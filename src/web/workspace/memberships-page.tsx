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
import type { AppEnv } from '../../platform/http/context';
import { formatDate, pickText, todayInOslo } from '../../platform/i18n';
import { PeriodText } from '../components/dates';
import { Layout } from '../components/layout';
import { LocalizedInline } from '../components/localized';
import { ScrollTable } from '../components/table';
import { workspace } from '../locales/workspace';
import type { PageContext } from '../page-context';
import { AuthorityDatalist, authorityOptions } from './authority-options';
import { CooperationNav, onCooperation, refuseUnless } from './cooperation-kit';
import { EndPeriodCell, endPeriodForm, postedEnd, type Period } from './end-period';
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
import { attempt, isoDate, postedValues, savedRedirect } from './handler-kit';
import { MANAGE } from './manage-paths';

const ADD = 'add-membership';

/** `GET /arbeidsflate/samarbeid/:slug/medlemmer`: every membership, a form to add one, and one to end each. */
export const membershipsPage = onCooperation(MANAGE.memberships, async ({ c, p, coop }) => {
  refuseUnless(canEditCooperation, { p, coop });
  return render(c, p, coop, null);
});

/** `POST …/medlemmer`: adds a membership through addMembership, which checks who may and that periods do not overlap. */
export const addMembershipSubmit = onCooperation(MANAGE.memberships, async ({ c, p, coop }) => {
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
  refuseUnless(canEditCooperation, { p, coop });
  if (outcome.ok) return savedRedirect(c, p, MANAGE.memberships(coop.slug), 'medlemskap');
  return render(c, p, coop, { form: ADD, values: v, errors: outcome.errors }, 422);
});

/** `POST …/medlemmer/avslutt`: sets the last day of one of this cooperation's memberships. */
export const endMembershipSubmit = onCooperation(MANAGE.memberships, async ({ c, p, coop }) => {
  const end = await postedEnd(c, 'membership', () => membershipsOfCooperation(c.var.db, coop.id));
  const outcome = await attempt(() => execute(c.var.db, endMembership, p.actor, { membership_id: end.id, end_on: end.endOn }));
  refuseUnless(canEditCooperation, { p, coop });
  if (outcome.ok) return savedRedirect(c, p, MANAGE.memberships(coop.slug), 'medlemskap-avsluttet');
  return render(c, p, coop, { form: end.form, values: end.values, errors: outcome.errors }, 422);
});

function memberLabel(p: PageContext, m: MembershipRecord): string {
  const t = workspace(p.locale);
  return m.kind === 'county' ? `${m.name} (${t.countyAuthority}, ${m.code})` : `${m.name} (${m.code})`;
}

const periodOf = (p: PageContext, m: MembershipRecord): Period => ({ id: m.id, endOn: m.endOn, label: memberLabel(p, m) });

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
  const ends = new Map(memberships.map((m) => [m.id, endPeriodForm(p, 'membership', periodOf(p, m), failed)]));
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
                  <EndPeriodCell f={f} kind="membership" period={periodOf(p, m)} action={MANAGE.endMembership(coop.slug)} />
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
