import type { Context } from 'hono';
import { AccountDisabledError, InvalidCredentialsError, signIn, signOut } from '../../modules/accounts';
import { TooManyRequestsError, ValidationError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { COOKIE, setAppCookie } from '../../platform/http/cookies';
import { CSRF_FIELD } from '../../platform/http/csrf';
import { Layout } from '../components/layout';
import { accounts } from '../locales/accounts';
import { pageContext, type PageContext } from '../page-context';
import { clientIp } from './client-ip';
import { WORKSPACE } from './paths';
import { safeNextPath } from './safe-next';

type Field = 'email' | 'password';

interface FormState {
  email: string;
  next: string | null;
  /** Messages under a field, which the summary repeats and links to. */
  fieldErrors: Partial<Record<Field, string>>;
  /** A message about the whole attempt (wrong password, locked out), linked to the first field. */
  formError: string | null;
}

/** `GET /logg-inn`. Someone already signed in goes straight on. */
export function signInPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const next = safeNextPath(c.req.query('neste'));
  if (p.actor.kind === 'user') return c.redirect(next ?? p.href(WORKSPACE.home), 303);
  return render(c, p, { email: '', next, fieldErrors: {}, formError: null }, 200);
}

/** `POST /logg-inn` (the CSRF middleware has already checked the form's token). */
export async function signInSubmit(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = accounts(p.locale);
  const body = await c.req.parseBody();
  const email = typeof body.email === 'string' ? body.email.trim() : '';
  const password = typeof body.password === 'string' ? body.password : '';
  const state: FormState = { email, next: safeNextPath(body.neste), fieldErrors: {}, formError: null };

  if (!email) state.fieldErrors.email = t.emailRequired;
  if (!password) state.fieldErrors.password = t.passwordRequired;
  if (state.fieldErrors.email || state.fieldErrors.password) return render(c, p, state, 422);

  let signedIn;
  try {
    signedIn = await signIn(c.var.db, { email, password, ip: clientIp(c) }, { sessionDays: c.var.config.sessionDays });
  } catch (error) {
    if (error instanceof TooManyRequestsError) {
      c.header('Retry-After', String(error.retryAfterSeconds));
      return render(c, p, { ...state, formError: t.tooManyAttempts(Math.ceil(error.retryAfterSeconds / 60)) }, 429);
    }
    if (error instanceof AccountDisabledError) return render(c, p, { ...state, formError: t.accountDisabled }, 422);
    // A password too long to be anyone's is just a wrong password to the reader.
    if (error instanceof InvalidCredentialsError || error instanceof ValidationError) {
      return render(c, p, { ...state, formError: t.wrongCredentials }, 422);
    }
    throw error;
  }
  // Signing in again replaces the session this browser had, rather than leaving it behind.
  if (c.var.sessionId) await signOut(c.var.db, c.var.sessionId);
  setAppCookie(c, COOKIE.session, signedIn.token, signedIn.maxAgeSeconds);
  return c.redirect(state.next ?? p.href(WORKSPACE.home), 303);
}

function render(c: Context<AppEnv>, p: PageContext, state: FormState, status: 200 | 422 | 429) {
  // The form carries this browser's CSRF token: no cache may hand it to another browser.
  c.header('Cache-Control', 'no-store');
  const t = accounts(p.locale);
  const failed = state.formError !== null || Object.keys(state.fieldErrors).length > 0;
  return c.html(
    <Layout p={p} title={failed ? `${t.errorPrefix} ${t.signInTitle}` : t.signInTitle}>
      <h1>{t.signInTitle}</h1>
      <p>{t.signInIntro}</p>
      <SignInForm p={p} state={state} />
      <p class="muted">{t.noAccount}</p>
    </Layout>,
    status,
  );
}

function SignInForm({ p, state }: { p: PageContext; state: FormState }) {
  const t = accounts(p.locale);
  const summary: Array<{ field: Field; message: string }> = [
    ...(state.formError ? [{ field: 'email' as const, message: state.formError }] : []),
    ...(['email', 'password'] as const).flatMap((field) => {
      const message = state.fieldErrors[field];
      return message ? [{ field, message }] : [];
    }),
  ];
  const invalid = (field: Field) => state.fieldErrors[field] !== undefined || state.formError !== null;
  return (
    <form class="section" method="post" action={p.href(WORKSPACE.signIn)} novalidate>
      {summary.length > 0 ? (
        <div class="ds-error-summary" role="alert" aria-labelledby="sign-in-errors">
          <h2 id="sign-in-errors">{t.errorSummary}</h2>
          <ul>
            {summary.map((item) => (
              <li>
                <a href={`#${item.field}`}>{item.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <input type="hidden" name={CSRF_FIELD} value={p.csrfToken} />
      {state.next ? <input type="hidden" name="neste" value={state.next} /> : null}
      <FormField id="email" label={t.email} error={state.fieldErrors.email}>
        <input
          class="ds-input"
          id="email"
          name="email"
          type="email"
          value={state.email}
          autocomplete="username"
          autocapitalize="none"
          spellcheck={false}
          required
          aria-invalid={invalid('email') ? 'true' : undefined}
          aria-describedby={state.fieldErrors.email ? 'email-error' : undefined}
        />
      </FormField>
      <FormField id="password" label={t.password} error={state.fieldErrors.password}>
        <input
          class="ds-input"
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          aria-invalid={invalid('password') ? 'true' : undefined}
          aria-describedby={state.fieldErrors.password ? 'password-error' : undefined}
        />
      </FormField>
      <div>
        <button class="ds-button" type="submit">
          {t.signInButton}
        </button>
      </div>
    </form>
  );
}

function FormField(props: { id: Field; label: string; error: string | undefined; children: any }) {
  return (
    <div class="ds-field">
      <label class="ds-label" for={props.id}>
        {props.label}
      </label>
      {props.children}
      {props.error ? (
        <p class="ds-validation-message" data-field="validation" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
