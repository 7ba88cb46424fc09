import { POSITIONS, labelOf, type SeatView } from '../../modules/people';
import { common } from '../locales/common';
import type { PageContext } from '../page-context';
import { PeriodText } from './dates';
import { LocalizedInline, textIn } from './localized';

/**
 * What every table of seats (the public body page, the workspace's) shows of a seat after its holder:
 * position, deputy or not, term and, when some seat in the table has one, its note.
 */
export function SeatCells({ p, seat, hasNotes }: { p: PageContext; seat: SeatView; hasNotes: boolean }) {
  const t = common(p.locale);
  return (
    <>
      <td>{textIn(p, labelOf(POSITIONS, seat.position))}</td>
      <td>{seat.isDeputy ? t.yes : t.no}</td>
      <td class="num">
        <PeriodText p={p} from={seat.startOn} to={seat.endOn} />
      </td>
      {hasNotes ? (
        <td class="note">
          <LocalizedInline p={p} text={seat.note} note />
        </td>
      ) : null}
    </>
  );
}
