import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import type { AppEnv } from '../../../platform/http/context';
import { onCooperation, type OnCooperation } from '../cooperation-kit';
import { refuseUnlessEditor } from './kit';
import { SITE } from './paths';

/**
 * The four routes of a site item's editor (page, news item, process): the empty form, the editor of
 * an existing item, and their two posts. They share who is let in, and when: showing asks first;
 * creating leaves it to the command, which decides who may write; saving an existing item asks before
 * looking it up, so an outsider learns nothing about which items exist.
 */
export function itemEditorRoutes<Item>(item: {
  newPath: (slug: string) => string;
  inPath: (c: Context<AppEnv>, coop: CooperationView) => Promise<Item>;
  show: (on: OnCooperation, item: Item | null) => Promise<Response>;
  submit: (on: OnCooperation, item: Item | null) => Promise<Response>;
}) {
  return {
    newForm: onCooperation(item.newPath, async (on) => {
      refuseUnlessEditor(on);
      return item.show(on, null);
    }),
    editor: onCooperation(SITE.home, async (on) => {
      refuseUnlessEditor(on);
      return item.show(on, await item.inPath(on.c, on.coop));
    }),
    create: onCooperation(item.newPath, async (on) => item.submit(on, null)),
    save: onCooperation(SITE.home, async (on) => {
      refuseUnlessEditor(on);
      return item.submit(on, await item.inPath(on.c, on.coop));
    }),
  };
}
