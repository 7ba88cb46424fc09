import { meetings as messages } from '../../locales/meetings';
import type { PageContext } from '../../page-context';

/**
 * The message after a save on the meetings pages (`?lagret=…`). The workspace's own SavedMessage
 * knows only its own saves, so this one reads the meetings locale; the markup is the same.
 */
export function MeetingsSaved({ p, what }: { p: PageContext; what: string | undefined }) {
  const text = what ? messages(p.locale).saved(what) : '';
  if (!text) return null;
  return (
    <div class="ds-alert" data-color="success" role="status">
      <p>{text}</p>
    </div>
  );
}
