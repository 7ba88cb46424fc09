import { services as messages } from '../../locales/services';
import type { PageContext } from '../../page-context';

import { ILLUSTRATIVE_SOURCE } from '../../../modules/services';

export { ILLUSTRATIVE_SOURCE };

/** The source the demo's figures carry is shown in the reader's language as "illustrative, not official". */
export function sourceLabel(p: PageContext, source: string): string {
  return source === ILLUSTRATIVE_SOURCE ? messages(p.locale).illustrativeFigures : source;
}
