import type { Context } from 'hono';
import { processById } from '../../../modules/processes';
import { markdownToText, pageAt, sitePages, type PageView } from '../../../modules/site';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { pickText } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline, LocalizedProse, textIn } from '../../components/localized';
import { site as messages } from '../../locales/site';
import { pageContext, type PageContext } from '../../page-context';
import { cooperationShell, requireCooperation } from '../shell';
import { asOfDay } from './as-of';
import { IllustrativeNote, MarkdownBody } from './markdown-body';
import { ProcessSections } from './process-sections';

/** `/:slug/:page` and `/:slug/:page/:child`: a published page of the cooperation's site, with the process it shows. */
export async function sitePage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const child = c.req.param('child');
  const slugs: [string] | [string, string] = child ? [c.req.param('page')!, child] : [c.req.param('page')!];
  const all = await sitePages(c.var.db, coop, { publishedOnly: true });
  const page = pageAt(all, coop, slugs);
  if (!page) throw new NotFoundError('No such page.');
  const [shell, process] = await Promise.all([
    cooperationShell(c.var.db, coop, p.locale, undefined, all),
    page.processId === null ? null : processById(c.var.db, coop.id, page.processId, { publishedOnly: true }),
  ]);
  const asOf = asOfDay(c);
  const title = textIn(p, page.title);
  return c.html(
    <Layout p={p} title={asOf.invalid ? `${t.errorPrefix} ${title}` : title} description={describe(p, page)} cooperation={shell}>
      <h1>
        <LocalizedInline p={p} text={page.title} note />
      </h1>
      <IllustrativeNote p={p} illustrative={page.illustrative} />
      {/* A page that shows a process opens with the process's own introduction instead. */}
      {process ? null : <LocalizedProse p={p} text={page.summary} class="lead" />}
      <MarkdownBody p={p} text={page.body} translations={page.translations} />
      {process ? <ProcessSections p={p} process={process} {...asOf} withIntroduction /> : null}
      <SubPages p={p} pages={all.filter((s) => s.parentId === page.id)} />
    </Layout>,
    asOf.invalid ? 400 : 200,
  );
}

/** The meta description: the summary, else the start of the text, in the reader's language or the one that exists. */
export function describe(p: PageContext, item: { summary: PageView['summary']; body: PageView['body'] }): string | undefined {
  const summary = pickText(item.summary, p.locale)?.text;
  if (summary) return summary;
  const body = pickText(item.body, p.locale)?.text;
  if (!body) return undefined;
  const text = markdownToText(body);
  return text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text;
}

function SubPages({ p, pages }: { p: PageContext; pages: PageView[] }) {
  if (pages.length === 0) return null;
  return (
    <nav class="section" aria-labelledby="subpages-heading">
      <h2 id="subpages-heading">{messages(p.locale).subPages}</h2>
      <ul class="plain-list">
        {pages.map((sub) => (
          <li>
            <a href={p.href(sub.path)}>
              <LocalizedInline p={p} text={sub.title} />
            </a>
            {pickText(sub.summary, p.locale) ? (
              <>
                {' – '}
                <LocalizedInline p={p} text={sub.summary} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}
