import { LOCALES, parseLocalizedText, type Locale } from '../../platform/i18n';
import type { NewsRow, PageRevisionRow, PageRow } from './site.repository';
import type { NewsView, PageRevisionView, PageView } from './queries/views';

// Rows as the rest of the program sees them: JSON parsed, flags as booleans, the public path built.

export function translationsOf(json: string | null | undefined): Locale[] {
  const value = json ? (JSON.parse(json) as Record<string, unknown>) : {};
  return LOCALES.filter((l) => value[l] === true);
}

export function pageView(row: PageRow, cooperationSlug: string, parentSlug: string | null): PageView {
  return {
    id: row.id,
    cooperationId: row.cooperation_id,
    slug: row.slug,
    parentId: row.parent_id,
    path: `/${cooperationSlug}/${parentSlug ? `${parentSlug}/` : ''}${row.slug}`,
    menuOrder: row.menu_order,
    showInMenu: row.show_in_menu === 1,
    title: parseLocalizedText(row.title),
    summary: parseLocalizedText(row.summary),
    body: parseLocalizedText(row.body),
    translations: translationsOf(row.translations),
    illustrative: row.illustrative === 1,
    processId: row.process_id,
    status: row.status,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

/** What a revision keeps of a page: its text, as one JSON document. */
export function pageContent(row: PageRow) {
  return {
    slug: row.slug,
    title: parseLocalizedText(row.title),
    summary: parseLocalizedText(row.summary),
    body: parseLocalizedText(row.body),
    translations: translationsOf(row.translations),
  };
}
export type PageContent = ReturnType<typeof pageContent>;

export function revisionView(row: PageRevisionRow): PageRevisionView {
  const content = JSON.parse(row.content) as PageContent;
  return {
    id: row.id,
    savedAt: row.saved_at,
    savedBy: row.saved_by,
    title: content.title ?? {},
    summary: content.summary ?? {},
    body: content.body ?? {},
    translations: content.translations ?? [],
  };
}

export function newsView(row: NewsRow): NewsView {
  return {
    id: row.id,
    cooperationId: row.cooperation_id,
    slug: row.slug,
    title: parseLocalizedText(row.title),
    summary: parseLocalizedText(row.summary),
    body: parseLocalizedText(row.body),
    translations: translationsOf(row.translations),
    illustrative: row.illustrative === 1,
    publishedOn: row.published_on,
    status: row.status,
    updatedAt: row.updated_at,
  };
}

export const translationsJson = (t: Partial<Record<Locale, true>>) => JSON.stringify(t);
