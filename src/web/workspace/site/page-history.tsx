import { pageRevisions, restorePageRevision } from '../../../modules/site';
import { execute } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import { formatDateTime } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline, textIn } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { siteEditing as messages } from '../../locales/site';
import { CooperationNav, onCooperation } from '../cooperation-kit';
import { Csrf } from '../form-kit';
import { attempt, postedValues, savedRedirect } from '../handler-kit';
import { pageInPath, LANGUAGES, SiteSaved, languageWord, refuseUnlessEditor } from './kit';
import { SITE } from './paths';

/** `GET …/sider/:id/historikk`: every saved version, who saved it and when, each with its text and a restore button. */
export const pageHistory = onCooperation(SITE.home, async ({ c, p, coop }) => {
  refuseUnlessEditor({ p, coop });
  const t = messages(p.locale);
  const page = await pageInPath(c, coop);
  const revisions = await pageRevisions(c.var.db, page.id);
  const title = t.historyTitle(textIn(p, page.title));
  return c.html(
    <Layout p={p} title={title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="site" />
      <p>
        <a href={p.href(SITE.page(coop.slug, page.id))}>{t.backToPage}</a>
      </p>
      <SiteSaved p={p} what={c.req.query('lagret')} />
      <ScrollTable p={p} id="history" caption={t.historyCaption}>
        <thead>
          <tr>
            <th scope="col">{t.colSaved}</th>
            <th scope="col">{t.colBy}</th>
            <th scope="col">{t.colContent}</th>
            <th scope="col">{t.restore}</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r, i) => (
            <tr>
              <th scope="row" class="num">
                {formatDateTime(r.savedAt, p.locale)}
              </th>
              <td>{r.savedBy}</td>
              <td class="note">
                <LocalizedInline p={p} text={r.title} />
                <details>
                  <summary>{t.showText}</summary>
                  {LANGUAGES.filter((l) => r.body[l]).map((l) => (
                    <>
                      <p>
                        <strong>{languageWord(p, l)}</strong>
                      </p>
                      <pre lang={l}>{r.body[l]}</pre>
                    </>
                  ))}
                </details>
              </td>
              <td>
                {i === 0 ? (
                  t.current
                ) : (
                  <form method="post" action={p.href(SITE.history(coop.slug, page.id))}>
                    <Csrf p={p} />
                    <input type="hidden" name="revision_id" value={String(r.id)} />
                    <button class="ds-button" type="submit" data-variant="secondary" data-size="sm">
                      {t.restore}
                      <span class="ds-sr-only"> ({formatDateTime(r.savedAt, p.locale)})</span>
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Layout>,
  );
});

/** `POST …/sider/:id/historikk`: restore the chosen version (as a new version). */
export const restoreRevisionSubmit = onCooperation(SITE.home, async ({ c, p, coop }) => {
  const page = await pageInPath(c, coop);
  const v = await postedValues(c);
  const outcome = await attempt(() => execute(c.var.db, restorePageRevision, p.actor, { page_id: page.id, revision_id: v.revision_id ?? '' }));
  refuseUnlessEditor({ p, coop });
  if (!outcome.ok) throw new NotFoundError();
  return savedRedirect(c, p, SITE.history(coop.slug, page.id), 'gjenopprettet');
});
