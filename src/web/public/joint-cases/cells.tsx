import type { CouncilView } from '../../../modules/joint-cases';
import { markOf, type Mark } from '../../../modules/joint-cases/documents';
import { jointCases as messages } from '../../locales/joint-cases';
import type { PageContext } from '../../page-context';

/**
 * What a council's cell in the matrix says: a position in words with a symbol before it. The symbol
 * is hidden from screen readers (the word says it) and never the only sign: no colour carries meaning.
 * Which position a cell shows is the documents' `markOf`, so the page, the CSV and the report agree.
 */
export type CellPosition = Mark;

const SYMBOLS: Record<CellPosition, string> = { for: '✓', against: '✗', changed: '≈', none: '–', pending: '–', withdrawn: '–' };

/** The council's stand on the whole proposal (adopted with changes is "changed", which counts as for). */
export const wholePosition = (council: CouncilView): CellPosition => markOf(council, null);

/** The council's stand on point `n` (1-based). */
export const pointPosition = (council: CouncilView, n: number): CellPosition => markOf(council, n);

export function PositionText({ p, position }: { p: PageContext; position: CellPosition }) {
  return (
    <span class={`position position--${position}`}>
      <span aria-hidden="true">{SYMBOLS[position]} </span>
      {messages(p.locale).positionText(position)}
    </span>
  );
}

/** "Behandlet", "Ikke startet" …; a council past the deadline also says so in words. */
export function StatusText({ p, council }: { p: PageContext; council: CouncilView }) {
  const t = messages(p.locale);
  return (
    <>
      {t.statusText(council.status)}
      {council.isLate ? (
        <>
          {' '}
          <span class="ds-tag" data-color="warning">
            {t.lateMark}
          </span>
        </>
      ) : null}
    </>
  );
}

/** The bodies a council treats a joint case in; anything else is written in as "other". */
export const COUNCIL_BODIES = ['kommunestyre', 'bystyre', 'formannskap', 'fylkesting'] as const;

/** A stored body as one of the known ones ("kommunestyret" is the kommunestyre), or null for another body. */
export function knownBody(stored: string): (typeof COUNCIL_BODIES)[number] | null {
  const lower = stored.trim().toLowerCase();
  return COUNCIL_BODIES.find((b) => lower === b || lower === `${b}t` || lower === `${b}et`) ?? null;
}

/** The body in the reader's language when it is a known one, else as the council wrote it. */
export function councilBodyName(p: PageContext, stored: string): string {
  const known = knownBody(stored);
  return known ? messages(p.locale).councilBodyText(known) : stored;
}
