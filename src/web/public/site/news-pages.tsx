import type { Context } from 'hono';
import { newsList, publishedNews, type NewsView } from '../../../modules/site';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline, LocalizedProse, textIn } from '../../components/localized';
import { site as messages } from '../../locales/site';
import { pageContext, type PageContext } from '../../page-context';
import { cooperationShell, requireCooperation } from '../shell';
import { IllustrativeNote, MarkdownBody } from './markdown-body';
import { describe } from './site-page';

/** `/:slug/nyheter`: the cooperation's published news, newest first, with the Atom feed. */
export async function newsListPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const [shell, news] = await Promise.all([cooperationShell(c.var.db, coop, p.locale), newsList(c.var.db, coop.id, { publishedOnly: true })]);
  return c.html(
    <Layout p={p} title={t.newsTitle} description={t.newsDescription(coop.name)} cooperation={shell}>
      <h1>{t.newsTitle}</h1>
      {news.length === 0 ? (
        <p>{t.noNews}</p>
      ) : (
        <ul class="card-list">
          {news.map((item) => (
            <li>
              <NewsCard p={p} coop={coop.slug} item={item} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={p.href(`/${coop.slug}/nyheter.atom`)} type="application/atom+xml">
          {t.atomFeed}
        </a>
      </p>
    </Layout>,
  );
}

function NewsCard({ p, coop, item }: { p: PageContext; coop: string; item: NewsView }) {
  const t = messages(p.locale);
  return (
    <article class="ds-card">
      <h2>
        <a href={p.href(`/${coop}/nyheter/${item.slug}`)}>
          <LocalizedInline p={p} text={item.title} note />
        </a>
      </h2>
      <p class="muted">
        <time datetime={item.publishedOn}>{t.publishedOn(formatDate(item.publishedOn, p.locale))}</time>
        {item.illustrative ? ` · ${t.illustrative}` : null}
      </p>
      <LocalizedProse p={p} text={item.summary} />
    </article>
  );
}

/** `/:slug/nyheter/:newsSlug`: one news item. */
export async function newsItemPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const item = await publishedNews(c.var.db, coop.id, c.req.param('newsSlug') ?? '');
  if (!item) throw new NotFoundError('No such news item.');
  const shell = await cooperationShell(c.var.db, coop, p.locale);
  return c.html(
    <Layout p={p} title={textIn(p, item.title)} description={describe(p, item)} cooperation={shell}>
      <article class="section">
        <h1>
          <LocalizedInline p={p} text={item.title} note />
        </h1>
        <p class="muted">
          <time datetime={item.publishedOn}>{t.publishedOn(formatDate(item.publishedOn, p.locale))}</time>
        </p>
        <IllustrativeNote p={p} illustrative={item.illustrative} />
        <LocalizedProse p={p} text={item.summary} class="lead" />
        <MarkdownBody p={p} text={item.body} translations={item.translations} />
      </article>
      <p>
        <a href={p.href(`/${coop.slug}/nyheter`)}>{t.allNews}</a>
      </p>
    </Layout>,
  );
}
