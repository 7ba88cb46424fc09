import type { CooperationView } from '../../../modules/cooperations';
import type { MeetingView } from '../../../modules/meetings';
import { formatDate } from '../../../platform/i18n';
import { ScrollTable } from '../../components/table';
import { meetings as messages } from '../../locales/meetings';
import type { PageContext } from '../../page-context';
import { CaseNumber, ExemptNotice, OutcomeTag } from '../../public/meetings/parts';
import { TreatmentDetails } from '../../public/meetings/treatment';
import { Csrf } from '../form-kit';
import { MEETINGS } from './kit';

/** The agenda of a meeting in the workspace, with up/down buttons (plain forms) while it may change, and the locked record after approval. */

export function LockNotice({ p, meeting }: { p: PageContext; meeting: MeetingView }) {
  const t = messages(p.locale);
  const at = meeting.minutesApprovedAt ? formatDate(meeting.minutesApprovedAt, p.locale) : '';
  return (
    <div class="ds-alert" data-color="info">
      <p>
        <strong>{meeting.minutesApprovedBy ? t.minutesApprovedBy(at, meeting.minutesApprovedBy) : t.minutesApprovedOn(at)}</strong> {t.readOnly}
      </p>
    </div>
  );
}

export function LockedTreatments({ p, meeting }: { p: PageContext; meeting: MeetingView }) {
  const t = messages(p.locale);
  return (
    <section class="section" aria-labelledby="locked-treatments-heading">
      <h2 id="locked-treatments-heading">{t.treatments}</h2>
      {meeting.agenda
        .filter((item) => item.treatment)
        .map((item) => (
          <section class="section" aria-labelledby={`locked-${item.id}`}>
            <h3 id={`locked-${item.id}`}>
              {item.caseNumber ? `${item.caseNumber} ` : ''}
              {item.title ?? t.exempt}
            </h3>
            <TreatmentDetails p={p} treatment={item.treatment!} />
          </section>
        ))}
    </section>
  );
}

export function AgendaTable({ p, coop, meeting, movable, action }: { p: PageContext; coop: CooperationView; meeting: MeetingView; movable: boolean; action: string }) {
  const t = messages(p.locale);
  if (meeting.agenda.length === 0) return <p>{t.noAgenda}</p>;
  const last = meeting.agenda.length - 1;
  return (
    <ScrollTable p={p} id="agenda" caption={t.agendaCaption(formatDate(meeting.date, p.locale))}>
      <thead>
        <tr>
          <th scope="col">{t.colCaseNumber}</th>
          <th scope="col">{t.colCase}</th>
          <th scope="col">{t.colPublic}</th>
          <th scope="col">{t.colResult}</th>
          {movable ? <th scope="col">{t.colOrder}</th> : null}
        </tr>
      </thead>
      <tbody>
        {meeting.agenda.map((item, index) => (
          <tr>
            <td class="num">{item.caseNumber ? <CaseNumber number={item.caseNumber} /> : ''}</td>
            <th scope="row">{item.caseId ? <a href={p.href(MEETINGS.case(coop.slug, item.caseId))}>{item.title}</a> : item.title}</th>
            <td>{item.isPublic ? t.yes : <ExemptNotice p={p} basis={item.exemptBasis} />}</td>
            <td>{item.treatment ? <OutcomeTag p={p} outcome={item.treatment.outcome} /> : ''}</td>
            {movable ? (
              <td>
                <form method="post" action={action} class="date-form">
                  <Csrf p={p} />
                  <input type="hidden" name="agenda_item_id" value={String(item.id)} />
                  {index > 0 ? (
                    <button class="ds-button" type="submit" name="direction" value="up" data-variant="tertiary" data-size="sm" aria-label={t.moveUpCase(item.caseNumber ?? String(index + 1))}>
                      {t.moveUp}
                    </button>
                  ) : null}
                  {index < last ? (
                    <button class="ds-button" type="submit" name="direction" value="down" data-variant="tertiary" data-size="sm" aria-label={t.moveDownCase(item.caseNumber ?? String(index + 1))}>
                      {t.moveDown}
                    </button>
                  ) : null}
                </form>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
