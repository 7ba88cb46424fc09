import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import { listProcesses } from '../../../modules/processes';
import { publishPage, savePage, sitePages, type PageView } from '../../../modules/site';
import { execute } from '../../../platform/command';
import type { AppEnv } from '../../../platform/http/context';
import { formatDateTime } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { textIn } from '../../components/localized';
import { site, siteEditing as messages } from '../../locales/site';
import { SanitizedMarkdown } from '../../public/site/markdown-body';
import type { PageContext } from '../../page-context';
import { CooperationNav } from '../cooperation-kit';
import {
  Checkbox,
  Csrf,
  ErrorSummary,
  FormMessages,
  FormModel,
  LocalizedFields,
  SelectInput,
  TextInput,
  localizedInput,
  localizedLabels,
  localizedValues,
  type FailedForm,
} from '../form-kit';
import { attempt, postedValues, savedRedirect } from '../handler-kit';
import { LANGUAGES, SiteSaved, TranslationFields, languageWord, pageInPath, refuseUnlessEditor, translationValues, translationsFrom } from './kit';
import { itemEditorRoutes } from './item-editor';
import { SITE } from './paths';
import { PublishSection, publishSubmit } from './publishing';

const FORM = 'page';

/**
 * `GET …/nettsted/sider/ny` and `GET …/nettsted/sider/:id`: the page editor. `POST …/sider/ny` and
 * `POST …/sider/:id`: save through savePage (a new version), or only preview the posted text.
 */
export const { newForm: newPageForm, editor: pageEditor, create: createPageSubmit, save: savePageSubmit } = itemEditorRoutes({
  newPath: SITE.newPage,
  inPath: pageInPath,
  show: ({ c, p, coop }, page) => render(c, p, coop, page, null, false),
  submit: ({ c, p, coop }, page) => submit(c, p, coop, page),
});

async function submit(c: Context<AppEnv>, p: PageContext, coop: CooperationView, page: PageView | null) {
  const v = await postedValues(c);
  if (v.action === 'preview') {
    refuseUnlessEditor({ p, coop });
    return render(c, p, coop, page, { form: FORM, values: v, errors: {} }, true);
  }
  const outcome = await attempt(() =>
    execute(c.var.db, savePage, p.actor, {
      cooperation_id: coop.id,
      page_id: page?.id ?? null,
      slug: v.slug ?? '',
      parent_id: v.parent_id ?? '',
      menu_order: v.menu_order?.trim() ? v.menu_order.trim() : undefined,
      show_in_menu: v.show_in_menu === 'on',
      title: localizedInput(v, 'title'),
      summary: localizedInput(v, 'summary'),
      body: localizedInput(v, 'body'),
      translations: translationsFrom(v),
      illustrative: v.illustrative === 'on',
      process_id: v.process_id ?? '',
    }),
  );
  refuseUnlessEditor({ p, coop });
  if (outcome.ok) return savedRedirect(c, p, SITE.page(coop.slug, outcome.value.id), 'side');
  return render(c, p, coop, page, { form: FORM, values: v, errors: outcome.errors }, false, 422);
}

