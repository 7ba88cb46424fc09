import type { Context } from 'hono';
import { listJointCases, type JointCaseSummary } from '../../../modules/joint-cases';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate, formatNumber } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { ScrollTable } from '../../components/table';
import { jointCases as messages } from '../../locales/joint-cases';
import { pageContext, type PageContext } from '../../page-context';
import { cooperationShell, requireCooperation } from '../shell';
import { jointCaseHeading, resultWords } from './summary';

/** Joint cases are few per cooperation (a handful a year): one page holds them all. */
const LIMIT = 200;

/** `/:slug/fellessaker`: the cooperation's published joint cases, or a sentence saying there are none yet. */
export async function jointCasesPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const [shell, list] = await Promise.all([
    cooperationShell(c.var.db, coop, p.locale),
    // The public list is the published ones, also for a signed-in secretariat (who has the workspace list).
    listJointCases(c.var.db, { cooperationId: coop.id, actor: { kind: 'anonymous' }, page: { page: 1, limit: LIMIT } }),
  ]);
  const title = t.listTitle(coop.name);
  return c.html(
    <Layout p={p} title={title} cooperation={shell}>
      <h1>{title}</h1>
      <p>{t.listIntro}</p>
      {list.jointCases.length === 0 ? <p>{t.listEmpty}</p> : <JointCaseTable p={p} items={list.jointCases} caption={t.listCaption(coop.name)} href={(x) => `/${coop.slug}/fellessaker/${x.id}`} />}
    </Layout>,
  );
}

/** Title, deadline, treated k of N and the outcome so far; shared with the workspace list (`extra` adds its columns). */
export function JointCaseTable(props: {
  p: PageContext;
  items: JointCaseSummary[];
  caption: string;
  href: (item: JointCaseSummary) => string;
  extra?: { heading: string; cell: (item: JointCaseSummary) => any };
}) {
  const { p, items, extra } = props;
  const t = messages(p.locale);
  return (
    <ScrollTable p={p} id="joint-cases" caption={props.caption}>
      <thead>
        <tr>
          <th scope="col">{t.colJointCase}</th>
          <th scope="col">{t.colDeadline}</th>
          <th scope="col">{t.colTreated}</th>
          <th scope="col">{t.colOutcome}</th>
          {extra ? <th scope="col">{extra.heading}</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr>
            <th scope="row">
              <a href={p.href(props.href(item))}>{jointCaseHeading(p, item)}</a>
            </th>
            <td class="num">{formatDate(item.deadline, p.locale)}</td>
            <td class="num">{t.treatedOf(formatNumber(item.counts.treated), formatNumber(item.counts.total))}</td>
            <td>{resultWords(p, item)}</td>
            {extra ? <td>{extra.cell(item)}</td> : null}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
