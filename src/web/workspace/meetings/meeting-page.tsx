import type { Context } from 'hono';
import { listCases } from '../../../modules/cases';
import type { CooperationView } from '../../../modules/cooperations';
import { refusal, summonsDispatch, summonsRecipients, type MeetingView } from '../../../modules/meetings';
import type { AppEnv } from '../../../platform/http/context';
import { createMailer } from '../../../platform/mail';
import { formatDate } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { textIn } from '../../components/localized';
import { meetings as messages } from '../../locales/meetings';
import { workspace } from '../../locales/workspace';
import type { PageContext } from '../../page-context';
import { StatusTag, meetingWhen } from '../../public/meetings/parts';
import { CooperationNav, onCooperation } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormMessages, FormModel, SelectInput, TextArea, TextInput, type FailedForm } from '../form-kit';
import { AgendaTable, LockNotice, LockedTreatments } from './agenda';
import { CaseFields, NEW_CASE_DEFAULTS, caseLabels } from './case-fields';
import { MEETINGS, refuseUnlessSecretariat, workMeeting } from './kit';
import { MeetingFields, meetingLabels, meetingValues } from './meeting-fields';
import { MeetingsSaved } from './saved';
import { SummonsDispatchNotice, SummonsForm } from './summons-mail';
import { TreatmentForm, treatmentForm } from './treatment-form';

export const FORMS = { details: 'details', addCase: 'add-case', newCase: 'new-case', cancel: 'cancel', minutes: 'minutes', approve: 'approve', step: 'step' } as const;

export const meetingPath = (slug: string, c: Context<AppEnv>) => MEETINGS.meeting(slug, c.req.param('id') ?? '');

/** `GET …/moter/:id`: one meeting, with each step of its life as a form, as far as its status allows. */
export const meetingWorkPage = onCooperation(meetingPath, async ({ c, p, coop }) => {
  refuseUnlessSecretariat({ p, coop });
  return renderMeeting(c, p, coop, await workMeeting(c, p, coop), null);
});

