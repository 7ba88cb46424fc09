import type { Context } from 'hono';
import { ACCEPTED_UPLOAD_TYPES, canManageArchive, listDocuments, type DocumentSummary } from '../../../modules/archive';
import type { CooperationView } from '../../../modules/cooperations';
import { bodiesOf } from '../../../modules/people';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate, formatNumber, pickText } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { archive as messages } from '../../locales/archive';
import type { PageContext } from '../../page-context';
import { kindLabel } from '../../public/archive/labels';
import { CooperationNav, onCooperation, refuseUnless } from '../cooperation-kit';
import { Checkbox, Csrf, ErrorSummary, FormMessages, FormModel, SelectInput, TextArea, TextInput, type FailedForm } from '../form-kit';
import { MANAGE } from '../manage-paths';
import { Pagination } from '../pagination';
import { FileField } from '../file-field';

export const UPLOAD_FORM = 'upload-document';
const PAGE_SIZE = 25;

/** `GET /arbeidsflate/samarbeid/:slug/arkiv`: every document, internal ones too, and the upload form. */
export const manageArchivePage = onCooperation(MANAGE.archive, async ({ c, p, coop }) => {
  refuseUnless(canManageArchive, { p, coop });
  return renderArchive(c, p, coop, null);
});

/** `problems`: why a change of access was refused (English sentences from the command), shown at the top. */
export async function renderArchive(
  c: Context<AppEnv>,
  p: PageContext,
  coop: CooperationView,
  failed: FailedForm | null,
  status: 200 | 422 = 200,
  problems: string[] = [],
) {
  const t = messages(p.locale);
  const page = Math.max(1, Math.min(10_000, Number(c.req.query('page')) || 1));
  const [bodies, { items, total }] = await Promise.all([
    bodiesOf(c.var.db, coop.id),
    listDocuments(c.var.db, { cooperationId: coop.id, publicOnly: false }, { page, limit: PAGE_SIZE }),
  ]);
  const f = new FormModel(p, UPLOAD_FORM, {
    failed,
    defaults: { is_public: 'on', kind: 'attachment' },
    labels: {
      file: t.fileLabel,
      title: t.titleLabel,
      description: t.descriptionLabel,
      kind: t.typeLabel,
      body_id: t.bodyLabel,
      document_date: t.dateLabel,
      is_public: t.publicLabel,
      exempt_basis: t.exemptLabel,
    },
  });
  const title = t.manageTitle(coop.name);
  const done = failed ? undefined : savedText(p, c.req.query('lagret'));
  return c.html(
    <Layout p={p} title={f.refused || problems.length > 0 ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="archive" />
      {done ? (
        <div class="ds-alert" data-color="success" role="status">
          <p>{done}</p>
        </div>
      ) : null}
      <ErrorSummary p={p} forms={[f]} />
      {problems.length > 0 ? (
        <div class="ds-alert" data-color="danger" role="alert">
          {problems.map((text) => (
            <p lang={p.locale === 'en' ? undefined : 'en'}>{text}</p>
          ))}
        </div>
      ) : null}
      <section class="section" aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t.allDocumentsCaption}</h2>
        <p role="status">{t.documentCount(formatNumber(total), total)}</p>
        <ul class="plain-list card-list">
          {items.map((doc) => (
            <DocumentCard p={p} coop={coop} doc={doc} />
          ))}
        </ul>
        <Pagination p={p} page={page} pages={Math.max(1, Math.ceil(total / PAGE_SIZE))} hrefFor={(n) => `${p.href(MANAGE.archive(coop.slug))}?page=${n}`} />
      </section>
      <section class="section" aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t.uploadHeading}</h2>
        <p>{t.uploadIntro(formatNumber(Math.round(c.var.config.uploadMaxBytes / 1024 / 1024)))}</p>
        <form class="section" method="post" action={p.href(MANAGE.archive(coop.slug))} enctype="multipart/form-data" novalidate>
          <Csrf p={p} />
          <FormMessages f={f} />
          <FileField f={f} name="file" label={t.fileLabel} hint={t.uploadIntro(formatNumber(Math.round(c.var.config.uploadMaxBytes / 1024 / 1024)))} accept={['.pdf', '.docx', ...ACCEPTED_UPLOAD_TYPES].join(',')} />
          <TextInput f={f} name="title" label={t.titleLabel} required maxlength={300} autocomplete="off" />
          <TextArea f={f} name="description" label={t.descriptionLabel} rows={3} />
          <SelectInput f={f} name="kind" label={t.typeLabel} choices={(['attachment', 'source'] as const).map((k) => ({ value: k, label: kindLabel(p.locale, k) }))} />
          <SelectInput
            f={f}
            name="body_id"
            label={t.bodyLabel}
            choices={[{ value: '', label: '–' }, ...bodies.map((b) => ({ value: String(b.id), label: pickText(b.name, p.locale)?.text ?? b.slug }))]}
          />
          <TextInput f={f} name="document_date" label={t.dateLabel} hint={t.dateHint} required inputmode="numeric" autocomplete="off" />
          <Checkbox f={f} name="is_public" label={t.publicLabel} />
          <TextInput f={f} name="exempt_basis" label={t.exemptLabel} hint={t.exemptHint} maxlength={200} autocomplete="off" />
          <div>
            <button class="ds-button" type="submit">
              {t.uploadButton}
            </button>
          </div>
        </form>
      </section>
    </Layout>,
    status,
  );
}

