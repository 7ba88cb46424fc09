import type { Context } from 'hono';
import { createCase } from '../../../modules/cases';
import {
  addAgendaItem,
  approveMinutes,
  cancelMeeting,
  draftMinutes,
  markMeetingHeld,
  moveAgendaItem,
  recordTreatment,
  summonAndSend,
  updateAgendaItem,
  updateMeeting,
} from '../../../modules/meetings';
import type { CooperationView } from '../../../modules/cooperations';
import { execute } from '../../../platform/command';
import type { AppEnv } from '../../../platform/http/context';
import { createMailer } from '../../../platform/mail';
import type { PageContext } from '../../page-context';
import { onCooperation } from '../cooperation-kit';
import type { FieldMessages } from '../form-kit';
import { postedValues, type Outcome } from '../handler-kit';
import { caseInput, toCaseFields } from './case-fields';
import { MEETINGS, attemptStep, refuseUnlessSecretariat, workMeeting } from './kit';
import { meetingTimes, toMeetingFields } from './meeting-fields';
import { FORMS, meetingPath, renderMeeting } from './meeting-page';
import { toTreatmentFields, treatmentFormId, treatmentInput } from './treatment-form';

/**
 * The posts of a meeting's workspace page, one per step. Each runs its command (which checks who may
 * and whether the meeting's status allows it), then redirects with a message, or shows the page
 * again with the errors at the form that was sent (422), or the status's refusal on top (409).
 */
type Step = (
  on: { c: Context<AppEnv>; p: PageContext; coop: CooperationView; v: Record<string, string>; meetingId: number },
) => Promise<{ outcome: Outcome<unknown>; form: string; saved: string; fields?: (e: FieldMessages) => FieldMessages }>;

function step(run: Step) {
  return onCooperation(meetingPath, async ({ c, p, coop }) => {
    const meeting = await workMeeting(c, p, coop);
    const v = await postedValues(c);
    const { outcome, form, saved, fields } = await run({ c, p, coop, v, meetingId: meeting.id });
    refuseUnlessSecretariat({ p, coop });
    if (outcome.ok) return c.redirect(`${p.href(MEETINGS.meeting(coop.slug, meeting.id))}?lagret=${saved}#main`, 303);
    const errors = fields ? fields(outcome.errors) : outcome.errors;
    // The meeting as it is now (another step may have changed it meanwhile).
    return renderMeeting(c, p, coop, await workMeeting(c, p, coop), { form, values: v, errors }, 422);
  });
}

export const detailsSubmit = step(async ({ c, p, v, meetingId }) => ({
  form: FORMS.details,
  saved: 'opplysninger',
  fields: toMeetingFields,
  outcome: await attemptStep(() =>
    execute(c.var.db, updateMeeting, p.actor, { meeting_id: meetingId, ...meetingTimes(v), place: v.place ?? '', kind: (v.kind || undefined) as never, note: v.note ?? '' }),
  ),
}));

export const addCaseSubmit = step(async ({ c, p, v, meetingId }) => ({
  form: FORMS.addCase,
  saved: 'saksliste',
  outcome: await attemptStep(() => execute(c.var.db, addAgendaItem, p.actor, { meeting_id: meetingId, case_id: v.case_id ?? '' })),
}));

/** A new case and its place on the agenda, in one transaction: no case is left behind if the second step is refused. */
export const newCaseSubmit = step(async ({ c, p, coop, v, meetingId }) => {
  const input = caseInput(v, false);
  return {
    form: FORMS.newCase,
    saved: 'saksliste',
    fields: toCaseFields,
    outcome: await attemptStep(() =>
      c.var.db.transaction().execute(async (trx) => {
        const created = await execute(trx, createCase, p.actor, { cooperation_id: coop.id, ...input });
        return execute(trx, addAgendaItem, p.actor, { meeting_id: meetingId, case_id: created.id, is_public: input.is_public, exempt_basis: input.exempt_basis });
      }),
    ),
  };
});

export const moveSubmit = step(async ({ c, p, v }) => ({
  form: FORMS.step,
  saved: 'saksliste',
  outcome: await attemptStep(() => execute(c.var.db, moveAgendaItem, p.actor, { agenda_item_id: v.agenda_item_id ?? '', direction: (v.direction ?? '') as never })),
}));

/** Summons (committed), then e-mails the summons to the body and records who got it; the page shows the outcome. */
export const summonSubmit = step(async ({ c, p, v, meetingId }) => ({
  form: FORMS.step,
  saved: 'innkalling',
  outcome: await attemptStep(() =>
    summonAndSend(c.var.db, p.actor, {
      meetingId,
      mailer: createMailer(c.var.config),
      baseUrl: c.var.config.publicUrl ?? new URL(c.req.url).origin,
      locale: p.locale,
      extraAddresses: v.extra_addresses ?? '',
    }),
  ),
}));

export const heldSubmit = step(async ({ c, p, meetingId }) => ({
  form: FORMS.step,
  saved: 'gjennomfort',
  outcome: await attemptStep(() => execute(c.var.db, markMeetingHeld, p.actor, { meeting_id: meetingId })),
}));

export const cancelSubmit = step(async ({ c, p, v, meetingId }) => ({
  form: FORMS.cancel,
  saved: 'avlyst',
  outcome: await attemptStep(() => execute(c.var.db, cancelMeeting, p.actor, { meeting_id: meetingId, reason: v.reason ?? '' })),
}));

/** The treatment and the item's publicity are one record in the minutes: stored together or not at all. */
export const treatmentSubmit = step(async ({ c, p, v }) => ({
  form: treatmentFormId(Number(v.agenda_item_id)),
  saved: 'behandling',
  fields: toTreatmentFields,
  outcome: await attemptStep(() =>
    c.var.db.transaction().execute(async (trx) => {
      await execute(trx, updateAgendaItem, p.actor, { agenda_item_id: v.agenda_item_id ?? '', is_public: v.is_public === 'on', exempt_basis: v.exempt_basis ?? '' });
      return execute(trx, recordTreatment, p.actor, treatmentInput(v));
    }),
  ),
}));

export const minutesSubmit = step(async ({ c, p, v, meetingId }) => ({
  form: FORMS.minutes,
  saved: 'protokoll',
  outcome: await attemptStep(() =>
    execute(c.var.db, draftMinutes, p.actor, { meeting_id: meetingId, intro: v.intro ?? '', present: v.present ?? '', absent: v.absent ?? '', also_present: v.also_present ?? '' }),
  ),
}));

export const approveSubmit = step(async ({ c, p, v, meetingId }) => ({
  form: FORMS.approve,
  saved: 'godkjent',
  outcome: await attemptStep(() => execute(c.var.db, approveMinutes, p.actor, { meeting_id: meetingId, approved_by: v.approved_by ?? '' })),
}));
