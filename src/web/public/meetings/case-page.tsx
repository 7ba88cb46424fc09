import type { Context } from 'hono';
import { PROPOSAL_KINDS, caseAttachments, getCase, type CaseView } from '../../../modules/cases';
import { termLabel } from '../../../modules/meetings';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline, textIn } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { meetings as messages } from '../../locales/meetings';
import { pageContext, type PageContext } from '../../page-context';
import { cooperationShell, requireCooperation } from '../shell';
import { CaseNumber, ExemptNotice, IllustrativeNotice, Prose } from './parts';
import { formatBytes } from '../archive/labels';
import { ResolutionText, TreatmentDetails } from './treatment';
import { JointCasesOfCase } from '../joint-cases/of-case';

/** The case in the path, as this reader may read it; 404 when it is not this cooperation's (or not for this reader). */
export async function caseInPath(c: Context<AppEnv>, cooperationSlug: string): Promise<CaseView> {
  const id = Number(c.req.param('id'));
  const found = Number.isSafeInteger(id) ? await getCase(c.var.db, id, c.var.actor) : null;
  if (!found || found.cooperationSlug !== cooperationSlug) throw new NotFoundError('No such case.');
  return found;
}

/**
 * "Sak 03/2018 Vestregionens fremtid …": the number of the last body on the case's path, the one the
 * paper goes to (Rådmannsgruppen numbered it 01/2018 on the way); the title alone before it has one.
 */
export function caseHeading(p: PageContext, found: CaseView): string {
  const number = found.path[found.path.length - 1]?.caseNumber;
  return number ? messages(p.locale).caseTitle(number, found.title) : found.title;
}

/**
 * `/:slug/saker/:id`: the case paper as the saksfremlegg has it (header table Saksnr | Utvalg |
 * Møtedato, proposal, background, assessment, attachments), then each body's treatment.
 */
export async function casePage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const found = await caseInPath(c, coop.slug);
  const [shell, attachments] = await Promise.all([cooperationShell(c.var.db, coop, p.locale), caseAttachments(c.var.db, found.id, p.actor)]);
  const title = caseHeading(p, found);
  const lang = found.language === p.locale ? undefined : found.language;
  const base = `/${coop.slug}/saker/${found.id}`;
  const last = found.path[found.path.length - 1];
  return c.html(
    <Layout p={p} title={title} description={last ? t.caseDescription(last.caseNumber, textIn(p, last.body.name)) : undefined} cooperation={shell}>
      <h1 lang={lang}>{title}</h1>
      {found.isIllustrative ? <IllustrativeNotice p={p} note={found.illustrativeNote} /> : null}
      {!found.isPublic ? <ExemptNotice p={p} basis={found.exemptBasis} /> : null}
      {found.path.length > 0 ? <PathTable p={p} found={found} slug={coop.slug} /> : null}
      <dl class="facts">
        {found.caseOfficer ? (
          <>
            <dt>{t.officer}</dt>
            <dd>{found.caseOfficer}</dd>
          </>
        ) : null}
        {found.archiveReference ? (
          <>
            <dt>{t.archiveReference}</dt>
            <dd>{found.archiveReference}</dd>
          </>
        ) : null}
      </dl>
      <ul class="plain-list">
        <li>
          <a href={p.href(`${base}/saksfremlegg.pdf`)}>{t.casePaperPdf}</a>
        </li>
        <li>
          <a href={p.href(`${base}/saksfremlegg.docx`)}>{t.casePaperDocx}</a>
        </li>
      </ul>
      <section class="section" aria-labelledby="proposal-heading">
        <h2 id="proposal-heading">{termLabel(PROPOSAL_KINDS, found.proposalKind, p.locale)}</h2>
        <ResolutionText resolution={found.proposal} lang={lang} />
      </section>
      {found.background ? (
        <section class="section" aria-labelledby="background-heading">
          <h2 id="background-heading">{t.background}</h2>
          <Prose text={found.background} lang={lang} />
        </section>
      ) : null}
      {found.assessment ? (
        <section class="section" aria-labelledby="assessment-heading">
          <h2 id="assessment-heading">{t.assessment}</h2>
          <Prose text={found.assessment} lang={lang} />
        </section>
      ) : null}
      <section class="section" aria-labelledby="attachments-heading">
        <h2 id="attachments-heading">{t.attachments}</h2>
        {attachments.length === 0 ? (
          <p>{t.noAttachments}</p>
        ) : (
          <ul class="plain-list">
            {attachments.map((d) => (
              <li>
                {d.downloadHref ? <a href={p.href(d.downloadHref)}>{d.title}</a> : d.title}
                {d.size ? <span class="muted"> ({formatBytes(d.size)})</span> : null}
                {!d.isPublic ? <ExemptNotice p={p} basis={d.exemptBasis} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <JointCasesOfCase p={p} db={c.var.db} caseId={found.id} slug={coop.slug} />
      <section class="section" aria-labelledby="treatments-heading">
        <h2 id="treatments-heading">{t.treatments}</h2>
        {found.path.length === 0 ? <p>{t.notTreated}</p> : null}
        {found.path.map((step) => {
          const heading = t.treatmentIn(textIn(p, step.body.name), formatDate(step.meetingDate, p.locale));
          return (
            <section class="section" aria-labelledby={`treatment-${step.agendaItemId}`}>
              <h3 id={`treatment-${step.agendaItemId}`}>
                {heading} (<CaseNumber number={step.caseNumber} />)
              </h3>
              {step.treatment ? <TreatmentDetails p={p} treatment={step.treatment} lang={lang} /> : <p>{step.meetingStatus === 'held' ? t.resolutionPending : t.notTreated}</p>}
            </section>
          );
        })}
      </section>
    </Layout>,
  );
}

/** The paper's header: one row per body on the case's path. */
function PathTable({ p, found, slug }: { p: PageContext; found: CaseView; slug: string }) {
  const t = messages(p.locale);
  return (
    <ScrollTable p={p} id="case-path" caption={t.caseHeaderCaption}>
      <thead>
        <tr>
          <th scope="col">{t.colCaseNo}</th>
          <th scope="col">{t.colCommittee}</th>
          <th scope="col">{t.colMeetingDate}</th>
        </tr>
      </thead>
      <tbody>
        {found.path.map((step) => (
          <tr>
            <th scope="row" class="num">
              {step.caseNumber}
            </th>
            <td>
              <LocalizedInline p={p} text={step.body.name} />
            </td>
            <td class="num">
              <a href={p.href(`/${slug}/moter/${step.meetingId}`)}>{formatDate(step.meetingDate, p.locale)}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
