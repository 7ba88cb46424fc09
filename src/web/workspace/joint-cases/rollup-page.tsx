import { jointCaseRevisions, type CouncilRevisionView, type JointCaseView } from '../../../modules/joint-cases';
import { formatDateTime } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { ScrollTable } from '../../components/table';
import { jointCases as messages } from '../../locales/joint-cases';
import { workspace } from '../../locales/workspace';
import type { PageContext } from '../../page-context';
import { JointCaseBody } from '../../public/joint-cases/case-page';
import { jointCaseHeading } from '../../public/joint-cases/summary';
import { onCooperation, CooperationNav, type OnCooperation } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormMessages, FormModel, type FailedForm } from '../form-kit';
import { CheckboxGroup } from './fields';
import { jointCaseInPath, lagret, mayManage, Saved } from './kit';
import { JOINT } from './paths';

export const LINKS_FORM = 'send-links';

const rollupPath = (slug: string, c: OnCooperation['c']) => JOINT.rollup(slug, c.req.param('id') ?? '');

/** `GET …/fellessaker/:id`: the roll-up as the public sees it, plus publishing, links, papers and history. */
export const rollupPage = onCooperation(rollupPath, async (on) => {
  mayManage(on);
  return renderRollup(on, await jointCaseInPath(on), null);
});

export async function renderRollup(on: OnCooperation, view: JointCaseView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const { c, p, coop } = on;
  const t = messages(p.locale);
  const revisions = await jointCaseRevisions(c.var.db, view.id, p.actor);
  const histories = view.councils.map((x) => ({ council: x, revisions: revisions.get(x.memberCode) ?? [] }));
  const open = view.councils.filter((x) => x.status !== 'treated' && x.status !== 'withdrawn');
  const links = new FormModel(p, LINKS_FORM, {
    failed,
    prefix: 'links-',
    defaults: { members: open.map((x) => x.memberCode).join(',') },
    labels: { members: t.sendLinksLegend },
  });
  const title = jointCaseHeading(p, view);
  const sent = c.req.query('sendt');
  const notReached = (c.req.query('ikke') ?? '').split(',').filter(Boolean);
  const names = view.councils.filter((x) => notReached.includes(x.memberCode)).map((x) => x.memberName);
  return c.html(
    <Layout p={p} title={links.refused ? `${workspace(p.locale).errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="joint_cases" />
      <Saved p={p} what={failed ? undefined : lagret(c)} extra={sent ? t.linksSent(Number(sent) || 0) : undefined} />
      {names.length > 0 && !failed ? (
        <div class="ds-alert" data-color="warning" role="status">
          <p>{t.linksFailed(names.join(', '))}</p>
        </div>
      ) : null}
      <ErrorSummary p={p} forms={[links]} />
      <p>
        <a href={p.href(JOINT.list(coop.slug))}>{t.wsListTitle(coop.name)}</a>
        {view.isPublished ? (
          <>
            {' · '}
            <a href={p.href(`/${coop.slug}/fellessaker/${view.id}`)}>{t.publicLink}</a>
          </>
        ) : null}
      </p>
      <section class="section" aria-labelledby="publish-heading">
        <h2 id="publish-heading">{t.publishHeading}</h2>
        <p>{view.isPublished ? t.publishedNow : t.notPublished}</p>
        <form method="post" action={p.href(JOINT.publish(coop.slug, view.id))}>
          <Csrf p={p} />
          <input type="hidden" name="is_published" value={view.isPublished ? 'false' : 'true'} />
          <button class="ds-button" type="submit" data-variant="secondary">
            {view.isPublished ? t.unpublishButton : t.publishButton}
          </button>
        </form>
      </section>
      <JointCaseBody
        p={p}
        view={view}
        caseHref={`/${coop.slug}/saker/${view.caseId}`}
        matrixExtra={{
          heading: t.colRecord,
          cell: (x) => <a href={p.href(JOINT.record(view.id, x.memberCode))}>{t.recordFor(x.memberName)}</a>,
        }}
      />
      <section class="section" aria-labelledby="links-heading">
        <h2 id="links-heading">{t.sendLinksHeading}</h2>
        <p>{t.sendLinksHint}</p>
        <form class="section" method="post" action={p.href(JOINT.links(coop.slug, view.id))} novalidate>
          <Csrf p={p} />
          <FormMessages f={links} />
          <CheckboxGroup
            f={links}
            name="members"
            legend={t.sendLinksLegend}
            choices={view.councils.map((x) => ({ value: x.memberCode, label: `${x.memberName} – ${t.statusText(x.status)}`, note: x.clerkEmail ?? t.noEmail }))}
          />
          <div>
            <button class="ds-button" type="submit" data-variant="secondary">
              {t.sendLinksButton}
            </button>
          </div>
        </form>
      </section>
      <Papers p={p} view={view} slug={coop.slug} />
      <History p={p} histories={histories} />
    </Layout>,
    status,
  );
}

function Papers({ p, view, slug }: { p: PageContext; view: JointCaseView; slug: string }) {
  const t = messages(p.locale);
  return (
    <section class="section" aria-labelledby="papers-heading">
      <h2 id="papers-heading">{t.papersHeading}</h2>
      <ScrollTable p={p} id="papers" caption={t.papersCaption}>
        <thead>
          <tr>
            <th scope="col">{t.colCouncil}</th>
            <th scope="col">{t.paperPdf}</th>
            <th scope="col">{t.paperDocx}</th>
          </tr>
        </thead>
        <tbody>
          {view.councils.map((x) => (
            <tr>
              <th scope="row">{x.memberName}</th>
              {(['pdf', 'docx'] as const).map((ext) => (
                <td>
                  <a href={p.href(JOINT.paper(slug, view.id, x.memberCode, ext))}>
                    {ext === 'pdf' ? t.paperPdf : t.paperDocx}
                    <span class="ds-sr-only"> {t.paperFor(x.memberName)}</span>
                  </a>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}

function History({ p, histories }: { p: PageContext; histories: Array<{ council: JointCaseView['councils'][number]; revisions: CouncilRevisionView[] }> }) {
  const t = messages(p.locale);
  const rows = histories
    .flatMap((h) => h.revisions.map((r) => ({ name: h.council.memberName, r })))
    .sort((a, b) => b.r.submittedAt.localeCompare(a.r.submittedAt));
  return (
    <section class="section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t.historyHeading}</h2>
      {rows.length === 0 ? (
        <p>{t.noHistory}</p>
      ) : (
        <ScrollTable p={p} id="history" caption={t.historyCaption}>
          <thead>
            <tr>
              <th scope="col">{t.colCouncil}</th>
              <th scope="col">{t.colRevision}</th>
              <th scope="col">{t.colSubmitted}</th>
              <th scope="col">{t.colBy}</th>
              <th scope="col">{t.colVia}</th>
              <th scope="col">{t.colStatus}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ name, r }) => (
              <tr>
                <th scope="row">{name}</th>
                <td class="num">{r.revision}</td>
                <td class="num">{formatDateTime(r.submittedAt, p.locale)}</td>
                <td>{r.submittedBy ?? '–'}</td>
                <td>{t.viaText(r.submittedVia)}</td>
                <td>
                  {t.statusText(String(r.record.status ?? ''))}
                  {r.record.outcome ? ` – ${t.outcomeText(String(r.record.outcome))}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
