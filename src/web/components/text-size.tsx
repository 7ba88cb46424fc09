import { TEXT_SIZES, type TextSize } from '../../platform/http/context';
import { common } from '../locales/common';
import type { PageContext } from '../page-context';

/** `/tekststorrelse?storrelse=…&tilbake=…`: a plain link, so the control works without JavaScript. */
export function textSizeHref(size: TextSize, back: string): string {
  return `/tekststorrelse?${new URLSearchParams({ storrelse: size, tilbake: back }).toString()}`;
}

/** A− one step smaller, A back to normal, A+ one step larger; the size scales rem, so zoom still works. */
export function TextSizeControl({ p }: { p: PageContext }) {
  const t = common(p.locale);
  const index = TEXT_SIZES.indexOf(p.textSize);
  const smaller = TEXT_SIZES[Math.max(0, index - 1)]!;
  const larger = TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, index + 1)]!;
  const options: { size: TextSize; visible: string; spoken: string }[] = [
    { size: smaller, visible: 'A−', spoken: t.textSmaller },
    { size: 'normal', visible: 'A', spoken: t.textNormal },
    { size: larger, visible: 'A+', spoken: t.textLarger },
  ];
  return (
    <div class="tool" role="group" aria-labelledby="text-size-label">
      <span class="tool__label" id="text-size-label">
        {t.textSize}
      </span>
      <ul class="tool__list">
        {options.map((o) => (
          <li>
            <a class="tool__link tool__link--size" href={textSizeHref(o.size, p.url)} rel="nofollow">
              <span aria-hidden="true">{o.visible}</span>
              <span class="ds-sr-only">{`${o.visible} ${o.spoken}`}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
