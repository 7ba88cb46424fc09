import type { Context } from 'hono';
import { openRecordingLink, type RecordingLinkView } from '../../../modules/joint-cases';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { Layout } from '../../components/layout';
import { jointCases as messages } from '../../locales/joint-cases';
import { workspace } from '../../locales/workspace';
import { pageContext, type PageContext } from '../../page-context';
import { ErrorSummary, type FailedForm } from '../form-kit';
import { JOINT } from './paths';
import { RecordForm, recordForm } from './record-form';
import { maxMb } from './record-page';
import { submitRecord } from './record-submit';

/**
 * The personal link `/behandling/:token`: no sign-in, the token is the permission. An unknown, expired
 * or spent link gets one and the same page (404), so the answer tells nothing about which it was.
 */
export const RECEIPT = '/behandling/registrert';

function refused(c: Context<AppEnv>, p: PageContext) {
  const t = messages(p.locale);
  return c.html(
    <Layout p={p} title={t.refusedTitle}>
      <h1>{t.refusedTitle}</h1>
      <p>{t.refusedBody}</p>
    </Layout>,
    404,
  );
}

/** `GET /behandling/:token` */
export async function linkPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const link = await openRecordingLink(c.var.db, c.req.param('token') ?? '');
  if (!link) return refused(c, p);
  return render(c, p, link, null);
}

/** `POST /behandling/:token` (multipart): records and spends the link in one transaction. */
export async function linkSubmit(c: Context<AppEnv>) {
  const p = pageContext(c);
  const token = c.req.param('token') ?? '';
  const link = await openRecordingLink(c.var.db, token);
  if (!link) return refused(c, p);
  try {
    const result = await submitRecord(c, p, link.jointCase, link.council, token);
    if (result.ok) return c.redirect(p.href(RECEIPT), 303);
    const fresh = await openRecordingLink(c.var.db, token);
    return fresh ? render(c, p, fresh, result.failed, 422) : refused(c, p);
  } catch (error) {
    // Spent or expired between the page and the post (the command's conditional update lost): the same refusal.
    if (error instanceof NotFoundError) return refused(c, p);
    throw error;
  }
}

/** `GET /behandling/registrert`: after a submission; names nothing, so it can be reloaded and shared. */
export function receiptPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  return c.html(
    <Layout p={p} title={t.recordedTitle}>
      <h1>{t.recordedTitle}</h1>
      <div class="ds-alert" data-color="success" role="status">
        <p>{t.recordedBody}</p>
      </div>
    </Layout>,
  );
}

function render(c: Context<AppEnv>, p: PageContext, link: RecordingLinkView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = messages(p.locale);
  const f = recordForm(p, link.jointCase, link.council, failed);
  const title = t.recordTitle(link.council.memberName);
  return c.html(
    <Layout p={p} title={f.refused ? `${workspace(p.locale).errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <ErrorSummary p={p} forms={[f]} />
      <RecordForm p={p} f={f} view={link.jointCase} council={link.council} action={p.href(JOINT.link(c.req.param('token') ?? ''))} maxMb={maxMb(c)} />
    </Layout>,
    status,
  );
}
