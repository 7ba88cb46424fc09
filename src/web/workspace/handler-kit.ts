import type { Context } from 'hono';
import { ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import type { PageContext } from '../page-context';
import type { FieldMessages } from './form-kit';
import { WORKSPACE } from './paths';

/** Anonymous visitors sign in first and come back to `back` (a bokmål path, shown in their language). */
export function toSignIn(c: Context<AppEnv>, p: PageContext, back: string) {
  return c.redirect(`${p.href(WORKSPACE.signIn)}?neste=${encodeURIComponent(p.href(back))}`, 303);
}

/** After a save: back to the page with a success message (POST → 303 → GET, so reloading does not post again). */
export function savedRedirect(c: Context<AppEnv>, p: PageContext, path: string, what: string) {
  return c.redirect(`${p.href(path)}?lagret=${encodeURIComponent(what)}`, 303);
}

/** The posted text fields (files, which no workspace form sends, are left out). */
export async function postedValues(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') values[key] = value;
  }
  return values;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldMessages };

/**
 * Runs a command for a form. Field errors come back to show at the fields (English sentences). A
 * refusal for lack of permission becomes 404: a page must not confirm that a record exists to
 * someone who may not see it.
 */
export async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, errors: englishMessages(error.fieldErrors) };
    if (error instanceof ForbiddenError) throw new NotFoundError();
    throw error;
  }
}

export function englishMessages(fieldErrors: Record<string, string[]>): FieldMessages {
  return Object.fromEntries(Object.entries(fieldErrors).map(([key, list]) => [key, list.map((text) => ({ text, english: true }))]));
}

/** `1` → 1; anything that is not a positive whole number → null. */
export function idOf(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,12}$/.test(value.trim())) return null;
  const id = Number(value);
  return id > 0 ? id : null;
}

/**
 * A date as Norwegians write it (31.12.2018, also 1.1.2019) in the ISO form the commands take; any
 * other text is passed on as it is, for the command to accept or to refuse with a field error.
 */
export function isoDate(value: string | undefined): string {
  const text = (value ?? '').trim();
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!match) return text;
  const [, day, month, year] = match as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
