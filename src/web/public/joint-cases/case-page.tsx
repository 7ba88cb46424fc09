import type { Context } from 'hono';
import { getJointCase, type JointCaseView } from '../../../modules/joint-cases';
import { anonymous } from '../../../platform/authz';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { Layout } from '../../components/layout';
import { jointCases as messages } from '../../locales/joint-cases';
import { pageContext, type PageContext } from '../../page-context';
import { cooperationShell, requireCooperation } from '../shell';
import { Matrix } from './matrix';
import { Resolutions } from './resolutions';
import { OutcomeSection, ProposalSection, ReferralFacts, jointCaseHeading } from './summary';

/**
 * The joint case in the path as the public sees it: published only, whoever asks (a signed-in
 * secretariat previews an unpublished one in the workspace). 404 otherwise, as for one that does not exist.
 */
export async function publishedJointCase(c: Context<AppEnv>, cooperationId: number): Promise<JointCaseView> {
  const id = Number(c.req.param('id'));
  const view = Number.isSafeInteger(id) ? await getJointCase(c.var.db, id, anonymous) : null;
  if (!view || view.cooperation.id !== cooperationId || !view.isPublished) throw new NotFoundError('No such joint case.');
  return view;
}

/** `/:slug/fellessaker/:id`: referral, outcome so far, the matrix, each council's resolution, downloads. */
export async function jointCasePage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const view = await publishedJointCase(c, coop.id);
  const shell = await cooperationShell(c.var.db, coop, p.locale);
  const title = jointCaseHeading(p, view);
  const base = `/${coop.slug}/fellessaker/${view.id}`;
  return c.html(
    <Layout p={p} title={title} description={t.detailDescription(view.title)} cooperation={shell}>
      <h1>{title}</h1>
      <JointCaseBody p={p} view={view} caseHref={`/${coop.slug}/saker/${view.caseId}`} />
      <section class="section" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t.downloadsHeading}</h2>
        <ul class="plain-list">
          <li>
            <a href={p.href(`${base}/matrise.csv`)}>{t.matrixCsv}</a>
          </li>
          <li>
            <a href={p.href(`${base}/matrise.xlsx`)}>{t.matrixXlsx}</a>
          </li>
          <li>
            <a href={p.href(`${base}/rapport.pdf`)}>{t.reportPdf}</a>
          </li>
        </ul>
      </section>
    </Layout>,
  );
}

/** What the public page and the secretariat's roll-up both show. `matrixExtra` adds the workspace's column. */
export function JointCaseBody(props: { p: PageContext; view: JointCaseView; caseHref: string; matrixExtra?: Parameters<typeof Matrix>[0]['extra'] }) {
  const { p, view } = props;
  const t = messages(p.locale);
  return (
    <>
      {view.isIllustrative ? (
        <div class="ds-alert" data-color="info">
          <p>
            <strong>{t.illustrative}:</strong> <span lang={view.illustrativeNote && p.locale !== 'nb' ? 'nb' : undefined}>{view.illustrativeNote || t.illustrativeNote}</span>
          </p>
        </div>
      ) : null}
      <ReferralFacts p={p} view={view} caseHref={props.caseHref} />
      <OutcomeSection p={p} view={view} />
      <section class="section" aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">{t.matrixHeading}</h2>
        <Matrix p={p} view={view} extra={props.matrixExtra} />
      </section>
      <ProposalSection p={p} view={view} />
      <Resolutions p={p} view={view} />
    </>
  );
}
