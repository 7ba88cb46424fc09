import { pickText, type Locale, type LocalizedText } from '../../platform/i18n';
import { common } from '../locales/common';
import type { PageContext } from '../page-context';

/**
 * Text that people wrote, in the reader's language or, when it is missing there, in the language it
 * exists in: marked with `lang` so it is read aloud right, and with a visible note saying so.
 * Blank lines separate paragraphs.
 */
export function LocalizedProse({ p, text, class: className }: { p: PageContext; text: LocalizedText | null | undefined; class?: string }) {
  const picked = pickText(text, p.locale);
  if (!picked) return null;
  const paragraphs = picked.text.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
  return (
    <div class={className}>
      <div lang={picked.lang}>
        {paragraphs.map((para) => (
          <p>{para}</p>
        ))}
      </div>
      {picked.fallback ? <FallbackNote p={p} lang={picked.lang} /> : null}
    </div>
  );
}

/**
 * One line of people's text with its language. Names (of bodies, say) are proper nouns: they carry
 * `lang` but no note unless asked for; a phrase that reads as a translation should pass `note`.
 */
export function LocalizedInline({ p, text, note }: { p: PageContext; text: LocalizedText | null | undefined; note?: boolean }) {
  const picked = pickText(text, p.locale);
  if (!picked) return null;
  return (
    <>
      <span lang={picked.lang}>{picked.text}</span>
      {picked.fallback && note ? (
        <>
          {' '}
          <FallbackNote p={p} lang={picked.lang} inline />
        </>
      ) : null}
    </>
  );
}

export function FallbackNote({ p, lang, inline }: { p: PageContext; lang: Locale; inline?: boolean }) {
  const t = common(p.locale);
  const note = t.fallbackNote(t.languageName(lang));
  return inline ? <span class="fallback-note">{note}</span> : <p class="fallback-note">{note}</p>;
}

/** The plain string for places that take no markup (titles, attributes, labels from fixed lists). */
export function textIn(p: PageContext, text: LocalizedText | null | undefined): string {
  return pickText(text, p.locale)?.text ?? '';
}
