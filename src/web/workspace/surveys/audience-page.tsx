import type { Context } from 'hono';
import { membersOn, type CooperationView } from '../../../modules/cooperations';
import {
  RESPONDENT_ROLES,
  invitationsOf,
  inviteAudience,
  scheduleReminder,
  sendInvitations,
  sendReminders,
  type PersonalLink,
  type SurveyView,
} from '../../../modules/surveys';
import { execute } from '../../../platform/command';
import type { AppEnv } from '../../../platform/http/context';
import { formatNumber } from '../../../platform/i18n';
import { createMailer } from '../../../platform/mail';
import { DateText } from '../../components/dates';
import { Layout } from '../../components/layout';
import { textIn } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { common } from '../../locales/common';
import { surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import { CooperationNav } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormMessages, FormModel, TextInput, type FailedForm } from '../form-kit';
import { attempt, isoDate, postedValues } from '../handler-kit';
import { MANAGE_SURVEYS } from './paths';
import { Saved, SurveyNav, onSurvey } from './survey-kit';

const INVITE = 'invite';
const MAIL = 'mail';
const REMINDER = 'reminder';

/** What the last post did, shown once on the page it answers (personal links are never stored). */
interface Outcome {
  invited?: { created: number; alreadyInvited: number; withoutEmail: number; links: PersonalLink[] };
  mailed?: { sent: number; failed: number };
}

const baseUrl = (c: Context<AppEnv>) => c.var.config.publicUrl ?? new URL(c.req.url).origin;

/** `GET …/:id/mottakere`: invite by role and municipality, send or schedule e-mail, and who has answered. */
export const audiencePage = onSurvey(MANAGE_SURVEYS.audience, async ({ c, p, coop, survey }) => render(c, p, coop, survey, null, {}));

/** `POST …/:id/mottakere`: inviteAudience. The answer lists the new personal links once when no e-mail is set up. */
export const inviteSubmit = onSurvey(MANAGE_SURVEYS.audience, async ({ c, p, coop, survey }) => {
  const body = await c.req.parseBody({ all: true });
  const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  const roles = list(body.roles);
  const codes = list(body.municipality_codes);
  const outcome = await attempt(() => execute(c.var.db, inviteAudience, p.actor, { survey_id: survey.id, roles: roles as never, municipality_codes: codes }));
  const values = { roles: roles.join(','), municipality_codes: codes.join(',') };
  if (!outcome.ok) return render(c, p, coop, survey, { form: INVITE, values, errors: outcome.errors }, {}, 422);
  // 200, not a redirect: the links exist only in this answer.
  return render(c, p, coop, survey, null, { invited: outcome.value });
});

/** `POST …/:id/mottakere/epost`: send the invitations not yet sent, or a reminder, now. */
export const mailSubmit = onSurvey(MANAGE_SURVEYS.audience, async ({ c, p, coop, survey }) => {
  const v = await postedValues(c);
  const options = { surveyId: survey.id, mailer: createMailer(c.var.config), baseUrl: baseUrl(c) };
  const outcome = await attempt(() => (v.handling === 'paminnelse' ? sendReminders(c.var.db, p.actor, options) : sendInvitations(c.var.db, p.actor, options)));
  if (!outcome.ok) return render(c, p, coop, survey, { form: MAIL, values: v, errors: outcome.errors }, {}, 422);
  return render(c, p, coop, survey, null, { mailed: { sent: outcome.value.sent, failed: outcome.value.failed.length } });
});

