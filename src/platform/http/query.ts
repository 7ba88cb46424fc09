import type { Context } from 'hono';
import { z } from 'zod';
import { ValidationError, fieldErrorsFromZod } from '../errors';

/** Parses query parameters with a zod schema; bad input is a 400 naming each field and what it expects. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw new ValidationError(fieldErrorsFromZod(result.error.issues), 'The query parameters are not valid.', 400);
  return result.data;
}

/** Parses a form post (urlencoded or multipart) with a zod schema; bad input is a 422 with field errors. */
export async function parseForm<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const body = await c.req.parseBody();
  const result = schema.safeParse(body);
  if (!result.success) throw new ValidationError(fieldErrorsFromZod(result.error.issues));
  return result.data;
}

export const isoDateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, for example 2018-01-01')
  .refine((value) => isRealDate(value), 'must be a real calendar date, for example 2018-01-01');

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
