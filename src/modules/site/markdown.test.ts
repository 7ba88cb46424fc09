import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './markdown';

// Payloads an editor (or someone who took over an editor's account) might write into a page.
const XSS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<p onclick="alert(1)">klikk</p>',
  '<a href="javascript:alert(1)">lenke</a>',
  '[lenke](javascript:alert(1))',
  '[lenke](JaVaScRiPt:alert(1))',
  '[lenke](  javascript:alert(1))',
  '[lenke](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[lenke](vbscript:msgbox(1))',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<style>body{display:none}</style>',
  '<p style="background:url(javascript:alert(1))">stil</p>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form action="https://evil.example"><input name=x><button>Send</button></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<a href="https://ok.example" target="_blank" onmouseover="alert(1)">ok</a>',
  '<details open ontoggle=alert(1)>',
  '![bilde](x" onerror="alert(1))',
  '<scr<script>ipt>alert(1)</script>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
];

describe('renderMarkdown', () => {
  it.each(XSS)('leaves nothing that can run of %s', (payload) => {
    const html = renderMarkdown(`Tekst før\n\n${payload}\n\nTekst etter`);
    // Text that merely reads like markup is escaped and harmless; what matters is the tags.
    const tags = html.match(/<[^>]*>/g) ?? [];
    for (const tag of tags) {
      expect(tag).toMatch(/^<\/?(h2|h3|h4|p|br|ul|ol|li|a|strong|em|blockquote|code|pre|table|thead|tbody|tr|th|td|div)\b/);
      expect(tag).not.toMatch(/\s(on[a-z]+|style|target|src|srcdoc|action)\s*=/i);
      expect(tag).not.toMatch(/(javascript|vbscript|data):/i);
    }
    // Text before survives; an unclosed <math> or <svg> may take what follows with it, which is safe.
    expect(html).toContain('Tekst før');
  });

  it('keeps the allowed structure: headings from h2, lists, links with rel=noopener, emphasis, quotes, code, tables', () => {
    const html = renderMarkdown(
      '# Tittel\n\n## Del\n\n##### Dypt\n\n- en\n- to\n\n1. første\n\n**fet** og *kursiv* [Asker](https://www.asker.kommune.no) [post](mailto:post@example.org) [intern](/vestregionen/moter)\n\n> sitat\n\n`kode`\n\n| Kommune | Innbyggere |\n|---|---|\n| Asker | 61 000 |',
      'Tabell i teksten',
    );
    expect(html).toContain('<h2>Tittel</h2>');
    expect(html).toContain('<h2>Del</h2>');
    expect(html).toContain('<h4>Dypt</h4>');
    expect(html).not.toContain('<h1');
    expect(html).toMatch(/<ul>\s*<li>en<\/li>/);
    expect(html).toContain('<ol>');
    expect(html).toContain('<strong>fet</strong>');
    expect(html).toContain('<em>kursiv</em>');
    expect(html).toContain('<a href="https://www.asker.kommune.no" rel="noopener">Asker</a>');
    expect(html).toContain('<a href="mailto:post@example.org" rel="noopener">post</a>');
    expect(html).toContain('<a href="/vestregionen/moter" rel="noopener">intern</a>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>kode</code>');
    expect(html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Tabell i teksten"><table>');
    expect(html).toContain('<th scope="col">Kommune</th>');
    expect(html).toMatch(/<\/table><\/div>/);
  });

  it('escapes text that looks like markup, and the table label', () => {
    expect(renderMarkdown('1 < 2 & "sitat"')).toBe('<p>1 &lt; 2 &amp; "sitat"</p>\n');
    expect(renderMarkdown('|a|\n|-|\n|1|', '"><script>')).not.toContain('<script>');
  });
});

describe('markdownToText', () => {
  it('gives the words without markup or scripts, for search', () => {
    expect(markdownToText('# Tittel\n\nHei **du** [lenke](https://x.no)<script>alert(1)</script>\n\n- a & b')).toBe('Tittel Hei du lenke a & b');
  });
});
