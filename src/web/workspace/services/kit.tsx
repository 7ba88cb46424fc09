import { canManageServices } from '../../../modules/services';
import { services as messages } from '../../locales/services';
import type { PageContext } from '../../page-context';
import { onCooperation, refuseUnless, type OnCooperation } from '../cooperation-kit';
import type { FailedForm } from '../form-kit';
import { attempt } from '../handler-kit';

/** A services handler: signed in (else to sign-in and back), with the cooperation in the path. */
export const onServices = onCooperation;

export const mayManage = (on: Pick<OnCooperation, 'p' | 'coop'>) => refuseUnless(canManageServices, on);

/**
 * A post: run the command (which decides who may), refuse with 404 whoever may not see the page, then
 * redirect with a message on success or render the page again with the form's errors (422).
 */
export async function submit<T>(
  on: OnCooperation,
  form: string,
  values: Record<string, string>,
  run: () => Promise<T>,
  done: (value: T) => Response,
  render: (failed: FailedForm) => Promise<Response>,
): Promise<Response> {
  const outcome = await attempt(run);
  mayManage(on);
  if (outcome.ok) return done(outcome.value);
  return render({ form, values, errors: outcome.errors });
}

/** The message after a save (`?lagret=…`), in a status region. */
export function Saved({ p, what }: { p: PageContext; what: string | undefined }) {
  const text = what ? messages(p.locale).saved(what) : '';
  if (!text) return null;
  return (
    <div class="ds-alert" data-color="success" role="status">
      <p>{text}</p>
    </div>
  );
}
