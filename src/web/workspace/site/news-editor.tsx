import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import { newsForEditing, publishNews, saveNews, type NewsView } from '../../../modules/site';
import { execute } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate, todayInOslo } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { textIn } from '../../components/localized';
import { site, siteEditing as messages } from '../../locales/site';
import type { PageContext } from '../../page-context';
import { CooperationNav } from '../cooperation-kit';
import { Checkbox, Csrf, ErrorSummary, FormMessages, FormModel, LocalizedFields, TextInput, localizedInput, localizedLabels, localizedValues, type FailedForm } from '../form-kit';
import { attempt, idOf, isoDate, postedValues, savedRedirect } from '../handler-kit';
import { SiteSaved, TranslationFields, refuseUnlessEditor, translationValues, translationsFrom } from './kit';
import { itemEditorRoutes } from './item-editor';
import { SITE } from './paths';
import { PublishSection, publishSubmit } from './publishing';

const FORM = 'news';

async function newsInPath(c: Context<AppEnv>, coop: CooperationView): Promise<NewsView> {
  const id = idOf(c.req.param('id'));
  const news = id === null ? null : await newsForEditing(c.var.db, coop.id, id);
  if (!news) throw new NotFoundError();
  return news;
}

/** `GET …/nettsted/nyheter/ny` and `…/nyheter/:id`: the news editor. */
export const { newForm: newNewsForm, editor: newsEditor, create: createNewsSubmit, save: saveNewsSubmit } = itemEditorRoutes({
  newPath: SITE.newNews,
  inPath: newsInPath,
  show: ({ c, p, coop }, news) => render(c, p, coop, news, null),
  submit: ({ c, p, coop }, news) => submit(c, p, coop, news),
});

async function submit(c: Context<AppEnv>, p: PageContext, coop: CooperationView, news: NewsView | null) {
  const v = await postedValues(c);
  const outcome = await attempt(() =>
    execute(c.var.db, saveNews, p.actor, {
      cooperation_id: coop.id,
      news_id: news?.id ?? null,
      slug: v.slug ?? '',
      title: localizedInput(v, 'title'),
      summary: localizedInput(v, 'summary'),
      body: localizedInput(v, 'body'),
      translations: translationsFrom(v),
      illustrative: v.illustrative === 'on',
      published_on: isoDate(v.published_on),
    }),
  );
  refuseUnlessEditor({ p, coop });
  if (outcome.ok) return savedRedirect(c, p, SITE.news(coop.slug, outcome.value.id), 'nyhet');
  return render(c, p, coop, news, { form: FORM, values: v, errors: outcome.errors }, 422);
}

/** `POST …/nyheter/:id/publiser`. */
export const publishNewsSubmit = publishSubmit({
  inPath: newsInPath,
  publish: ({ c, p }, id, publish) => execute(c.var.db, publishNews, p.actor, { id, publish }),
  editor: SITE.news,
});

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, news: NewsView | null, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = messages(p.locale);
  const f = new FormModel(p, FORM, {
    failed,
    defaults: news
      ? {
          ...localizedValues('title', news.title),
          ...localizedValues('summary', news.summary),
          ...localizedValues('body', news.body),
          slug: news.slug,
          published_on: formatDate(news.publishedOn),
          illustrative: news.illustrative ? 'on' : '',
          ...translationValues(news.translations),
        }
      : { published_on: formatDate(todayInOslo()) },
    labels: {
      ...localizedLabels(p, 'title', t.fieldTitle),
      ...localizedLabels(p, 'summary', t.fieldSummary),
      ...localizedLabels(p, 'body', t.fieldBody),
      slug: t.fieldSlug,
      published_on: t.fieldPublishedOn,
      illustrative: t.fieldIllustrative,
    },
  });
  const title = news ? t.editNews(textIn(p, news.title)) : t.newNewsTitle;
  return c.html(
    <Layout p={p} title={f.refused ? `${site(p.locale).errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="site" />
      <p>
        <a href={p.href(SITE.home(coop.slug))}>{t.backToSite}</a>
      </p>
      <SiteSaved p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={[f]} />
      {news ? (
        <PublishSection
          p={p}
          status={news.status}
          note={news.status === 'published' ? null : t.isDraft}
          publicHref={`/${coop.slug}/nyheter/${news.slug}`}
          action={SITE.publishNews(coop.slug, news.id)}
        />
      ) : null}
      <form class="section" method="post" action={p.href(news ? SITE.news(coop.slug, news.id) : SITE.newNews(coop.slug))} novalidate>
        <Csrf p={p} />
        <FormMessages f={f} />
        <LocalizedFields f={f} name="title" legend={t.fieldTitle} maxlength={200} />
        <TextInput f={f} name="published_on" label={t.fieldPublishedOn} hint={t.dateHint} autocomplete="off" required />
        <LocalizedFields f={f} name="summary" legend={t.fieldSummary} hint={t.fieldSummaryHint} multiline />
        <LocalizedFields f={f} name="body" legend={t.fieldBody} hint={t.fieldBodyHint} multiline />
        <TranslationFields p={p} f={f} />
        <TextInput f={f} name="slug" label={t.fieldSlug} hint={t.fieldNewsSlugHint} autocomplete="off" required maxlength={60} />
        <Checkbox f={f} name="illustrative" label={t.fieldIllustrative} />
        <div>
          <button class="ds-button" type="submit">
            {t.save}
          </button>
        </div>
      </form>
    </Layout>,
    status,
  );
}
