import { z } from '@hono/zod-openapi';
import { envelopeSchema, localizedTextSchema } from '../../platform/http/openapi';
import { paginationParams } from '../../platform/http/pagination';
import { isoDateParam } from '../../platform/http/query';
import { BODY_KIND_KEYS, OFFICE_KEYS, POSITION_KEYS } from './people.catalog';

// The shapes of the bodies API (`/api/v1/cooperations/{slug}/bodies…`), from which its OpenAPI
// entries are generated. Bodies are Popolo Organizations; seats are Popolo Memberships.

const pathParam = (name: string, example: string) =>
  z.string().min(1).max(100).openapi({ param: { name, in: 'path' }, example });

export const cooperationParams = z.object({ slug: pathParam('slug', 'vestregionen') });
export const bodyParams = z.object({ slug: pathParam('slug', 'vestregionen'), bodySlug: pathParam('bodySlug', 'styringsgruppen') });

export const bodiesQuery = paginationParams;

export const bodyQuery = z.object({
  at: isoDateParam.optional().openapi({
    param: { name: 'at', in: 'query' },
    description: 'Only the seats held on this date, YYYY-MM-DD, with members named as they were then. Default: every seat.',
    example: '2018-06-01',
  }),
});

const isoDate = z.string().openapi({ format: 'date', example: '2018-12-31' });

export const bodySchema = z
  .object({
    id: z.string().openapi({ example: '/api/v1/cooperations/vestregionen/bodies/styringsgruppen' }),
    slug: z.string().openapi({ example: 'styringsgruppen' }),
    name: localizedTextSchema('The name of the body.'),
    classification: z.string().openapi({ description: `The kind of body: one of ${BODY_KIND_KEYS.join(', ')}.`, example: 'political' }),
    composition: localizedTextSchema('Who sits in it, in words.'),
    parentId: z.string().openapi({ description: 'The cooperation the body belongs to.', example: '/api/v1/cooperations/vestregionen' }),
    seatCount: z.number().int().openapi({ description: 'Seats it has had over all time.' }),
  })
  .openapi('Body');

export const seatSchema = z
  .object({
    id: z.string().openapi({ example: '41' }),
    person: z.string().nullable().openapi({ description: 'The holder; null for a role without a named holder.' }),
    role: z.string().openapi({ description: `The office: one of ${OFFICE_KEYS.join(', ')}.`, example: 'mayor' }),
    post: z.string().openapi({ description: `The position in the body: one of ${POSITION_KEYS.join(', ')}.`, example: 'chair' }),
    onBehalfOf: z
      .object({ code: z.string().openapi({ example: '0219' }), name: z.string().openapi({ example: 'Bærum' }) })
      .nullable()
      .openapi({ description: 'The member municipality or county authority the seat is held for.' }),
    isDeputy: z.boolean(),
    startDate: isoDate.nullable().openapi({ description: 'First day; null: not known (before our records).' }),
    endDate: isoDate.nullable().openapi({ description: 'Last day; null: still held, or not known.' }),
    note: localizedTextSchema('A remark on the seat (all null when it has none).'),
  })
  .openapi('Seat');

export const bodyDetailSchema = bodySchema.extend({ memberships: z.array(seatSchema) }).openapi('BodyDetail');

export const bodyListSchema = envelopeSchema(bodySchema, 'BodyList');

export type BodyJson = z.output<typeof bodySchema>;
export type SeatJson = z.output<typeof seatSchema>;
