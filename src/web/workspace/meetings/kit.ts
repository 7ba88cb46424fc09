import type { Context } from 'hono';
import { canManageMeetings } from '../../../modules/cases';
import { getMeeting, type MeetingView } from '../../../modules/meetings';
import type { CooperationView } from '../../../modules/cooperations';
import { ConflictError, NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import type { PageContext } from '../../page-context';
import { refuseUnless } from '../cooperation-kit';
import type { FieldMessages } from '../form-kit';
import { attempt, type Outcome } from '../handler-kit';
import { MANAGE } from '../manage-paths';

/** The meetings area's addresses in the workspace (bokmål form; link with `p.href`). */
export const MEETINGS = {
  plan: (slug: string) => MANAGE.meetings(slug),
  meeting: (slug: string, id: number | string) => `${MANAGE.meetings(slug)}/${id}`,
  step: (slug: string, id: number | string, step: string) => `${MANAGE.meetings(slug)}/${id}/${step}`,
  cases: (slug: string) => `${MANAGE.meetings(slug)}/saker`,
  case: (slug: string, id: number | string) => `${MANAGE.meetings(slug)}/saker/${id}`,
  attachments: (slug: string, id: number | string) => `${MANAGE.meetings(slug)}/saker/${id}/vedlegg`,
} as const;

/** The key under which a refusal of the whole form (not one field) is shown at the top of the form. */
export const FORM_KEY = '_form';

/**
 * `attempt`, and also a step the meeting's status does not allow (409: "the minutes are approved")
 * comes back as a message on the form rather than an error page, so the secretariat reads why.
 */
export async function attemptStep<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return await attempt(run);
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, errors: { [FORM_KEY]: [{ text: error.message, english: true }] } as FieldMessages };
    throw error;
  }
}

/** Only the cooperation's secretariat and administrators see these pages; others get 404. */
export function refuseUnlessSecretariat(on: { p: PageContext; coop: CooperationView }): void {
  refuseUnless(canManageMeetings, on);
}

/** The meeting in the path, when it belongs to this cooperation. */
export async function workMeeting(c: Context<AppEnv>, p: PageContext, coop: CooperationView): Promise<MeetingView> {
  const id = Number(c.req.param('id'));
  const meeting = Number.isSafeInteger(id) ? await getMeeting(c.var.db, id, p.actor) : null;
  if (!meeting || meeting.cooperationId !== coop.id) throw new NotFoundError();
  return meeting;
}