/** `POST …/sider/:id/publiser`: publish or take back to draft. */
export const publishPageSubmit = publishSubmit({
  inPath: pageInPath,
  publish: ({ c, p }, id, publish) => execute(c.var.db, publishPage, p.actor, { id, publish }),
  editor: SITE.page,
});

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, page: PageView | null, failed: FailedForm | null, preview: boolean, status: 200 | 422 = 200) {
  const t = messages(p.locale);
  const [pages, processes] = await Promise.all([sitePages(c.var.db, coop, { publishedOnly: false }), listProcesses(c.var.db, { cooperationId: coop.id, publishedOnly: false })]);
  const f = new FormModel(p, FORM, {
    failed,
    defaults: page
      ? {
          ...localizedValues('title', page.title),
          ...localizedValues('summary', page.summary),
          ...localizedValues('body', page.body),
          slug: page.slug,
          parent_id: page.parentId === null ? '' : String(page.parentId),
          menu_order: String(page.menuOrder),
          show_in_menu: page.showInMenu ? 'on' : '',
          illustrative: page.illustrative ? 'on' : '',
          process_id: page.processId === null ? '' : String(page.processId),
          ...translationValues(page.translations),
        }
      : { show_in_menu: 'on', menu_order: String(pages.filter((x) => x.parentId === null).length + 1) },
    labels: {
      ...localizedLabels(p, 'title', t.fieldTitle),
      ...localizedLabels(p, 'summary', t.fieldSummary),
      ...localizedLabels(p, 'body', t.fieldBody),
      slug: t.fieldSlug,
      parent_id: t.fieldParent,
      menu_order: t.fieldOrder,
      show_in_menu: t.fieldShowInMenu,
      illustrative: t.fieldIllustrative,
      process_id: t.fieldProcess,
      translations: t.translationsLegend,
    },
  });
  const title = page ? t.editPage(textIn(p, page.title)) : t.newPageTitle;
  const action = page ? SITE.page(coop.slug, page.id) : SITE.newPage(coop.slug);
  const parents = pages.filter((x) => x.parentId === null && x.id !== page?.id);
  return c.html(
    <Layout p={p} title={f.refused ? `${site(p.locale).errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="site" />
      <p>
        <a href={p.href(SITE.home(coop.slug))}>{t.backToSite}</a>
        {page ? (
          <>
            {' · '}
            <a href={p.href(SITE.history(coop.slug, page.id))}>{t.historyLink}</a>
          </>
        ) : null}
      </p>
      <SiteSaved p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={[f]} />
      {page ? <PagePublishSection p={p} coop={coop} page={page} /> : null}
      {preview ? <Preview p={p} values={failed?.values ?? {}} /> : null}
      <form class="section" method="post" action={p.href(action)} novalidate>
        <Csrf p={p} />
        <FormMessages f={f} />
        <LocalizedFields f={f} name="title" legend={t.fieldTitle} maxlength={200} />
        <LocalizedFields f={f} name="summary" legend={t.fieldSummary} hint={t.fieldSummaryHint} multiline />
        <LocalizedFields f={f} name="body" legend={t.fieldBody} hint={t.fieldBodyHint} multiline />
        <TranslationFields p={p} f={f} />
        <TextInput f={f} name="slug" label={t.fieldSlug} hint={t.fieldSlugHint} autocomplete="off" required maxlength={60} />
        <SelectInput
          f={f}
          name="parent_id"
          label={t.fieldParent}
          choices={[{ value: '', label: t.topLevel }, ...parents.map((x) => ({ value: String(x.id), label: textIn(p, x.title) }))]}
        />
        <TextInput f={f} name="menu_order" label={t.fieldOrder} inputmode="numeric" autocomplete="off" />
        <Checkbox f={f} name="show_in_menu" label={t.fieldShowInMenu} />
        <Checkbox f={f} name="illustrative" label={t.fieldIllustrative} />
        <SelectInput
          f={f}
          name="process_id"
          label={t.fieldProcess}
          choices={[{ value: '', label: t.noProcess }, ...processes.map((x) => ({ value: String(x.id), label: textIn(p, x.title) }))]}
        />
        <div class="date-form">
          <button class="ds-button" type="submit" name="action" value="save">
            {t.save}
          </button>
          <button class="ds-button" type="submit" name="action" value="preview" data-variant="secondary">
            {t.preview}
          </button>
        </div>
      </form>
    </Layout>,
    status,
  );
}

function PagePublishSection({ p, coop, page }: { p: PageContext; coop: CooperationView; page: PageView }) {
  const t = messages(p.locale);
  return (
    <PublishSection
      p={p}
      status={page.status}
      note={page.status === 'published' && page.publishedAt ? t.isPublished(formatDateTime(page.publishedAt, p.locale)) : t.isDraft}
      publicHref={page.path}
      action={SITE.publishPage(coop.slug, page.id)}
    />
  );
}

/** The posted text as it will look, per language, sanitized as on the public pages. */
function Preview({ p, values }: { p: PageContext; values: Record<string, string> }) {
  const t = messages(p.locale);
  const body = localizedInput(values, 'body');
  return (
    <section class="section" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t.previewHeading}</h2>
      <p class="muted">{t.previewNote}</p>
      {LANGUAGES.filter((lang) => body[lang].trim()).map((lang) => (
        <section class="section source-note" aria-label={t.previewIn(languageWord(p, lang))}>
          <p>
            <strong>{t.previewIn(languageWord(p, lang))}</strong>
          </p>
          <div class="prose">
            <SanitizedMarkdown markdown={body[lang]} lang={lang} tableLabel={t.previewIn(languageWord(p, lang))} />
          </div>
        </section>
      ))}
    </section>
  );
}
