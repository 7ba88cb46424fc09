import type { Context } from 'hono';
import { canManageJointCases, councilForClerk, getJointCase, type CouncilView, type JointCaseView } from '../../../modules/joint-cases';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { Layout } from '../../components/layout';
import { jointCases as messages } from '../../locales/joint-cases';
import { workspace } from '../../locales/workspace';
import { pageContext, type PageContext } from '../../page-context';
import { ErrorSummary, type FailedForm } from '../form-kit';
import { toSignIn } from '../handler-kit';
import { Saved } from './kit';
import { JOINT } from './paths';
import { RecordForm, recordForm } from './record-form';
import { submitRecord } from './record-submit';

/** "20" (MB) or "2,5", as the archive's upload limit is written on the forms. */
export const maxMb = (c: Context<AppEnv>) => String(Math.round((c.var.config.uploadMaxBytes / 1024 / 1024) * 10) / 10).replace('.', ',');

/**
 * The council in the path, for a clerk of exactly that municipality or the cooperation's secretariat;
 * everyone else gets the same 404 as for a joint case or council that does not exist.
 */
async function councilInPath(c: Context<AppEnv>, p: PageContext): Promise<{ jointCase: JointCaseView; council: CouncilView }> {
  const id = Number(c.req.param('id'));
  const code = c.req.param('code') ?? '';
  if (!Number.isSafeInteger(id)) throw new NotFoundError();
  const asClerk = await councilForClerk(c.var.db, p.actor, id, code);
  if (asClerk) return asClerk;
  const view = await getJointCase(c.var.db, id, p.actor);
  const council = view?.councils.find((x) => x.memberCode === code);
  if (!view || !council || !canManageJointCases(p.actor, view.cooperation.id)) throw new NotFoundError();
  return { jointCase: view, council };
}

const here = (c: Context<AppEnv>) => JOINT.record(c.req.param('id') ?? '', c.req.param('code') ?? '');

/** `GET /arbeidsflate/fellessaker/:id/kommuner/:code` */
export async function recordPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  if (p.actor.kind !== 'user') return toSignIn(c, p, here(c));
  const { jointCase, council } = await councilInPath(c, p);
  return render(c, p, jointCase, council, null);
}

/** `POST /arbeidsflate/fellessaker/:id/kommuner/:code` (multipart) */
export async function recordSubmit(c: Context<AppEnv>) {
  const p = pageContext(c);
  if (p.actor.kind !== 'user') return toSignIn(c, p, here(c));
  const { jointCase, council } = await councilInPath(c, p);
  const result = await submitRecord(c, p, jointCase, council);
  if (result.ok) return c.redirect(`${p.href(here(c))}?lagret=behandling`, 303);
  // Show the record as it is now (another submission may have landed): the refused values stay in the fields.
  const fresh = await councilInPath(c, p);
  return render(c, p, fresh.jointCase, fresh.council, result.failed, 422);
}

function render(c: Context<AppEnv>, p: PageContext, view: JointCaseView, council: CouncilView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = messages(p.locale);
  const f = recordForm(p, view, council, failed);
  const title = t.recordTitle(council.memberName);
  const manages = canManageJointCases(p.actor, view.cooperation.id);
  return c.html(
    <Layout p={p} title={f.refused ? `${workspace(p.locale).errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <Saved p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={[f]} />
      <p>
        {manages ? <a href={p.href(JOINT.rollup(view.cooperation.slug, view.id))}>{t.backToJointCase}</a> : <a href={p.href(JOINT.clerk)}>{t.clerkTitle}</a>}
      </p>
      <RecordForm p={p} f={f} view={view} council={council} action={p.href(here(c))} maxMb={maxMb(c)} />
    </Layout>,
    status,
  );
}
