import type { Locale, LocalizedText } from '../../../platform/i18n';

export interface PageView {
  id: number;
  cooperationId: number;
  slug: string;
  parentId: number | null;
  /** The public path without a language prefix: `/vestregionen/om-vestregionen/organisering`. */
  path: string;
  menuOrder: number;
  showInMenu: boolean;
  title: LocalizedText;
  summary: LocalizedText;
  /** Markdown per language: render only with `renderMarkdown`. */
  body: LocalizedText;
  /** Languages whose text is a translation, not the original. */
  translations: Locale[];
  illustrative: boolean;
  processId: number | null;
  status: 'draft' | 'published';
  publishedAt: string | null;
  updatedAt: string;
}

export interface MenuPage {
  page: PageView;
  children: PageView[];
}

export interface PageRevisionView {
  id: number;
  savedAt: string;
  savedBy: string;
  title: LocalizedText;
  summary: LocalizedText;
  body: LocalizedText;
  translations: Locale[];
}

export interface NewsView {
  id: number;
  cooperationId: number;
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  body: LocalizedText;
  translations: Locale[];
  illustrative: boolean;
  publishedOn: string;
  status: 'draft' | 'published';
  updatedAt: string;
}
