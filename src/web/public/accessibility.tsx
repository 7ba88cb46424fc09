import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { formatLongDate } from '../../platform/i18n';
import { Layout } from '../components/layout';
import { accessibility as messages } from '../locales/accessibility';
import { pageContext } from '../page-context';

/** Change this date whenever the statement's content changes. */
const STATEMENT_UPDATED_ON = '2026-11-23';

/**
 * Where feedback goes. No installation-wide contact exists yet (cooperations have no contact field),
 * so this is a reserved example address (.invalid never resolves) and the page says so beside it.
 */
const FEEDBACK_ADDRESS = 'tilgjengelighet@samrad.invalid';

/** `/tilgjengelighetserklaering`: the accessibility statement, following uutilsynet's model. */
export function accessibilityPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const section = (id: string, title: string, body: any) => (
    <section class="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {body}
    </section>
  );
  return c.html(
    <Layout p={p} title={t.title} description={t.description}>
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      {section(
        'status',
        t.statusTitle,
        <>
          <p>
            <strong>{t.statusLabel}</strong>
          </p>
          <p>{t.status}</p>
        </>,
      )}
      {section(
        'deviations',
        t.deviationsTitle,
        <ul class="plain-list">
          {[t.deviation1, t.deviation2, t.deviation3, t.deviation4, t.deviation5].map((d) => (
            <li>{d}</li>
          ))}
        </ul>,
      )}
      {section(
        'testing',
        t.testingTitle,
        <ul class="plain-list">
          {[t.testing1, t.testing2, t.testing3, t.testing4, t.testing5].map((d) => (
            <li>{d}</li>
          ))}
        </ul>,
      )}
      {section(
        'feedback',
        t.feedbackTitle,
        <>
          <p>{t.feedback}</p>
          <dl class="facts">
            <dt>{t.contactLabel}</dt>
            <dd>
              <a href={`mailto:${FEEDBACK_ADDRESS}`}>{FEEDBACK_ADDRESS}</a>
              <br />
              <span class="fallback-note">{t.placeholderNote}</span>
            </dd>
          </dl>
        </>,
      )}
      {section(
        'complaint',
        t.complaintTitle,
        <>
          <p>{t.complaint}</p>
          <p>
            <a href="https://www.uutilsynet.no/">{t.complaintLink}</a>
          </p>
        </>,
      )}
      {section('law', t.lawTitle, <p>{t.law}</p>)}
      <p class="muted">{t.updated(formatLongDate(STATEMENT_UPDATED_ON, p.locale))}</p>
    </Layout>,
  );
}
