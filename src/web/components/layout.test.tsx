import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { localHref } from '../../platform/http/locale';
import type { Locale } from '../../platform/i18n';
import type { PageContext } from '../page-context';
import { renderErrorPage } from './error-page';
import { Layout } from './layout';

function context(overrides: Partial<PageContext> & { locale?: Locale } = {}): PageContext {
  const locale = overrides.locale ?? 'nb';
  return {
    locale,
    path: '/vestregionen',
    url: '/vestregionen',
    actor: { kind: 'anonymous' },
    csrfToken: 'token-123',
    textSize: 'normal',
    href: (path) => localHref(locale, path),
    ...overrides,
  };
}

const render = async (node: any) => String(await node.toString());

describe('Layout', () => {
  it('names the page and the cooperation in the title and shows the menu with its bodies', async () => {
    const html = await render(
      <Layout
        p={context()}
        title="Medlemmer"
        cooperation={{ slug: 'vestregionen', name: 'Vestregionen', bodies: [{ slug: 'styringsgruppen', name: 'Styringsgruppen' }] }}
      >
        <h1>Medlemmer</h1>
      </Layout>,
    );
    expect(html).toContain('<title>Medlemmer – Vestregionen</title>');
    expect(html).toContain('href="/vestregionen/organer/styringsgruppen"');
    expect(html).toContain('Om samarbeidet');
    expect(html).toContain('href="/vestregionen" aria-current="page"');
    expect(html).toContain('href="/logg-inn"');
  });

  it('shows a signed-in user, the workspace link and a sign-out form with the CSRF token', async () => {
    const actor: Actor = { kind: 'user', userId: 1, name: 'Kari <Testesen>', email: 'kari@example.no', grants: [] };
    const html = await render(
      <Layout p={context({ actor, locale: 'en', path: '/en', url: '/en' })} title="Home">
        <h1>Home</h1>
      </Layout>,
    );
    expect(html).toContain('Kari &lt;Testesen&gt;');
    expect(html).toContain('href="/en/arbeidsflate"');
    expect(html).toMatch(/<form[^>]*method="post"[^>]*action="\/en\/logg-ut"/);
    expect(html).toContain('name="_csrf" value="token-123"');
    expect(html).not.toContain('href="/en/logg-inn"');
    expect(html).toContain('<title>Home – Samråd</title>');
  });
});

describe('renderErrorPage', () => {
  it('renders even when no middleware has set the locale, actor or token', async () => {
    const app = new Hono<AppEnv>();
    app.get('*', (c) => renderErrorPage(c, 500, null));
    const res = await app.request('/en/anything');
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('Something went wrong');
    const nb = await app.request('/noe');
    expect(await nb.text()).toContain('Noe gikk galt');
  });
});
