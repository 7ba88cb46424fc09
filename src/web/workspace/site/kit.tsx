import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import { canEditSite, pageForEditing, type PageView } from '../../../modules/site';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import type { Locale } from '../../../platform/i18n';
import { siteEditing as messages } from '../../locales/site';
import { workspace } from '../../locales/workspace';
import type { PageContext } from '../../page-context';
import { refuseUnless, type OnCooperation } from '../cooperation-kit';
import { Checkbox, Csrf, type FormModel } from '../form-kit';
import { idOf } from '../handler-kit';

// Small pieces the site's editing pages share.

export const LANGUAGES: Locale[] = ['nb', 'nn', 'en'];

/** Editors and the secretariat of the cooperation may edit its site; anyone else gets 404. */
export const refuseUnlessEditor = (on: Pick<OnCooperation, 'p' | 'coop'>) => refuseUnless(canEditSite, on);

export function languageWord(p: PageContext, lang: Locale): string {
  const t = workspace(p.locale);
  return { nb: t.bokmaal, nn: t.nynorsk, en: t.english }[lang];
}

/** The message after a save (`?lagret=…`) in a status region; the site's own words. */
export function SiteSaved({ p, what }: { p: PageContext; what: string | undefined }) {
  const text = what ? messages(p.locale).saved(what) : '';
  if (!text) return null;
  return (
    <div class="ds-alert" data-color="success" role="status">
      <p>{text}</p>
    </div>
  );
}

/** Publish or take back to draft: one button that posts the opposite of the current status. */
export function PublishForm({ p, action, published }: { p: PageContext; action: string; published: boolean }) {
  const t = messages(p.locale);
  return (
    <form method="post" action={p.href(action)}>
      <Csrf p={p} />
      <input type="hidden" name="publish" value={published ? 'false' : 'true'} />
      <button class="ds-button" type="submit" data-variant={published ? 'secondary' : 'primary'}>
        {published ? t.unpublish : t.publish}
      </button>
    </form>
  );
}

export function StatusWord({ p, status }: { p: PageContext; status: 'draft' | 'published' }) {
  const t = messages(p.locale);
  return (
    <span class="ds-tag" data-color={status === 'published' ? 'success' : 'neutral'}>
      {status === 'published' ? t.statusPublished : t.statusDraft}
    </span>
  );
}

/** Checkboxes `translation_nb` … → the languages the commands take. */
export function translationsFrom(values: Record<string, string>): Locale[] {
  return LANGUAGES.filter((l) => values[`translation_${l}`] === 'on');
}
export function translationValues(list: Locale[]): Record<string, string> {
  return Object.fromEntries(LANGUAGES.map((l) => [`translation_${l}`, list.includes(l) ? 'on' : '']));
}

/** The page `:id` in the path, if it is this cooperation's; else 404. */
export async function pageInPath(c: Context<AppEnv>, coop: CooperationView): Promise<PageView> {
  const id = idOf(c.req.param('id'));
  const page = id === null ? null : await pageForEditing(c.var.db, coop, id);
  if (!page) throw new NotFoundError();
  return page;
}

/** Which languages of the text are translations, not the original. */
export function TranslationFields({ p, f }: { p: PageContext; f: FormModel }) {
  const t = messages(p.locale);
  return (
    <fieldset class="ds-fieldset">
      <legend class="ds-label">{t.translationsLegend}</legend>
      <p data-field="description" class="muted">
        {t.translationsHint}
      </p>
      {LANGUAGES.map((lang) => (
        <Checkbox f={f} name={`translation_${lang}`} label={t.isTranslation(languageWord(p, lang))} />
      ))}
    </fieldset>
  );
}
