import { z } from '@hono/zod-openapi';
import { envelopeSchema, localizedTextSchema } from '../../platform/http/openapi';
import { paginationParams } from '../../platform/http/pagination';

// The shapes of the site's API (`/api/v1/cooperations/{slug}/pages|news`): what is published only.

export const siteParams = z.object({
  slug: z.string().min(1).max(100).openapi({ param: { name: 'slug', in: 'path' }, example: 'vestregionen' }),
});
export const siteListQuery = paginationParams;

const languages = z.array(z.enum(['nb', 'nn', 'en']));

export const pageSchema = z
  .object({
    id: z.number().int(),
    slug: z.string().openapi({ example: 'vestregionens-framtid' }),
    web: z.string().openapi({ description: 'The public page.', example: '/vestregionen/vestregionens-framtid' }),
    parent: z.number().int().nullable().openapi({ description: 'The page it is a sub-page of.' }),
    menuOrder: z.number().int(),
    showInMenu: z.boolean(),
    name: localizedTextSchema('The title.'),
    description: localizedTextSchema('The summary.'),
    text: localizedTextSchema('The text, as Markdown (render it sanitized).'),
    translations: languages.openapi({ description: 'Languages whose text is a translation, not the original.' }),
    illustrative: z.boolean().openapi({ description: 'Written for a demonstration, not from a source.' }),
    process: z.string().nullable().openapi({ description: 'The process the page shows (its API address).' }),
    published: z.string().nullable().openapi({ description: 'When it was first published (ISO instant).' }),
    modified: z.string(),
  })
  .openapi('SitePage');

export const newsSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    web: z.string().openapi({ example: '/vestregionen/nyheter/vestregionen-avvikles' }),
    name: localizedTextSchema('The headline.'),
    description: localizedTextSchema('The summary.'),
    text: localizedTextSchema('The text, as Markdown.'),
    date: z.string().openapi({ format: 'date', example: '2018-06-14' }),
    translations: languages,
    illustrative: z.boolean(),
    modified: z.string(),
  })
  .openapi('NewsItem');

export const pageListSchema = envelopeSchema(pageSchema, 'SitePageList');
export const newsListSchema = envelopeSchema(newsSchema, 'NewsList');
