import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown that editors write, turned into HTML that is safe to put in a page: `marked` first, then
 * `sanitize-html` with a tight allow-list. Nothing outside the list survives: no script, style,
 * iframe, event attribute or `javascript:` link. Headings start at h2 (the page title is the h1).
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'blockquote', 'code', 'pre',
    'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'rel'], th: ['scope'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Scripts and styles go with their content; other unknown tags leave their (escaped) text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => ({ tagName, attribs: { ...(attribs.href ? { href: attribs.href } : {}), rel: 'noopener' } }),
    th: (tagName, attribs) => ({ tagName, attribs: attribs.scope === 'row' ? { scope: 'row' } : { scope: 'col' } }),
  },
};

/** The sanitized HTML of `markdown`, with wide tables in a frame that scrolls (reflow at 320 px). */
export function renderMarkdown(markdown: string, tableLabel = 'Tabell'): string {
  const html = sanitizeHtml(marked.parse(markdown) as string, ALLOWED);
  const label = sanitizeHtml(tableLabel, { allowedTags: [], allowedAttributes: {} }).replace(/"/g, '&quot;');
  return html
    .replace(/<table>/g, `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}"><table>`)
    .replace(/<\/table>/g, '</table></div>');
}

/** The words of `markdown` without any markup, for search and for descriptions. */
export function markdownToText(markdown: string): string {
  // A space where each tag was keeps words of adjacent blocks apart ("Tittel" and "Hei" not "TittelHei").
  const spaced = sanitizeHtml(marked.parse(markdown) as string, ALLOWED).replace(/</g, ' <');
  const text = sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}
