import type { Context } from 'hono';
import { acceptUpload, addDocument, extractText, type UploadedFile } from '../../../modules/archive';
import { caseAttachments, getCase, updateCase, type CaseView } from '../../../modules/cases';
import type { CooperationView } from '../../../modules/cooperations';
import { execute } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate, todayInOslo } from '../../../platform/i18n';
import { fileStoreAt } from '../../../platform/storage/file-store';
import { Layout } from '../../components/layout';
import { meetings as messages } from '../../locales/meetings';
import { workspace } from '../../locales/workspace';
import type { PageContext } from '../../page-context';
import { caseHeading } from '../../public/meetings/case-page';
import { formatBytes } from '../../public/archive/labels';
import { ExemptNotice } from '../../public/meetings/parts';
import { CooperationNav, onCooperation } from '../cooperation-kit';
import { Checkbox, Csrf, ErrorSummary, FormMessages, FormModel, TextInput, type FailedForm } from '../form-kit';
import { DOCUMENT_ACCEPT, FileField } from '../file-field';
import { postedValues, savedRedirect } from '../handler-kit';
import { CaseFields, caseInput, caseLabels, caseValues, toCaseFields } from './case-fields';
import { MEETINGS, attemptStep, refuseUnlessSecretariat } from './kit';
import { MeetingsSaved } from './saved';
import { JOINT } from '../joint-cases/paths';
import { jointCases } from '../../locales/joint-cases';

const EDIT = 'edit-case';
const UPLOAD = 'upload';

const casePath = (slug: string, c: Context<AppEnv>) => MEETINGS.case(slug, c.req.param('id') ?? '');

async function caseOf(c: Context<AppEnv>, p: PageContext, coop: CooperationView): Promise<CaseView> {
  const id = Number(c.req.param('id'));
  const found = Number.isSafeInteger(id) ? await getCase(c.var.db, id, p.actor) : null;
  if (!found || found.cooperationId !== coop.id) throw new NotFoundError();
  return found;
}

/** `GET …/moter/saker/:id`: the case editor and its attachments. */
export const caseWorkPage = onCooperation(casePath, async ({ c, p, coop }) => {
  refuseUnlessSecretariat({ p, coop });
  return render(c, p, coop, await caseOf(c, p, coop), null);
});

/** `POST …/moter/saker/:id`: revises the paper through updateCase. */
export const updateCaseSubmit = onCooperation(casePath, async ({ c, p, coop }) => {
  const found = await caseOf(c, p, coop);
  const v = await postedValues(c);
  const outcome = await attemptStep(() => execute(c.var.db, updateCase, p.actor, { case_id: found.id, ...caseInput(v, true) }));
  refuseUnlessSecretariat({ p, coop });
  if (outcome.ok) return savedRedirect(c, p, MEETINGS.case(coop.slug, found.id), 'sak');
  return render(c, p, coop, found, { form: EDIT, values: v, errors: toCaseFields(outcome.errors) }, 422);
});

/**
 * `POST …/moter/saker/:id/vedlegg` (multipart): a PDF or Word attachment through the archive. The
 * file is checked (size, type by its bytes) and stored first; the document and its audit entry are
 * then one command. A stored file whose command is refused is only an unused copy (content-addressed).
 */
