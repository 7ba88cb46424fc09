import { z } from 'zod';
import { LOCALES, type LocalizedText } from './i18n';
import { blankToNull } from './input';

// The input schema of text in several languages, shared by every module that stores one (as JSON,
// see i18n.ts). Blank strings from forms count as "not given", so a language left empty is left out.


const languageText = (max: number) =>
  z
    .string()
    .nullable()
    .transform(blankToNull)
    .pipe(z.string().max(max, `must be at most ${max} characters`).nullable())
    .optional();

/** Text in bokmål, nynorsk and English, each at most `max` characters; languages left blank are left out. */
export const localizedTextOf = (max: number) =>
  z.object({ nb: languageText(max), nn: languageText(max), en: languageText(max) }).transform((text): LocalizedText => {
    const result: LocalizedText = {};
    for (const lang of LOCALES) {
      const value = text[lang];
      if (value) result[lang] = value;
    }
    return result;
  });

/** Longer text in several languages (a purpose, a source note, a composition). */
export const localizedTextInput = localizedTextOf(5000);
