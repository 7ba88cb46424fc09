import type { Context } from 'hono';
import { getCase, type CaseView } from '../../../modules/cases';
import { membersOn, type CooperationView, type MemberView } from '../../../modules/cooperations';
import { OUTCOME_RULES, PROPOSAL_MODES, WEIGHTINGS, getJointCase, listJointCases, referJointCase } from '../../../modules/joint-cases';
import { execute } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { todayInOslo } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { jointCases as messages } from '../../locales/joint-cases';
import { workspace } from '../../locales/workspace';
import type { PageContext } from '../../page-context';
import { caseHeading } from '../../public/meetings/case-page';
import { CooperationNav, onCooperation, type OnCooperation } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormMessages, FormModel, SelectInput, TextArea, TextInput, type FailedForm } from '../form-kit';
import { attempt, idOf, isoDate } from '../handler-kit';
import { CheckboxGroup, postedForm } from './fields';
import { mayManage } from './kit';
import { JOINT } from './paths';

const FORM = 'refer';

/** The case named by `?sak=` (GET) or the posted `sak`, when it is this cooperation's. */
async function caseToRefer(on: OnCooperation, value: string | undefined): Promise<CaseView> {
  const id = idOf(value);
  const found = id === null ? null : await getCase(on.c.var.db, id, on.p.actor);
  if (!found || found.cooperationId !== on.coop.id) throw new NotFoundError();
  return found;
}

/** The members today: a referral is made today (the command refers to these and refuses anyone else). */
async function membersToday(c: Context<AppEnv>, coop: CooperationView): Promise<MemberView[]> {
  return membersOn(c.var.db, coop.id, todayInOslo());
}

/** The clerk e-mails the secretariat gave on the cooperation's latest referral, to fill in again. */
async function knownClerkEmails(c: Context<AppEnv>, p: PageContext, coop: CooperationView): Promise<Map<string, string>> {
  const latest = (await listJointCases(c.var.db, { cooperationId: coop.id, actor: p.actor, page: { page: 1, limit: 1 } })).jointCases[0];
  const view = latest ? await getJointCase(c.var.db, latest.id, p.actor) : null;
  return new Map((view?.councils ?? []).filter((x) => x.clerkEmail).map((x) => [x.memberCode, x.clerkEmail!]));
}

/** `GET …/fellessaker/ny?sak=<caseId>`: the referral form, every member ticked. */
export const referralPage = onCooperation(JOINT.list, async (on) => {
  mayManage(on);
  return render(on, await caseToRefer(on, on.c.req.query('sak')), null);
});

/** `POST …/fellessaker/ny`: refers the case through `referJointCase`, then to the roll-up. */
export const referralSubmit = onCooperation(JOINT.list, async (on) => {
  const { values, lists } = await postedForm(on.c);
  const found = await caseToRefer(on, values.sak);
  const members = lists.members ?? [];
  const clerkEmails = Object.fromEntries(Object.entries(values).filter(([k]) => k.startsWith('clerk_emails.')).map(([k, v]) => [k.slice('clerk_emails.'.length), v.trim()]));
  const outcome = await attempt(() =>
    execute(on.c.var.db, referJointCase, on.p.actor, {
      case_id: found.id,
      // An empty list is the command's to refuse ("must name at least one member"), naming the field.
      members,
      deadline: isoDate(values.deadline),
      proposal_mode: (values.proposal_mode ?? '') as 'whole',
      outcome_rule: (values.outcome_rule ?? '') as 'unanimous',
      ...(values.outcome_rule === 'qualified_majority' ? { threshold_numerator: values.threshold_numerator ?? '', threshold_denominator: values.threshold_denominator ?? '' } : {}),
      weighting: (values.weighting ?? '') as 'equal',
      reminder_days_before: values.reminder_days_before?.trim() ?? '',
      clerk_emails: Object.fromEntries(Object.entries(clerkEmails).filter(([code]) => members.includes(code))),
      message: values.message ?? '',
    }),
  );
  mayManage(on);
  if (outcome.ok) return on.c.redirect(`${on.p.href(JOINT.rollup(on.coop.slug, outcome.value.id))}?lagret=sendt`, 303);
  return render(on, found, { form: FORM, values: { ...values, members: members.join(',') }, errors: outcome.errors }, 422);
});

