import type { Context } from 'hono';
import { getDocument } from '../../../modules/archive';
import { getCooperationById } from '../../../modules/cooperations';
import { bodiesOf } from '../../../modules/people';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate, pickText } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { archive as messages } from '../../locales/archive';
import { pageContext } from '../../page-context';
import { cooperationShell } from '../shell';
import { fileTypeLabel, formatBytes, kindLabel, languageLabel } from './labels';

/** A long text is shown up to here; the whole is in the file (and in the API). */
const PREVIEW_CHARS = 20_000;

/** `/dokumenter/:id`: what the document is, its text, and the file to download. */
export async function documentPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const id = Number(c.req.param('id'));
  const doc = Number.isInteger(id) && id > 0 ? await getDocument(c.var.db, id, c.var.actor) : undefined;
  if (!doc) throw new NotFoundError('No such document.');
  const coop = await getCooperationById(c.var.db, doc.cooperationId);
  if (!coop) throw new NotFoundError('No such document.');
  const bodies = await bodiesOf(c.var.db, coop.id);
  const body = bodies.find((b) => b.id === doc.bodyId);
  const cut = doc.text.length > PREVIEW_CHARS;
  const paragraphs = doc.text.slice(0, PREVIEW_CHARS).split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
  const otherLanguage = doc.language === p.locale ? undefined : doc.language;
  return c.html(
    <Layout p={p} title={doc.title} description={doc.description ?? `${kindLabel(p.locale, doc.kind)}, ${formatDate(doc.documentDate, p.locale)}`} cooperation={await cooperationShell(c.var.db, coop, p.locale, bodies)}>
      <h1 lang={otherLanguage}>{doc.title}</h1>
      {doc.description ? <p class="lead" lang={otherLanguage}>{doc.description}</p> : null}
      <section aria-labelledby="facts-heading" class="section">
        <h2 id="facts-heading">{t.documentFacts}</h2>
        <dl class="facts">
          <dt>{t.colType}</dt>
          <dd>{kindLabel(p.locale, doc.kind)}</dd>
          <dt>{t.published}</dt>
          <dd>{formatDate(doc.documentDate, p.locale)}</dd>
          <dt>{t.colCooperation}</dt>
          <dd>
            <a href={p.href(`/${coop.slug}`)}>{coop.name}</a>
          </dd>
          {body ? (
            <>
              <dt>{t.bodyLabel}</dt>
              <dd>
                <a href={p.href(`/${coop.slug}/organer/${body.slug}`)}>{pickText(body.name, p.locale)?.text ?? body.slug}</a>
              </dd>
            </>
          ) : null}
          <dt>{t.language}</dt>
          <dd>{languageLabel(p.locale, doc.language)}</dd>
          <dt>{t.access}</dt>
          <dd>{doc.isPublic ? t.accessPublic : doc.exemptBasis ? t.accessExempt(doc.exemptBasis) : t.accessInternal}</dd>
          {doc.downloadHref ? (
            <>
              <dt>{t.file}</dt>
              <dd>
                <a href={p.href(doc.downloadHref)} download={doc.fileName ?? undefined}>
                  {t.download(doc.fileName ?? doc.title)}
                </a>{' '}
                ({t.fileSize(formatBytes(doc.size ?? 0), fileTypeLabel(doc.mediaType))})
              </dd>
            </>
          ) : null}
        </dl>
        {doc.href !== `/dokumenter/${doc.id}` ? (
          <p>
            <a href={p.href(doc.href)}>{t.readOnSite}</a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="text-heading" class="section document-text" lang={otherLanguage}>
        <h2 id="text-heading">{t.textHeading}</h2>
        {paragraphs.length === 0 ? <p>{t.noText}</p> : paragraphs.map((para) => <p>{para}</p>)}
        {cut ? <p class="muted">{t.textCut}</p> : null}
      </section>
      <p>
        <a href={p.href(`/${coop.slug}/arkiv`)}>{t.backToArchive(coop.name)}</a>
      </p>
    </Layout>,
  );
}
