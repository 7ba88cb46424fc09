import { pickText, type LocalizedText } from '../../platform/i18n';
import { LocalizedProse } from '../components/localized';
import { cooperations as messages } from '../locales/cooperations';
import type { PageContext } from '../page-context';

/** Where the data comes from and what in it is reconstructed: always visible, never in a tooltip. */
export function SourceNote({ p, text }: { p: PageContext; text: LocalizedText }) {
  if (!pickText(text, p.locale)) return null;
  return (
    <section class="source-note section" aria-labelledby="source-heading">
      <h2 id="source-heading">{messages(p.locale).aboutSources}</h2>
      <LocalizedProse p={p} text={text} />
    </section>
  );
}
