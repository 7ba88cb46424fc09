import { cooperations as messages } from '../locales/cooperations';
import type { PageContext } from '../page-context';

/** A cooperation's status in words; an unknown stored value is shown as it is. */
export function statusLabel(p: PageContext, status: string): string {
  const t = messages(p.locale);
  switch (status) {
    case 'planned':
      return t.statusPlanned;
    case 'active':
      return t.statusActive;
    case 'ended':
      return t.statusEnded;
    default:
      return status;
  }
}
