import type { Context } from 'hono';
import { bodiesOf } from '../../../modules/people';
import type { AppEnv } from '../../../platform/http/context';
import { pickText } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { archive as messages } from '../../locales/archive';
import { pageContext } from '../../page-context';
import { requireCooperation, cooperationShell } from '../shell';
import { readArchiveQuery } from './archive-query';
import { resultsFor, ResultsSection } from './results';
import { SearchForm } from './search-form';

/** `/:slug/arkiv`: one cooperation's public documents, newest first, with search and filters. */
export async function archivePage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const query = readArchiveQuery(c);
  const bodies = await bodiesOf(c.var.db, coop.id);
  const results = query.yearInvalid
    ? { items: [], total: 0 }
    : await resultsFor(c.var.db, query, { publicOnly: true, cooperationId: coop.id, kind: query.kind, bodyId: query.bodyId, year: query.year });
  const title = t.archiveTitle(coop.name);
  return c.html(
    <Layout p={p} title={query.yearInvalid ? `${t.errorPrefix} ${title}` : title} description={t.archiveDescription(coop.name)} cooperation={await cooperationShell(c.var.db, coop, p.locale, bodies)}>
      <h1>{title}</h1>
      <SearchForm
        p={p}
        action={p.href(`/${coop.slug}/arkiv`)}
        query={query}
        bodies={bodies.map((b) => ({ value: String(b.id), label: pickText(b.name, p.locale)?.text ?? b.slug }))}
      />
      {query.yearInvalid ? null : <ResultsSection p={p} query={query} results={results} withCooperation={false} />}
      <ul class="plain-list">
        <li>
          <a href={p.href(`/${coop.slug}/arkiv/nye.atom`)} type="application/atom+xml">
            {t.feedLink}
          </a>
        </li>
        <li>
          <a href={p.href('/sok')}>{t.searchAll}</a>
        </li>
      </ul>
    </Layout>,
    query.yearInvalid ? 400 : 200,
  );
}
