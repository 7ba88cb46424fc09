import { z } from '@hono/zod-openapi';
import { envelopeSchema } from '../../platform/http/openapi';
import { paginationParams } from '../../platform/http/pagination';
import { DOCUMENT_KINDS } from './archive.catalog';

// The shapes of `/api/v1/documents` and `/api/v1/search`. A document is shaped like OParl's File.

const queryParam = <T extends z.ZodType>(schema: T, name: string, description: string, example?: string) =>
  schema.openapi({ param: { name, in: 'query' }, description, ...(example ? { example } : {}) });

const positiveId = z.coerce.number().int('must be a whole number').positive('must be a positive number');

export const documentFilterParams = z.object({
  type: queryParam(z.enum(DOCUMENT_KINDS, { error: `must be one of: ${DOCUMENT_KINDS.join(', ')}` }).optional(), 'type', `The kind of document: ${DOCUMENT_KINDS.join(', ')}.`, 'case_paper'),
  cooperation: queryParam(z.string().min(1).max(60).optional(), 'cooperation', 'The slug of a cooperation.', 'vestregionen'),
  body: queryParam(positiveId.optional(), 'body', 'The id of a body.'),
  case: queryParam(positiveId.optional(), 'case', 'The id of a case.'),
  year: queryParam(z.coerce.number().int('must be a year such as 2018').min(1900, 'must be a year such as 2018').max(2200, 'must be a year such as 2018').optional(), 'year', 'The year of the document date.', '2018'),
});

export const documentsQuery = documentFilterParams.extend(paginationParams.shape);

export const searchQuery = documentFilterParams.extend(paginationParams.shape).extend({
  q: queryParam(
    z.string().trim().min(1, 'must not be empty: give one or more words, "a phrase" in quotes, or -word to leave out').max(500, 'must be at most 500 characters'),
    'q',
    'Words to find (all of them), "a phrase" in quotes, -word to leave out. Norwegian stemming: kommuner also finds kommunene.',
    'samarbeid -kultur',
  ),
});

export const documentParams = z.object({
  id: z.coerce.number().int('must be a whole number').positive('must be a positive number').openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export const documentSchema = z
  .object({
    id: z.string().openapi({ example: '/api/v1/documents/1' }),
    type: z.literal('File').openapi({ description: 'OParl type.' }),
    classification: z.enum(DOCUMENT_KINDS).openapi({ description: 'The kind of document.' }),
    name: z.string().openapi({ example: 'Sak 03/2018 Vestregionens fremtid – skisse til fremtidig samarbeid' }),
    description: z.string().nullable(),
    language: z.string().openapi({ example: 'nb' }),
    date: z.string().openapi({ format: 'date', example: '2018-03-15' }),
    cooperation: z.string().nullable().openapi({ description: 'The slug of the cooperation.', example: 'vestregionen' }),
    body: z.number().int().nullable(),
    meeting: z.number().int().nullable(),
    case: z.number().int().nullable(),
    fileName: z.string().nullable(),
    mimeType: z.string().nullable().openapi({ example: 'application/pdf' }),
    size: z.number().int().nullable().openapi({ description: 'Bytes.' }),
    accessUrl: z.string().openapi({ description: 'The web page of the document.', example: '/dokumenter/1' }),
    downloadUrl: z.string().nullable().openapi({ description: 'The file itself; null when the document has no file.' }),
    created: z.string(),
    modified: z.string(),
  })
  .openapi('Document');

export const documentDetailSchema = documentSchema.extend({ text: z.string().openapi({ description: 'The plain text.' }) }).openapi('DocumentDetail');

export const searchHitSchema = documentSchema
  .extend({
    snippet: z.string().openapi({ description: 'A passage around the words found.' }),
    highlights: z
      .array(z.object({ text: z.string(), hit: z.boolean() }))
      .openapi({ description: 'The snippet in parts; `hit` parts are the words found (to mark).' }),
  })
  .openapi('SearchHit');

export const documentListSchema = envelopeSchema(documentSchema, 'DocumentList');
export const searchResultSchema = envelopeSchema(searchHitSchema, 'SearchResult');

export type DocumentJson = z.infer<typeof documentSchema>;