export const uploadSubmit = onCooperation(casePath, async ({ c, p, coop }) => {
  const found = await caseOf(c, p, coop);
  const body = await c.req.parseBody();
  const v = await postedValues(c);
  const outcome = await attemptStep(async () => {
    const file: UploadedFile = await acceptUpload('file', body.file, c.var.config.uploadMaxBytes);
    const stored = await fileStoreAt(c.var.config.dataDir).put(file.bytes);
    const isPublic = v.is_public === 'on';
    return execute(c.var.db, addDocument, p.actor, {
      cooperation_id: coop.id,
      kind: 'attachment',
      title: (v.title ?? '').trim() || file.name,
      case_id: found.id,
      document_date: todayInOslo(),
      is_public: isPublic,
      exempt_basis: isPublic ? null : (v.exempt_basis ?? ''),
      file: { key: stored.key, name: file.name, media_type: file.mediaType as never, size: stored.size },
      text: await extractText(file).catch(() => ''),
    });
  });
  refuseUnlessSecretariat({ p, coop });
  if (outcome.ok) return savedRedirect(c, p, MEETINGS.case(coop.slug, found.id), 'vedlegg');
  return render(c, p, coop, found, { form: UPLOAD, values: v, errors: outcome.errors }, 422);
});

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, found: CaseView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = messages(p.locale);
  const attachments = await caseAttachments(c.var.db, found.id, p.actor);
  const edit = new FormModel(p, EDIT, { failed, defaults: caseValues(found), labels: caseLabels(p) });
  const upload = new FormModel(p, UPLOAD, {
    failed,
    defaults: { is_public: 'on' },
    labels: { file: t.uploadFile, title: t.uploadTitle, is_public: t.uploadPublic, exempt_basis: t.exemptBasis },
    prefix: 'upload-',
  });
  const title = caseHeading(p, found);
  const locked = found.path.some((s) => s.meetingStatus === 'minutes_approved');
  const mb = String(Math.round((c.var.config.uploadMaxBytes / 1024 / 1024) * 10) / 10).replace('.', ',');
  return c.html(
    <Layout p={p} title={edit.refused || upload.refused ? `${workspace(p.locale).errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="meetings" />
      <MeetingsSaved p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={[edit, upload]} />
      <p>
        <a href={p.href(MEETINGS.cases(coop.slug))}>{t.casesLink}</a> · <a href={p.href(`/${coop.slug}/saker/${found.id}`)}>{t.publicCasePage}</a> ·{' '}
        <a href={p.href(JOINT.refer(coop.slug, found.id))}>{jointCases(p.locale).referLink}</a>
      </p>
      {found.path.length > 0 ? (
        <ul class="plain-list">
          {found.path.map((s) => (
            <li>
              <a href={p.href(MEETINGS.meeting(coop.slug, s.meetingId))}>{t.onAgendaOf(s.caseNumber, formatDate(s.meetingDate, p.locale))}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {locked ? <p class="ds-alert" data-color="info">{t.caseLocked}</p> : null}
      <section class="section" aria-labelledby="edit-heading">
        <h2 id="edit-heading">{t.caseEditHeading}</h2>
        <form class="section" method="post" action={p.href(MEETINGS.case(coop.slug, found.id))} novalidate>
          <Csrf p={p} />
          <FormMessages f={edit} />
          <CaseFields p={p} f={edit} full />
          <div>
            <button class="ds-button" type="submit">
              {t.saveCase}
            </button>
          </div>
        </form>
      </section>
      <section class="section" aria-labelledby="attachments-heading">
        <h2 id="attachments-heading">{t.attachments}</h2>
        {attachments.length === 0 ? (
          <p>{t.noAttachments}</p>
        ) : (
          <ul class="plain-list">
            {attachments.map((d) => (
              <li>
                {d.downloadHref ? <a href={p.href(d.downloadHref)}>{d.title}</a> : d.title}
                {d.size ? <span class="muted"> ({formatBytes(d.size)})</span> : null}
                {!d.isPublic ? <ExemptNotice p={p} basis={d.exemptBasis} /> : null}
              </li>
            ))}
          </ul>
        )}
        <form class="section" method="post" action={p.href(MEETINGS.attachments(coop.slug, found.id))} enctype="multipart/form-data" novalidate aria-labelledby="upload-heading">
          <h3 id="upload-heading">{t.uploadHeading}</h3>
          <Csrf p={p} />
          <FormMessages f={upload} />
          <FileField f={upload} name="file" label={t.uploadFile} hint={t.uploadHint(mb)} accept={DOCUMENT_ACCEPT} />
          <TextInput f={upload} name="title" label={t.uploadTitle} hint={t.uploadTitleHint} maxlength={300} />
          <Checkbox f={upload} name="is_public" label={t.uploadPublic} />
          <TextInput f={upload} name="exempt_basis" label={t.exemptBasis} hint={t.exemptBasisHint} maxlength={200} />
          <div>
            <button class="ds-button" type="submit" data-variant="secondary">
              {t.uploadButton}
            </button>
          </div>
        </form>
      </section>
    </Layout>,
    status,
  );
}

