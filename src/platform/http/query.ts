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
  .refine(isIsoDate, 'must be a real calendar date, for example 2018-01-01');

/** A real calendar date written YYYY-MM-DD (2018-02-30 and 2018-13-40 are not). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years below 100 as written
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