async function render({ c, p, coop }: OnCooperation, found: CaseView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = messages(p.locale);
  const [members, emails] = await Promise.all([membersToday(c, coop), knownClerkEmails(c, p, coop)]);
  const labels: Record<string, string> = {
    members: t.fieldMembers,
    deadline: t.fieldDeadline,
    proposal_mode: t.fieldMode,
    outcome_rule: t.fieldRule,
    threshold_numerator: t.fieldNumerator,
    threshold_denominator: t.fieldDenominator,
    weighting: t.fieldWeighting,
    reminder_days_before: t.fieldReminder,
    message: t.fieldMessage,
    ...Object.fromEntries(members.map((m) => [`clerk_emails.${m.code}`, t.fieldClerkEmail(m.name)])),
  };
  const defaults: Record<string, string> = {
    members: members.map((m) => m.code).join(','),
    proposal_mode: found.proposal.points.length > 0 ? 'points' : 'whole',
    outcome_rule: 'simple_majority',
    threshold_numerator: '2',
    threshold_denominator: '3',
    weighting: 'equal',
    reminder_days_before: '7',
    ...Object.fromEntries(members.map((m) => [`clerk_emails.${m.code}`, emails.get(m.code) ?? ''])),
  };
  const f = new FormModel(p, FORM, { failed, defaults, labels });
  const title = t.referralTitle(caseHeading(p, found));
  return c.html(
    <Layout p={p} title={f.refused ? `${workspace(p.locale).errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="joint_cases" />
      <ErrorSummary p={p} forms={[f]} />
      <p>{t.referralIntro}</p>
      <form class="section" method="post" action={p.href(JOINT.refer(coop.slug))} novalidate>
        <Csrf p={p} />
        <input type="hidden" name="sak" value={String(found.id)} />
        <FormMessages f={f} />
        <CheckboxGroup f={f} name="members" legend={t.fieldMembers} hint={t.membersHint} choices={members.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))} />
        <TextInput f={f} name="deadline" label={t.fieldDeadline} hint={t.dateHint} autocomplete="off" required />
        <SelectInput f={f} name="proposal_mode" label={t.fieldMode} hint={t.proposalFromCase} choices={PROPOSAL_MODES.map((m) => ({ value: m, label: t.modeText(m) }))} />
        <SelectInput f={f} name="outcome_rule" label={t.fieldRule} choices={OUTCOME_RULES.map((r) => ({ value: r, label: t.ruleName(r) }))} />
        <TextInput f={f} name="threshold_numerator" label={t.fieldNumerator} hint={t.thresholdHint} inputmode="numeric" />
        <TextInput f={f} name="threshold_denominator" label={t.fieldDenominator} inputmode="numeric" />
        <SelectInput f={f} name="weighting" label={t.fieldWeighting} choices={WEIGHTINGS.map((w) => ({ value: w, label: t.weightingText(w) }))} />
        <TextInput f={f} name="reminder_days_before" label={t.fieldReminder} hint={t.reminderHint} inputmode="numeric" />
        <fieldset class="ds-fieldset">
          <legend class="ds-label">{t.clerkEmailsLegend}</legend>
          <p class="muted">{t.clerkEmailsHint}</p>
          {members.map((m) => (
            <TextInput f={f} name={`clerk_emails.${m.code}`} label={t.fieldClerkEmail(m.name)} type="email" autocomplete="off" />
          ))}
        </fieldset>
        <TextArea f={f} name="message" label={t.fieldMessage} rows={4} />
        <div>
          <button class="ds-button" type="submit">
            {t.referButton}
          </button>
        </div>
      </form>
    </Layout>,
    status,
  );
}
