import { listProcesses } from '../../../modules/processes';
import { newsList, pageTree, sitePages } from '../../../modules/site';
import { formatDate, formatNumber } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { common } from '../../locales/common';
import { siteEditing as messages } from '../../locales/site';
import { CooperationNav, onCooperation } from '../cooperation-kit';
import { SITE } from './paths';
import { SiteSaved, StatusWord, refuseUnlessEditor } from './kit';

/** `GET …/nettsted`: the site's pages as a tree in menu order, its news and its processes, each with a link to edit. */
export const siteOverviewPage = onCooperation(SITE.home, async ({ c, p, coop }) => {
  refuseUnlessEditor({ p, coop });
  const t = messages(p.locale);
  const yesNo = common(p.locale);
  const [pages, news, processes] = await Promise.all([
    sitePages(c.var.db, coop, { publishedOnly: false }),
    newsList(c.var.db, coop.id, { publishedOnly: false }),
    listProcesses(c.var.db, { cooperationId: coop.id, publishedOnly: false }),
  ]);
  // Each top-level page followed by its sub-pages: the menu as readers see it.
  const tree = pageTree(pages).flatMap(({ page: top, children }) => [{ page: top, depth: 0 }, ...children.map((s) => ({ page: s, depth: 1 }))]);
  const title = t.title(coop.name);
  return c.html(
    <Layout p={p} title={title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="site" />
      <SiteSaved p={p} what={c.req.query('lagret')} />
      <p>{t.intro}</p>

      <section class="section" aria-labelledby="pages-heading">
        <h2 id="pages-heading">{t.pagesHeading}</h2>
        <p>
          <a class="ds-button" data-variant="secondary" href={p.href(SITE.newPage(coop.slug))}>
            {t.newPage}
          </a>
        </p>
        {tree.length === 0 ? (
          <p>{t.noPages}</p>
        ) : (
          <ScrollTable p={p} id="pages" caption={t.pagesCaption}>
            <thead>
              <tr>
                <th scope="col">{t.colTitle}</th>
                <th scope="col">{t.colAddress}</th>
                <th scope="col">{t.colStatus}</th>
                <th scope="col">{t.colMenu}</th>
                <th scope="col" class="num">
                  {t.colOrder}
                </th>
              </tr>
            </thead>
            <tbody>
              {tree.map(({ page, depth }) => (
                <tr>
                  <th scope="row">
                    {depth > 0 ? <span aria-hidden="true">↳ </span> : null}
                    <a href={p.href(SITE.page(coop.slug, page.id))}>
                      <LocalizedInline p={p} text={page.title} />
                    </a>
                  </th>
                  <td>
                    <code>{page.path}</code>
                  </td>
                  <td>
                    <StatusWord p={p} status={page.status} />
                  </td>
                  <td>{page.showInMenu ? yesNo.yes : yesNo.no}</td>
                  <td class="num">{formatNumber(page.menuOrder)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>

      <section class="section" aria-labelledby="news-heading">
        <h2 id="news-heading">{t.newsHeading}</h2>
        <p>
          <a class="ds-button" data-variant="secondary" href={p.href(SITE.newNews(coop.slug))}>
            {t.newNews}
          </a>
        </p>
        {news.length === 0 ? (
          <p>{t.noNews}</p>
        ) : (
          <ScrollTable p={p} id="news" caption={t.newsCaption}>
            <thead>
              <tr>
                <th scope="col">{t.colTitle}</th>
                <th scope="col">{t.colDate}</th>
                <th scope="col">{t.colStatus}</th>
              </tr>
            </thead>
            <tbody>
              {news.map((item) => (
                <tr>
                  <th scope="row">
                    <a href={p.href(SITE.news(coop.slug, item.id))}>
                      <LocalizedInline p={p} text={item.title} />
                    </a>
                  </th>
                  <td class="num">{formatDate(item.publishedOn, p.locale)}</td>
                  <td>
                    <StatusWord p={p} status={item.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>

      <section class="section" aria-labelledby="processes-heading">
        <h2 id="processes-heading">{t.processesHeading}</h2>
        <p>
          <a class="ds-button" data-variant="secondary" href={p.href(SITE.newProcess(coop.slug))}>
            {t.newProcess}
          </a>
        </p>
        {processes.length === 0 ? (
          <p>{t.noProcesses}</p>
        ) : (
          <ul class="plain-list">
            {processes.map((process) => (
              <li>
                <a href={p.href(SITE.process(coop.slug, process.id))}>
                  <LocalizedInline p={p} text={process.title} />
                </a>{' '}
                <StatusWord p={p} status={process.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>,
  );
});
