import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { siteEditing as messages } from '../../locales/site';
import type { PageContext } from '../../page-context';
import { onCooperation, type OnCooperation } from '../cooperation-kit';
import { attempt, postedValues, savedRedirect } from '../handler-kit';
import { PublishForm, StatusWord, refuseUnlessEditor } from './kit';
import { SITE } from './paths';

// Pages, news items and processes are published the same way; these keep the three editors alike.

/**
 * `POST …/:id/publiser` of a page, news item or process: publish it, or take it back to draft, and
 * return to its editor with the message. The command decides who may; a refusal is 404 like an item
 * that does not exist, so it does not confirm what exists.
 */
export function publishSubmit<Item extends { id: number }>(item: {
  inPath: (c: Context<AppEnv>, coop: CooperationView) => Promise<Item>;
  /** Runs the kind's publish command (`{ id, publish }`). */
  publish: (on: OnCooperation, id: number, publish: boolean) => Promise<unknown>;
  editor: (slug: string, id: number) => string;
}) {
  return onCooperation(SITE.home, async (on) => {
    const { c, p, coop } = on;
    const found = await item.inPath(c, coop);
    const publish = (await postedValues(c)).publish === 'true';
    const outcome = await attempt(() => item.publish(on, found.id, publish));
    refuseUnlessEditor({ p, coop });
    if (!outcome.ok) throw new NotFoundError();
    return savedRedirect(c, p, item.editor(coop.slug, found.id), publish ? 'publisert' : 'avpublisert');
  });
}

/**
 * The editor's "Publishing" section: the status, a note beside it (`null` for none), the link to the
 * public page once published, and the one button that switches the status.
 */
export function PublishSection(props: { p: PageContext; status: 'draft' | 'published'; note: string | null; publicHref: string; action: string }) {
  const { p, status } = props;
  const t = messages(p.locale);
  return (
    <section class="section" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t.publishHeading}</h2>
      <p>
        <StatusWord p={p} status={status} /> {props.note}
      </p>
      {status === 'published' ? (
        <p>
          <a href={p.href(props.publicHref)}>{t.viewPublic}</a>
        </p>
      ) : null}
      <PublishForm p={p} action={props.action} published={status === 'published'} />
    </section>
  );
}