function savedText(p: PageContext, what: string | undefined): string | undefined {
  const t = messages(p.locale);
  return ({ dokument: t.uploaded, tilgang: t.accessSaved, trukket: t.withdrawn } as Record<string, string>)[what ?? ''];
}

/** One document with its access form and, for uploaded ones, a withdraw button. */
function DocumentCard({ p, coop, doc }: { p: PageContext; coop: CooperationView; doc: DocumentSummary }) {
  const t = messages(p.locale);
  const base = `${MANAGE.archive(coop.slug)}/${doc.id}`;
  const id = `doc-${doc.id}`;
  const access = doc.isPublic ? t.accessPublic : doc.exemptBasis ? t.accessExempt(doc.exemptBasis) : t.accessInternal;
  return (
    <li class="ds-card" aria-labelledby={`${id}-title`}>
      <h3 class="ds-heading" data-size="xs" id={`${id}-title`}>
        <a href={p.href(`/dokumenter/${doc.id}`)}>{doc.title}</a>
      </h3>
      <p class="muted">{[kindLabel(p.locale, doc.kind), formatDate(doc.documentDate, p.locale), access].join(' · ')}</p>
      {doc.generated ? (
        <p class="muted">{t.generatedNote}</p>
      ) : (
        <>
      <form method="post" action={p.href(`${base}/tilgang`)} class="section">
        <Csrf p={p} />
        <div class="ds-field">
          <input class="ds-input" type="checkbox" id={`${id}-public`} name="is_public" value="on" checked={doc.isPublic} />
          <label class="ds-label" for={`${id}-public`}>
            {t.publicLabel}
            <span class="ds-sr-only"> – {doc.title}</span>
          </label>
        </div>
        <div class="ds-field">
          <label class="ds-label" for={`${id}-exempt`}>
            {t.exemptLabel}
            <span class="ds-sr-only"> – {doc.title}</span>
          </label>
          <input class="ds-input" type="text" id={`${id}-exempt`} name="exempt_basis" value={doc.exemptBasis ?? ''} maxlength={200} autocomplete="off" />
        </div>
        <button class="ds-button" type="submit" data-variant="secondary">
          {t.saveAccess}
          <span class="ds-sr-only"> – {doc.title}</span>
        </button>
      </form>
      <form method="post" action={p.href(`${base}/trekk-tilbake`)}>
        <Csrf p={p} />
        <button class="ds-button" type="submit" data-variant="tertiary" aria-label={t.withdrawConfirmLabel(doc.title)}>
          {t.withdraw}
        </button>
      </form>
        </>
      )}
    </li>
  );
}
