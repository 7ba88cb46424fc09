import { raw } from 'hono/html';
import { renderMarkdown } from '../../../modules/site';
import { pickText, type Locale, type LocalizedText } from '../../../platform/i18n';
import { FallbackNote } from '../../components/localized';
import { site as messages } from '../../locales/site';
import type { PageContext } from '../../page-context';

/**
 * The one place in the program that writes HTML without escaping it, and safe to: `renderMarkdown`
 * passes the Markdown through sanitize-html with a tight allow-list (no script, style, iframe, event
 * attribute or javascript: link survives), and the CSP forbids inline scripts besides.
 */
export function SanitizedMarkdown({ markdown, lang, tableLabel }: { markdown: string; lang: Locale; tableLabel: string }) {
  return <div lang={lang}>{raw(renderMarkdown(markdown, tableLabel))}</div>;
}

/** Markdown that editors wrote, in the reader's language or visibly in the language it exists in. */
export function MarkdownBody({ p, text, translations }: { p: PageContext; text: LocalizedText; translations: Locale[] }) {
  const picked = pickText(text, p.locale);
  if (!picked) return null;
  return (
    <div class="prose">
      <SanitizedMarkdown markdown={picked.text} lang={picked.lang} tableLabel={messages(p.locale).tableLabel} />
      {picked.fallback ? <FallbackNote p={p} lang={picked.lang} /> : null}
      <TranslationNote p={p} lang={picked.lang} translations={translations} />
    </div>
  );
}

/** "Translation, not the original", when the text shown is in a language its editors marked so. */
export function TranslationNote({ p, lang, translations }: { p: PageContext; lang: Locale; translations: Locale[] }) {
  if (!translations.includes(lang)) return null;
  return <p class="fallback-note">{messages(p.locale).translationNote}</p>;
}

/** Said of everything written for the demo rather than taken from a source. */
export function IllustrativeNote({ p, illustrative }: { p: PageContext; illustrative: boolean }) {
  if (!illustrative) return null;
  const t = messages(p.locale);
  return (
    <p class="source-note">
      <strong>{t.illustrative}:</strong> {t.illustrativeNote}
    </p>
  );
}
