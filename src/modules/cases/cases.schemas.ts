import { z } from 'zod';
import { optionalText, recordId, requiredText } from '../../platform/input';
import { PROPOSAL_KIND_KEYS } from './cases.catalog';

// Inputs of the case commands (field names are column names, so forms post them as they are).
// The building blocks below are shared with the meetings module through index.ts.

/** A checkbox posts "on"; JSON sends a boolean; absent is `fallback`. */
export const flagInput = (fallback: boolean) =>
  z
    .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])])
    .optional()
    .transform((value) => (value === undefined ? fallback : value === true || value === 'on' || value === 'true' || value === '1'));

/**
 * A list of short texts (numbered points, amendments, names present): a JSON array, or a textarea
 * with one entry per line; blank lines are dropped, and "1. " before a point is not part of it.
 */
export const textLinesInput = (max: number, itemMax = 4000) =>
  z
    .union([z.array(z.string()), z.string(), z.null()])
    .optional()
    .transform((value) => {
      if (value === undefined) return undefined;
      if (value === null) return [];
      const lines = Array.isArray(value) ? value : value.split(/\r?\n/);
      return lines.map((line) => line.replace(/^\s*\d+[.)]\s+/, '').trim()).filter((line) => line !== '');
    })
    .pipe(
      z
        .array(z.string().max(itemMax, `each entry must be at most ${itemMax} characters`))
        .max(max, `must have at most ${max} entries`)
        .optional(),
    );

/** Public, or exempt with its legal basis (offentleglova §). Not public without a basis is refused. */
export const exemptionFields = {
  is_public: flagInput(true),
  exempt_basis: optionalText(200),
};

export function exemptionCheck(value: { is_public?: boolean; exempt_basis?: string | null }, ctx: z.RefinementCtx) {
  if (value.is_public === false && !value.exempt_basis) {
    ctx.addIssue({ code: 'custom', path: ['exempt_basis'], message: 'must give the legal basis when it is not public, for example "Offl. § 14"' });
  }
}

/** What marks a record as added for the demo; the pages show it as "Illustrasjon". */
export const illustrativeFields = {
  is_illustrative: flagInput(false),
  illustrative_note: optionalText(2000),
};

const caseFields = {
  title: requiredText(300),
  case_officer: optionalText(200),
  archive_reference: optionalText(60),
  proposal_kind: z.enum(PROPOSAL_KIND_KEYS, { error: `must be one of: ${PROPOSAL_KIND_KEYS.join(', ')}` }).optional(),
  proposal_text: optionalText(20_000),
  proposal_points: textLinesInput(50),
  background: optionalText(100_000),
  assessment: optionalText(100_000),
  language: z.enum(['nb', 'nn', 'en'], { error: 'must be one of: nb, nn, en' }).optional(),
  ...exemptionFields,
  ...illustrativeFields,
};

export const createCaseInput = z.object({ cooperation_id: recordId, ...caseFields }).superRefine(exemptionCheck);
export type CreateCaseInput = z.input<typeof createCaseInput>;

/** Every field is replaced by what is sent; fields not sent keep their value. */
export const updateCaseInput = z
  .object({
    case_id: recordId,
    ...caseFields,
    title: caseFields.title.optional(),
    is_public: flagInput(true).optional(),
    is_illustrative: flagInput(false).optional(),
  })
  .superRefine(exemptionCheck);
export type UpdateCaseInput = z.input<typeof updateCaseInput>;
