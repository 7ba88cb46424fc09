import { casePaperModel } from '../../../modules/meetings';
import { mailRecordingLinks, sendRecordingLinks, setJointCasePublished } from '../../../modules/joint-cases';
import { memberCasePaperFile } from '../../../modules/joint-cases/documents';
import { execute } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import { MailNotConfiguredError, createMailer } from '../../../platform/mail';
import { jointCases as messages } from '../../locales/joint-cases';
import { sendDocument } from '../../public/joint-cases/downloads';
import { onCooperation, type OnCooperation } from '../cooperation-kit';
import { attempt, postedValues } from '../handler-kit';
import { postedForm } from './fields';
import { jointCaseInPath, mayManage } from './kit';
import { JOINT } from './paths';
import { LINKS_FORM, renderRollup } from './rollup-page';

const rollupPath = (slug: string, c: OnCooperation['c']) => JOINT.rollup(slug, c.req.param('id') ?? '');
const back = (on: OnCooperation, id: number, query: string) => on.c.redirect(`${on.p.href(JOINT.rollup(on.coop.slug, id))}?${query}`, 303);

/** `POST …/fellessaker/:id/publisering`: publishes or withdraws it from the public site. */
export const publishSubmit = onCooperation(rollupPath, async (on) => {
  const view = await jointCaseInPath(on);
  const v = await postedValues(on.c);
  const outcome = await attempt(() => execute(on.c.var.db, setJointCasePublished, on.p.actor, { joint_case_id: view.id, is_published: v.is_published === 'true' }));
  mayManage(on);
  if (!outcome.ok) return renderRollup(on, view, { form: 'publish', values: v, errors: outcome.errors }, 422);
  return back(on, view.id, `lagret=${outcome.value.isPublished ? 'publisert' : 'avpublisert'}`);
});

/**
 * `POST …/fellessaker/:id/lenker`: new personal links for the chosen councils, committed first and
 * e-mailed after, so a mail server that fails cannot undo the links (the secretariat can send again).
 */
export const linksSubmit = onCooperation(rollupPath, async (on) => {
  const view = await jointCaseInPath(on);
  const { lists } = await postedForm(on.c);
  const members = lists.members ?? [];
  const outcome = await attempt(() => execute(on.c.var.db, sendRecordingLinks, on.p.actor, { joint_case_id: view.id, members }));
  mayManage(on);
  if (!outcome.ok) return renderRollup(on, view, { form: LINKS_FORM, values: { members: members.join(',') }, errors: outcome.errors }, 422);
  const { links } = outcome.value;
  try {
    const report = await mailRecordingLinks(createMailer(on.c.var.config), on.c.var.config.publicUrl ?? new URL(on.c.req.url).origin, view, links);
    const failed = [...new Set(report.failed.map((f) => f.link.memberCode))].join(',');
    return back(on, view.id, `lagret=lenker&sendt=${report.sent.length}${failed ? `&ikke=${failed}` : ''}`);
  } catch (error) {
    if (!(error instanceof MailNotConfiguredError)) throw error;
    const text = messages(on.p.locale).mailNotConfigured;
    return renderRollup(on, view, { form: LINKS_FORM, values: { members: members.join(',') }, errors: { _form: [{ text, english: false }] } }, 422);
  }
});

/** `GET …/fellessaker/:id/kommuner/:code/saksfremlegg.pdf|.docx`: the member's own case paper. */
export const paperDownload = onCooperation(rollupPath, async (on) => {
  mayManage(on);
  const view = await jointCaseInPath(on);
  const code = on.c.req.param('code') ?? '';
  if (!view.councils.some((x) => x.memberCode === code)) throw new NotFoundError();
  const base = await casePaperModel(on.c.var.db, view.caseId, on.p.actor, on.p.locale);
  const format = on.c.req.path.endsWith('.docx') ? 'docx' : 'pdf';
  return sendDocument(on.c, await memberCasePaperFile(view, code, on.p.locale, format, base ?? undefined));
});
