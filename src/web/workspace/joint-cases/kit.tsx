import type { Context } from 'hono';
import { canManageJointCases, getJointCase, type JointCaseView } from '../../../modules/joint-cases';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { jointCases as messages } from '../../locales/joint-cases';
import type { PageContext } from '../../page-context';
import { refuseUnless, type OnCooperation } from '../cooperation-kit';

/** Only the cooperation's secretariat (and administrators) see the joint cases' management pages; others get 404. */
export const mayManage = (on: Pick<OnCooperation, 'p' | 'coop'>) => refuseUnless(canManageJointCases, on);

/** The joint case in the path, when it is this cooperation's and this reader may see it. */
export async function jointCaseInPath(on: OnCooperation): Promise<JointCaseView> {
  const id = Number(on.c.req.param('id'));
  const view = Number.isSafeInteger(id) ? await getJointCase(on.c.var.db, id, on.p.actor) : null;
  if (!view || view.cooperation.id !== on.coop.id) throw new NotFoundError();
  return view;
}

/** The message after a save (`?lagret=…`), in a status region. */
export function Saved({ p, what, extra }: { p: PageContext; what: string | undefined; extra?: string | undefined }) {
  const text = what ? messages(p.locale).saved(what) : '';
  if (!text) return null;
  return (
    <div class="ds-alert" data-color="success" role="status">
      <p>{text}</p>
      {extra ? <p>{extra}</p> : null}
    </div>
  );
}

export const lagret = (c: Context<AppEnv>) => c.req.query('lagret');