export async function renderMeeting(c: Context<AppEnv>, p: PageContext, coop: CooperationView, meeting: MeetingView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = messages(p.locale);
  const allows = (action: Parameters<typeof refusal>[1]) =>
    refusal({ status: meeting.status, agendaItemCount: meeting.agenda.length, hasMinutes: meeting.minutes !== null }, action) === null;
  const onAgenda = new Set(meeting.agenda.map((i) => i.caseId));
  const [listed, recipients, dispatch] = await Promise.all([
    allows('edit_agenda') ? listCases(c.var.db, { cooperationId: coop.id, actor: p.actor }) : null,
    allows('summon') ? summonsRecipients(c.var.db, meeting.id, p.actor) : null,
    meeting.summonedAt ? summonsDispatch(c.var.db, meeting.id, p.actor) : null,
  ]);
  const cases = listed ? listed.cases.filter((k) => !onAgenda.has(k.id)) : [];

  const details = new FormModel(p, FORMS.details, { failed, defaults: meetingValues(meeting), labels: meetingLabels(p) });
  const addCase = new FormModel(p, FORMS.addCase, { failed, labels: { case_id: t.existingCase } });
  const newCase = new FormModel(p, FORMS.newCase, { failed, defaults: NEW_CASE_DEFAULTS, labels: caseLabels(p), prefix: 'new-' });
  const cancel = new FormModel(p, FORMS.cancel, { failed, labels: { reason: t.cancelReason } });
  // The summons form posts as the `step` form: a refusal of the step (already summoned) shows at the top even when the form is gone.
  const step = new FormModel(p, FORMS.step, { failed, labels: { extra_addresses: t.extraAddresses } });
  const minutes = new FormModel(p, FORMS.minutes, {
    failed,
    defaults: {
      intro: meeting.minutes?.intro ?? '',
      present: meeting.minutes?.present.join('\n') ?? '',
      absent: meeting.minutes?.absent.join('\n') ?? '',
      also_present: meeting.minutes?.alsoPresent.join('\n') ?? '',
    },
    labels: { intro: t.minutesDraftText, present: t.present, absent: t.absent, also_present: t.alsoPresent },
  });
  const approve = new FormModel(p, FORMS.approve, { failed, defaults: { approved_by: p.actor.kind === 'user' ? p.actor.name : '' }, labels: { approved_by: t.approvedBy } });
  const treatments = allows('record_treatment') ? meeting.agenda.map((item) => ({ item, f: treatmentForm(p, item, failed) })) : [];
  const forms = [details, addCase, newCase, cancel, step, minutes, approve, ...treatments.map((x) => x.f)];

  const bodyName = textIn(p, meeting.body.name) || meeting.body.slug;
  const title = t.meetingWorkTitle(bodyName, formatDate(meeting.date, p.locale));
  const action = (name: string) => p.href(MEETINGS.step(coop.slug, meeting.id, name));
  return c.html(
    <Layout p={p} title={forms.some((f) => f.refused) ? `${workspace(p.locale).errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="meetings" />
      <MeetingsSaved p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={forms} />
      <FormMessages f={step} />
      <p>
        <a href={p.href(MEETINGS.plan(coop.slug))}>{t.backToPlan}</a> · <a href={p.href(`/${coop.slug}/moter/${meeting.id}`)}>{t.publicMeetingPage}</a>
      </p>
      <dl class="facts">
        <dt>{t.time}</dt>
        <dd>{meetingWhen(p.locale, meeting.startsAt, meeting.endsAt)}</dd>
        <dt>{t.place}</dt>
        <dd>{meeting.place ?? t.noPlace}</dd>
        <dt>{t.colStatus}</dt>
        <dd>
          <StatusTag p={p} status={meeting.status} />
        </dd>
      </dl>
      {meeting.locked ? <LockNotice p={p} meeting={meeting} /> : null}
      {dispatch ? <SummonsDispatchNotice p={p} dispatch={dispatch} /> : null}
      {meeting.status === 'cancelled' && meeting.cancelledReason ? <p>{t.cancelledBecause(meeting.cancelledReason)}</p> : null}

      <section class="section" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t.agendaHeading}</h2>
        <AgendaTable p={p} coop={coop} meeting={meeting} movable={allows('edit_agenda')} action={action('flytt')} />
      </section>

      {allows('edit_agenda') ? (
        <>
          <section class="section" aria-labelledby="add-case-heading">
            <h2 id="add-case-heading">{t.addExistingHeading}</h2>
            {cases.length === 0 ? (
              <p>{t.noOpenCases}</p>
            ) : (
              <form class="section" method="post" action={action('saksliste')} novalidate>
                <Csrf p={p} />
                <FormMessages f={addCase} />
                <SelectInput f={addCase} name="case_id" label={t.existingCase} choices={cases.map((k) => ({ value: String(k.id), label: k.path.length ? `${k.title} (${k.path.map((s) => s.caseNumber).join(', ')})` : k.title }))} required />
                <div>
                  <button class="ds-button" type="submit" data-variant="secondary">
                    {t.addToAgenda}
                  </button>
                </div>
              </form>
            )}
          </section>
          <section class="section" aria-labelledby="new-case-heading">
            <h2 id="new-case-heading">{t.addNewHeading}</h2>
            <form class="section" method="post" action={action('ny-sak')} novalidate>
              <Csrf p={p} />
              <FormMessages f={newCase} />
              <CaseFields p={p} f={newCase} full={false} />
              <div>
                <button class="ds-button" type="submit" data-variant="secondary">
                  {t.createCaseAndAdd}
                </button>
              </div>
            </form>
          </section>
          <section class="section" aria-labelledby="details-heading">
            <h2 id="details-heading">{t.detailsHeading}</h2>
            <form class="section" method="post" action={action('opplysninger')} novalidate>
              <Csrf p={p} />
              <FormMessages f={details} />
              <MeetingFields p={p} f={details} />
              <div>
                <button class="ds-button" type="submit" data-variant="secondary">
                  {t.saveDetails}
                </button>
              </div>
            </form>
          </section>
        </>
      ) : null}

      {allows('summon') || allows('hold') || allows('cancel') ? (
        <section class="section" aria-labelledby="lifecycle-heading">
          <h2 id="lifecycle-heading">{t.lifecycleHeading}</h2>
          {allows('summon') ? (
            <SummonsForm p={p} f={step} action={action('innkalling')} recipients={recipients ?? []} mailConfigured={createMailer(c.var.config).configured} />
          ) : meeting.status === 'planned' ? (
            <p>{t.summonsNeedsAgenda}</p>
          ) : null}
          {allows('hold') ? (
            <form method="post" action={action('gjennomfort')}>
              <Csrf p={p} />
              <button class="ds-button" type="submit" data-variant="secondary">
                {t.markHeld}
              </button>
            </form>
          ) : null}
          {allows('cancel') ? (
            <form class="section" method="post" action={action('avlys')} novalidate aria-labelledby="cancel-heading">
              <h3 id="cancel-heading">{t.cancelHeading}</h3>
              <Csrf p={p} />
              <FormMessages f={cancel} />
              <TextInput f={cancel} name="reason" label={t.cancelReason} hint={t.cancelReasonHint} maxlength={2000} required />
              <div>
                <button class="ds-button" type="submit" data-variant="secondary" data-color="danger">
                  {t.cancelMeeting}
                </button>
              </div>
            </form>
          ) : null}
        </section>
      ) : null}

      {treatments.length > 0 ? (
        <section class="section" aria-labelledby="treatments-heading">
          <h2 id="treatments-heading">{t.treatments}</h2>
          {treatments.map(({ item, f }) => (
            <TreatmentForm p={p} f={f} item={item} action={action('behandling')} />
          ))}
        </section>
      ) : null}

      {allows('draft_minutes') ? (
        <section class="section" aria-labelledby="minutes-heading">
          <h2 id="minutes-heading">{t.minutesHeading}</h2>
          <form class="section" method="post" action={action('protokoll')} novalidate>
            <Csrf p={p} />
            <FormMessages f={minutes} />
            <TextArea f={minutes} name="intro" label={t.minutesDraftText} hint={t.minutesDraftHint} rows={3} />
            <TextArea f={minutes} name="present" label={t.present} hint={t.oneLineEach} rows={4} />
            <TextArea f={minutes} name="absent" label={t.absent} hint={t.oneLineEach} rows={2} />
            <TextArea f={minutes} name="also_present" label={t.alsoPresent} hint={t.oneLineEach} rows={2} />
            <div>
              <button class="ds-button" type="submit" data-variant="secondary">
                {t.saveMinutesDraft}
              </button>
            </div>
          </form>
          {meeting.minutes ? (
            <form class="section" method="post" action={action('godkjenn')} novalidate aria-labelledby="approve-heading">
              <h3 id="approve-heading">{t.approveMinutes}</h3>
              <Csrf p={p} />
              <FormMessages f={approve} />
              <p>{t.approveHint}</p>
              <TextInput f={approve} name="approved_by" label={t.approvedBy} hint={t.approvedByHint} maxlength={300} />
              <div>
                <button class="ds-button" type="submit">
                  {t.approveMinutes}
                </button>
              </div>
            </form>
          ) : (
            <p>{t.approveNeedsDraft}</p>
          )}
        </section>
      ) : null}

      {meeting.locked ? <LockedTreatments p={p} meeting={meeting} /> : null}
    </Layout>,
    status,
  );
}
