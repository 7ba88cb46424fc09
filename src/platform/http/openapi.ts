import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { ValidationError, fieldErrorsFromZod } from '../errors';

// What every module's part of `/api/v1` shares, so that the OpenAPI document names one error shape
// and one list envelope, and a bad parameter fails the same way on every route.

/** The body app.ts onError sends for any error under /api; one component, `Error`, for all modules. */
export const ApiError = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional(),
    }),
  })
  .openapi('Error');

/** OParl's list envelope, as `envelope()` in pagination.ts builds it, around `item`; a component named `name`. */
export function envelopeSchema<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      data: z.array(item),
      pagination: z.object({
        totalElements: z.number().int(),
        elementsPerPage: z.number().int(),
        currentPage: z.number().int(),
        totalPages: z.number().int(),
      }),
      links: z.object({
        first: z.string().optional(),
        prev: z.string().optional(),
        next: z.string().optional(),
        last: z.string().optional(),
      }),
    })
    .openapi(name);
}

/**
 * Text in several languages as the presenters give it (`LocalizedText`). Inline, not a component:
 * each use says what the text is, and the shape stays visible where it is used.
 */
export const localizedTextSchema = (description: string) =>
  z
    .object({ nb: z.string().nullable(), nn: z.string().nullable(), en: z.string().nullable() })
    .openapi({ description: `${description} In bokmål (nb), nynorsk (nn) and English (en); null where that language is missing.` });

/** One entry of `createRoute({ responses })`. */
export const jsonResponse = <S extends z.ZodType>(schema: S, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const errorResponse = (description: string) => jsonResponse(ApiError, description);

/** The 400 that createApiRouter's hook produces. */
export const badRequestResponse = errorResponse('A parameter is not valid; `error.fields` names each one and what it expects.');

/** A router for API routes whose bad parameters become the app's own error JSON (app.ts onError), not the validator's. */
export function createApiRouter<E extends Env>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) {
        // A body that parses but breaks the rules is unprocessable (422), like a form; a bad address or query is a 400.
        const isBody = result.target === 'json' || result.target === 'form';
        const message = isBody
          ? 'The request body is not valid.'
          : result.target === 'param'
            ? 'The address is not valid.'
            : 'The query parameters are not valid.';
        throw new ValidationError(fieldErrorsFromZod(result.error.issues), message, isBody ? 422 : 400);
      }
    },
  });
}
