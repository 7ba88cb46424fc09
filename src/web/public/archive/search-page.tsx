import type { Context } from 'hono';
import { listCooperations } from '../../../modules/cooperations';
import { bodiesOf } from '../../../modules/people';
import type { AppEnv } from '../../../platform/http/context';
import { pickText } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { archive as messages } from '../../locales/archive';
import { pageContext } from '../../page-context';
import { readArchiveQuery } from './archive-query';
import { resultsFor, ResultsSection } from './results';
import { SearchForm } from './search-form';

/** `/sok`: search across every cooperation's public documents, with filters. */
export async function searchPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const query = readArchiveQuery(c);
  const cooperations = await listCooperations(c.var.db);
  const chosen = cooperations.find((coop) => coop.slug === query.cooperation);
  const bodies = chosen ? await bodiesOf(c.var.db, chosen.id) : [];
  const results = query.yearInvalid
    ? { items: [], total: 0 }
    : await resultsFor(c.var.db, query, {
        publicOnly: true,
        kind: query.kind,
        cooperationId: chosen?.id ?? (query.cooperation ? -1 : undefined),
        bodyId: chosen ? query.bodyId : undefined,
        year: query.year,
      });
  const nameOf = new Map(cooperations.map((coop) => [coop.id, coop.name]));
  const title = query.q ? t.searchResultsTitle(query.q) : t.searchTitle;
  return c.html(
    <Layout p={p} title={query.yearInvalid ? `${t.errorPrefix} ${title}` : title} description={t.searchDescription}>
      <h1>{t.searchTitle}</h1>
      <SearchForm
        p={p}
        action={p.href('/sok')}
        query={query}
        cooperations={cooperations.map((coop) => ({ value: coop.slug, label: coop.name }))}
        bodies={bodies.map((b) => ({ value: String(b.id), label: pickText(b.name, p.locale)?.text ?? b.slug }))}
      />
      {query.yearInvalid ? null : <ResultsSection p={p} query={query} results={results} cooperationName={(id) => nameOf.get(id) ?? ''} withCooperation />}
    </Layout>,
    query.yearInvalid ? 400 : 200,
  );
}
