import type { CouncilView, JointCaseView } from '../../../modules/joint-cases';
import { formatDate } from '../../../platform/i18n';
import { ScrollTable } from '../../components/table';
import { jointCases as messages } from '../../locales/joint-cases';
import type { PageContext } from '../../page-context';
import { PositionText, StatusText, councilBodyName, pointPosition, wholePosition } from './cells';

/**
 * The roll-up: one row per council, one column per point (or one for the whole proposal). A real
 * table with a caption and header cells, scrolling inside its own frame at 320 px. `extra` adds a
 * last column (the workspace's "record for …" links).
 */
export function Matrix(props: { p: PageContext; view: JointCaseView; extra?: { heading: string; cell: (council: CouncilView) => any } }) {
  const { p, view, extra } = props;
  const t = messages(p.locale);
  const points = view.proposalMode === 'points' ? view.proposal.points.map((_, i) => i + 1) : [];
  return (
    <ScrollTable p={p} id="matrix" caption={t.matrixCaption(view.title)}>
      <thead>
        <tr>
          <th scope="col">{t.colCouncil}</th>
          <th scope="col">{t.colStatus}</th>
          <th scope="col">{t.colMeeting}</th>
          {points.length === 0 ? <th scope="col">{t.colWhole}</th> : points.map((n) => <th scope="col">{t.colPoint(n)}</th>)}
          {extra ? <th scope="col">{extra.heading}</th> : null}
        </tr>
      </thead>
      <tbody>
        {view.councils.map((council) => (
          <tr>
            <th scope="row">
              {council.memberName} <span class="muted">{council.memberCode}</span>
            </th>
            <td>
              <StatusText p={p} council={council} />
              {council.outcome ? <div>{t.outcomeText(council.outcome)}</div> : null}
            </td>
            <td>
              {council.councilBody ? <div>{councilBodyName(p, council.councilBody)}</div> : null}
              {council.meetingDate ? <div class="num">{formatDate(council.meetingDate, p.locale)}</div> : null}
            </td>
            {points.length === 0 ? (
              <td>
                <PositionText p={p} position={wholePosition(council)} />
              </td>
            ) : (
              points.map((n) => (
                <td>
                  <PositionText p={p} position={pointPosition(council, n)} />
                </td>
              ))
            )}
            {extra ? <td>{extra.cell(council)}</td> : null}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
