import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { anonymous } from '../../platform/authz';
import { AppError, ValidationError } from '../../platform/errors';
import { TEXT_SIZES, type AppEnv, type TextSize } from '../../platform/http/context';
import { localHref, localeOfPath } from '../../platform/http/locale';
import { isLocale, type Locale } from '../../platform/i18n';
import { errors } from '../locales/errors';
import type { PageContext } from '../page-context';
import { Layout } from './layout';

/**
 * The error page for the web (the API answers JSON). It must work even when the request failed
 * before the locale, actor or CSRF token were set, so it reads each with a safe default, and if
 * rendering itself fails it still answers with plain text rather than throwing again.
 */
export async function renderErrorPage(c: Context<AppEnv>, status: number, error: AppError | null): Promise<Response> {
  const code = (status >= 400 && status <= 599 ? status : 500) as ContentfulStatusCode;
  try {
    const p = safePageContext(c);
    const page = <ErrorPage p={p} status={code} error={error} />;
    return c.html(await page.toString(), code);
  } catch {
    return new Response(code === 404 ? 'Not found' : 'Something went wrong', {
      status: code,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
}

function safePageContext(c: Context<AppEnv>): PageContext {
  const vars = (c.var ?? {}) as Partial<AppEnv['Variables']>;
  let url = '/';
  try {
    const parsed = new URL(c.req.url);
    url = parsed.pathname + parsed.search;
  } catch {
    // keep '/'
  }
  const path = url.split('?')[0] ?? '/';
  const locale: Locale = isLocale(vars.locale) ? vars.locale : localeOfPath(path);
  const textSize: TextSize = vars.textSize && TEXT_SIZES.includes(vars.textSize) ? vars.textSize : 'normal';
  return {
    locale,
    path,
    url,
    actor: vars.actor ?? anonymous,
    csrfToken: vars.csrfToken ?? '',
    textSize,
    href: (to) => localHref(locale, to),
  };
}

function ErrorPage({ p, status, error }: { p: PageContext; status: number; error: AppError | null }) {
  const t = errors(p.locale);
  const [title, text] = wordsFor(t, status);
  const fieldErrors = error instanceof ValidationError ? Object.entries(error.fieldErrors) : [];
  // Our own messages are in English; show them only for errors the reader can act on.
  const detail = error && status !== 404 && status < 500 ? error.message : null;
  return (
    <Layout p={p} title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      {detail ? (
        <div class="section">
          <p>{t.details}</p>
          <p lang="en">{detail}</p>
        </div>
      ) : null}
      {fieldErrors.length > 0 ? (
        <div class="ds-error-summary section">
          <h2>{t.fieldErrors}</h2>
          <ul class="plain-list">
            {fieldErrors.map(([field, messages]) => (
              <li>
                <code>{field}</code>: <span lang="en">{messages.join('; ')}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="muted">{t.statusCode(status)}</p>
      <p>
        <a href={p.href('/')}>{t.goHome}</a>
      </p>
    </Layout>
  );
}

function wordsFor(t: ReturnType<typeof errors>, status: number): [string, string] {
  switch (status) {
    case 400:
    case 422:
      return [t.badRequestTitle, t.badRequestText];
    case 401:
      return [t.unauthenticatedTitle, t.unauthenticatedText];
    case 403:
      return [t.forbiddenTitle, t.forbiddenText];
    case 404:
      return [t.notFoundTitle, t.notFoundText];
    case 409:
      return [t.conflictTitle, t.conflictText];
    case 413:
      return [t.tooLargeTitle, t.tooLargeText];
    case 429:
      return [t.tooManyTitle, t.tooManyText];
    default:
      return status >= 500 ? [t.serverErrorTitle, t.serverErrorText] : [t.otherTitle, t.otherText];
  }
}
