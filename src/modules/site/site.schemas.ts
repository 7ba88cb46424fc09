import { z } from 'zod';
import { LOCALES, type Locale } from '../../platform/i18n';
import { isoDateParam } from '../../platform/http/query';
import { recordId, slugOf } from '../../platform/input';
import { localizedTextOf } from '../../platform/localized-text';

// Inputs of the site's commands. Field names are column names, so field errors name the form's fields.

/**
 * Paths a cooperation's fixed pages use (`/vestregionen/moter` …): a page may not take one, or it
 * would never be reached (the site's router is mounted after all of them).
 */
export const RESERVED_SLUGS = ['moter', 'tjenester', 'nyheter', 'undersokelser', 'arkiv', 'medlemmer', 'organer', 'saker', 'prosesser', 'dokumenter', 'sok'] as const;

export const pageSlug = slugOf('om-vestregionen').refine((slug) => !(RESERVED_SLUGS as readonly string[]).includes(slug), {
  message: `is used by a fixed page of the site (${RESERVED_SLUGS.join(', ')}): choose another`,
});

/** A checkbox posts "on"; JSON sends a boolean; absent is false. */
export const flag = z
  .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])])
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true' || value === '1');

export const optionalId = z
  .union([z.number(), z.string()])
  .nullable()
  .transform((value) => (value === null || (typeof value === 'string' && value.trim() === '') ? null : Number(value)))
  .pipe(z.number().int('must be a whole number').positive('must be a positive number').nullable())
  .optional();

/** The languages whose text is a translation, not the original: `["en"]` or `{ en: true }` from a form. */
export const translationsInput = z
  .union([z.array(z.enum(LOCALES)), z.object({ nb: flag, nn: flag, en: flag })])
  .optional()
  .transform((value): Partial<Record<Locale, true>> => {
    const list = Array.isArray(value) ? value : LOCALES.filter((l) => value?.[l]);
    return Object.fromEntries(list.map((l) => [l, true]));
  });

const titleText = localizedTextOf(200).refine((text) => Object.keys(text).length > 0, 'must be given in at least one language');
const orderInput = z.coerce.number().int('must be a whole number').min(0, 'must be 0 or more').max(10_000, 'must be at most 10000');

export const savePageInput = z.object({
  cooperation_id: recordId,
  /** Absent: a new page. */
  page_id: optionalId,
  slug: pageSlug,
  parent_id: optionalId,
  menu_order: orderInput.optional(),
  show_in_menu: flag,
  title: titleText,
  summary: localizedTextOf(500).optional(),
  body: localizedTextOf(50_000).optional(),
  translations: translationsInput,
  illustrative: flag,
  process_id: optionalId,
});
export type SavePageInput = z.input<typeof savePageInput>;

export const publishInput = z.object({ id: recordId, publish: flag });
export type PublishInput = z.input<typeof publishInput>;

export const restoreRevisionInput = z.object({ page_id: recordId, revision_id: recordId });
export type RestoreRevisionInput = z.input<typeof restoreRevisionInput>;

export const saveNewsInput = z.object({
  cooperation_id: recordId,
  news_id: optionalId,
  slug: slugOf('generalforsamlingen-vedtok'),
  title: titleText,
  summary: localizedTextOf(500).optional(),
  body: localizedTextOf(50_000).optional(),
  translations: translationsInput,
  illustrative: flag,
  published_on: isoDateParam,
});
export type SaveNewsInput = z.input<typeof saveNewsInput>;
