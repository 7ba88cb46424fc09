import type { Context } from 'hono';
import { newsList, renderMarkdown } from '../../../modules/site';
import type { AppEnv } from '../../../platform/http/context';
import { pickText, type Locale } from '../../../platform/i18n';
import { localHref } from '../../../platform/http/locale';
import { site as messages } from '../../locales/site';
import { publicOrigin, xmlText as xml } from '../archive/absolute-url';
import { requireCooperation } from '../shell';

/**
 * `/:slug/nyheter.atom`: the published news as an Atom 1.0 feed, in the language of the prefix (or
 * the one that exists). Every text is escaped; the content is the same sanitized HTML as the page.
 */
export async function newsFeed(c: Context<AppEnv>) {
  const locale: Locale = c.var.locale;
  const coop = await requireCooperation(c);
  const news = await newsList(c.var.db, coop.id, { publishedOnly: true });
  const origin = publicOrigin(c);
  const abs = (path: string) => origin + localHref(locale, path);
  const t = messages(locale);
  const updated = news.reduce((max, n) => (n.updatedAt > max ? n.updatedAt : max), '1970-01-01T00:00:00.000Z');
  const entries = news.map((n) => {
    const title = pickText(n.title, locale);
    const summary = pickText(n.summary, locale);
    const body = pickText(n.body, locale);
    const link = abs(`/${coop.slug}/nyheter/${n.slug}`);
    return [
      '  <entry>',
      `    <id>${xml(link)}</id>`,
      `    <title${title ? ` xml:lang="${title.lang}"` : ''}>${xml(title?.text ?? n.slug)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `    <published>${n.publishedOn}T00:00:00Z</published>`,
      `    <updated>${n.updatedAt}</updated>`,
      summary ? `    <summary xml:lang="${summary.lang}">${xml(summary.text)}</summary>` : null,
      body ? `    <content type="html" xml:lang="${body.lang}">${xml(renderMarkdown(body.text, t.tableLabel))}</content>` : null,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  const self = abs(`/${coop.slug}/nyheter.atom`);
  const feed = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${xml(self)}</id>`,
    `  <title>${xml(`${t.newsTitle} – ${coop.name}`)}</title>`,
    `  <subtitle>${xml(t.newsDescription(coop.name))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(abs(`/${coop.slug}/nyheter`))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(coop.name)}</name></author>`,
    `  <generator>Samråd</generator>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return c.body(feed, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
}
