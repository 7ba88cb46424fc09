import type { PageContext } from '../page-context';

/**
 * A table that scrolls sideways inside its own frame instead of widening the page (reflow at 320 px).
 * The frame is a named, focusable region so keyboard users can scroll it too.
 */
export function ScrollTable(props: { p: PageContext; id: string; caption: string; children: any }) {
  const captionId = `${props.id}-caption`;
  return (
    <div class="table-scroll" role="region" tabindex={0} aria-labelledby={captionId}>
      <table class="ds-table" id={props.id}>
        <caption id={captionId}>{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}
