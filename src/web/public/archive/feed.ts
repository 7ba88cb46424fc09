import type { Context } from 'hono';
import { listDocuments } from '../../../modules/archive';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import { archive as messages } from '../../locales/archive';
import { requireCooperation } from '../shell';
import { absoluteUrl, xmlText } from './absolute-url';
import { kindLabel } from './labels';

const FEED_SIZE = 50;

/** `/:slug/arkiv/nye.atom`: the newest public documents of a cooperation as an Atom feed. */
export async function archiveFeed(c: Context<AppEnv>) {
  const coop = await requireCooperation(c);
  const locale = c.var.locale;
  const url = absoluteUrl(c);
  const prefix = locale === 'nb' ? '' : `/${locale}`;
  const { items } = await listDocuments(c.var.db, { publicOnly: true, cooperationId: coop.id }, { page: 1, limit: FEED_SIZE });
  const updated = items.reduce((latest, d) => (d.updatedAt > latest ? d.updatedAt : latest), coop.establishedOn ? `${coop.establishedOn}T00:00:00.000Z` : '2000-01-01T00:00:00.000Z');
  const selfUrl = url(`${prefix}/${coop.slug}/arkiv/nye.atom`);
  const entries = items.map(
    (d) => `  <entry>
    <id>${xmlText(url(`/dokumenter/${d.id}`))}</id>
    <title>${xmlText(d.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(url(`${prefix}${d.href}`))}"/>
    <updated>${xmlText(d.updatedAt)}</updated>
    <published>${xmlText(`${d.documentDate}T00:00:00Z`)}</published>
    <category term="${xmlText(d.kind)}" label="${xmlText(kindLabel(locale, d.kind))}"/>
    <summary>${xmlText(d.description ?? `${kindLabel(locale, d.kind)}, ${formatDate(d.documentDate, locale)}`)}</summary>
  </entry>`,
  );
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${xmlText(selfUrl)}</id>
  <title>${xmlText(messages(locale).feedTitle(coop.name))}</title>
  <link rel="self" type="application/atom+xml" href="${xmlText(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(url(`${prefix}/${coop.slug}/arkiv`))}"/>
  <updated>${xmlText(updated)}</updated>
  <author><name>${xmlText(coop.name)}</name></author>
${entries.join('\n')}
</feed>
`;
  return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
}