/** `POST …/:id/mottakere/paminnelse`: a reminder at a set day and time (sent once, to those who have not answered). */
export const reminderSubmit = onSurvey(MANAGE_SURVEYS.audience, async ({ c, p, coop, survey }) => {
  const v = await postedValues(c);
  const outcome = await attempt(() => execute(c.var.db, scheduleReminder, p.actor, { survey_id: survey.id, on: isoDate(v.on), at: v.at?.trim() || undefined }));
  if (outcome.ok) return c.redirect(`${p.href(MANAGE_SURVEYS.audience(coop.slug, survey.id))}?lagret=paminnelse`, 303);
  return render(c, p, coop, survey, { form: REMINDER, values: v, errors: outcome.errors }, {}, 422);
});

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, survey: SurveyView, failed: FailedForm | null, done: Outcome, status: 200 | 422 = 200) {
  const t = surveys(p.locale);
  const [members, invitations] = await Promise.all([membersOn(c.var.db, coop.id, survey.opensOn), invitationsOf(c.var.db, survey.id, p.actor)]);
  const mailer = createMailer(c.var.config);
  const invite = new FormModel(p, INVITE, { failed, labels: { roles: t.rolesField, municipality_codes: t.municipalitiesField } });
  const mail = new FormModel(p, MAIL, { failed, labels: {} });
  const reminder = new FormModel(p, REMINDER, { failed, defaults: { at: '09:00' }, labels: { on: t.reminderDate, at: t.reminderTime } });
  const chosen = (name: string) => new Set((invite.value(name) || '').split(',').filter(Boolean));
  const title = t.audienceTitle(textIn(p, survey.title));
  return c.html(
    <Layout p={p} title={invite.refused || mail.refused || reminder.refused ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="surveys" />
      <SurveyNav p={p} coop={coop} survey={survey} current="audience" />
      <Saved p={p} c={c} />
      <ErrorSummary p={p} forms={[invite, mail, reminder]} />
      {done.invited ? (
        <div class="ds-alert" data-color="success" role="status">
          <p>{t.invited(formatNumber(done.invited.created), formatNumber(done.invited.alreadyInvited), formatNumber(done.invited.withoutEmail))}</p>
        </div>
      ) : null}
      {done.invited && !mailer.configured && done.invited.links.length > 0 ? (
        <section class="section" aria-labelledby="links-heading">
          <h2 id="links-heading">{t.linksHeading}</h2>
          <p>{t.linksNote}</p>
          <ul>
            {done.invited.links.map((l) => (
              <li>
                {l.personName} ({l.email}): <a href={p.href(l.path)}>{`${baseUrl(c)}${p.href(l.path)}`}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {done.mailed ? (
        <div class="ds-alert" data-color="success" role="status">
          <p>{t.mailed(formatNumber(done.mailed.sent), formatNumber(done.mailed.failed))}</p>
        </div>
      ) : null}
      <section class="section" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t.inviteHeading}</h2>
        <form class="section" method="post" action={p.href(MANAGE_SURVEYS.audience(coop.slug, survey.id))} novalidate>
          <Csrf p={p} />
          <FormMessages f={invite} />
          <p>{t.inviteHint}</p>
          <CheckboxGroup f={invite} name="roles" legend={t.rolesField} choices={RESPONDENT_ROLES.map((r) => ({ value: r.key, label: r.label[p.locale] }))} chosen={chosen('roles')} />
          <CheckboxGroup f={invite} name="municipality_codes" legend={t.municipalitiesField} choices={members.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))} chosen={chosen('municipality_codes')} />
          <div>
            <button class="ds-button" type="submit">
              {t.inviteButton}
            </button>
          </div>
        </form>
      </section>
      <section class="section" aria-labelledby="mail-heading">
        <h2 id="mail-heading">{t.mailHeading}</h2>
        <FormMessages f={mail} />
        {mailer.configured ? (
          <form class="section" method="post" action={p.href(MANAGE_SURVEYS.mail(coop.slug, survey.id))}>
            <Csrf p={p} />
            <button class="ds-button" data-variant="secondary" type="submit" name="handling" value="invitasjoner">
              {t.sendInvitations}
            </button>{' '}
            <button class="ds-button" data-variant="secondary" type="submit" name="handling" value="paminnelse">
              {t.sendReminders}
            </button>
          </form>
        ) : (
          <p>{t.mailNotConfigured}</p>
        )}
      </section>
      <section class="section" aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{t.scheduleHeading}</h2>
        <form class="section" method="post" action={p.href(MANAGE_SURVEYS.reminder(coop.slug, survey.id))} novalidate>
          <Csrf p={p} />
          <FormMessages f={reminder} />
          <TextInput f={reminder} name="on" label={t.reminderDate} required autocomplete="off" />
          <TextInput f={reminder} name="at" label={t.reminderTime} autocomplete="off" />
          <div>
            <button class="ds-button" type="submit">
              {t.scheduleButton}
            </button>
          </div>
        </form>
      </section>
      <section class="section" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t.invitationsCaption}</h2>
        <p>{t.answeredNote}</p>
        {!invitations || invitations.length === 0 ? (
          <p>{t.noInvitations}</p>
        ) : (
          <ScrollTable p={p} id="invitations" caption={t.invitationsCaption}>
            <thead>
              <tr>
                <th scope="col">{t.colPerson}</th>
                <th scope="col">{t.colRole}</th>
                <th scope="col">{t.colMunicipality}</th>
                <th scope="col">{t.colSent}</th>
                <th scope="col">{t.colAnswered}</th>
                <th scope="col" class="num">{t.colReminders}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr>
                  <th scope="row">{i.personName}</th>
                  <td>{RESPONDENT_ROLES.find((r) => r.key === i.role)?.label[p.locale] ?? i.role}</td>
                  <td>{i.municipalityName}</td>
                  <td class="num">
                    <DateText p={p} value={i.sentAt} />
                  </td>
                  <td>{i.respondedOn ? common(p.locale).yes : common(p.locale).no}</td>
                  <td class="num">{formatNumber(i.remindersSent)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>
    </Layout>,
    status,
  );
}


/** Checkboxes in a fieldset, for a field that takes several values. */
function CheckboxGroup(props: { f: FormModel; name: string; legend: string; choices: { value: string; label: string }[]; chosen: Set<string> }) {
  const { f, name } = props;
  const messages = f.messages(name);
  const errorId = `${f.fieldId(name)}-error`;
  return (
    <fieldset class="ds-fieldset" id={f.fieldId(name)} aria-describedby={messages.length > 0 ? errorId : undefined}>
      <legend class="ds-label">{props.legend}</legend>
      {messages.length > 0 ? (
        <div id={errorId}>
          {messages.map((m) => (
            <p class="ds-validation-message" data-field="validation" lang={m.english && f.p.locale !== 'en' ? 'en' : undefined}>
              {m.text}
            </p>
          ))}
        </div>
      ) : null}
      {props.choices.map((choice) => {
        const id = `${f.fieldId(name)}-${choice.value}`;
        return (
          <div class="ds-field">
            <input class="ds-input" type="checkbox" id={id} name={name} value={choice.value} checked={props.chosen.has(choice.value)} />
            <label class="ds-label" for={id}>
              {choice.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
