// The site module: a cooperation's own website — pages in a menu with sub-menus (Markdown, sanitized,
// every version kept), and news with an Atom feed.
export { renderMarkdown, markdownToText } from './markdown';
export { canEditSite } from './site.policy';
export { RESERVED_SLUGS, flag, optionalId, translationsInput } from './site.schemas';
export { translationsOf } from './site.rows';
export { publishToArchive, withdrawFromArchive } from './archive-sync';
export type { SavePageInput, SaveNewsInput, PublishInput, RestoreRevisionInput } from './site.schemas';

export { savePage } from './commands/save-page';
export { publishPage } from './commands/publish-page';
export { restorePageRevision } from './commands/restore-page-revision';
export { saveNews } from './commands/save-news';
export { publishNews } from './commands/publish-news';

export { sitePages, siteMenu, menuOf, pageTree, publishedPageAt, pageAt, pageForEditing, pageRevisions } from './queries/pages';
export { newsList, publishedNews, newsForEditing } from './queries/news';
export type { PageView, MenuPage, PageRevisionView, NewsView } from './queries/views';

export { siteApi } from './site.routes';
