import { formatDate, pickText } from '../../platform/i18n';
import { bodyPath, casePath, meetingPath, presentTreatment } from '../cases';
import type { AgendaItemJson, MeetingJson } from './meetings.api-schemas';
import type { AgendaItemView, MeetingSummary, MeetingView } from './queries/views';

const allLanguages = (text: MeetingSummary['body']['name']) => ({ nb: text.nb ?? null, nn: text.nn ?? null, en: text.en ?? null });

function presentItem(meetingId: number, item: AgendaItemView): AgendaItemJson {
  return {
    id: `${meetingPath(meetingId)}#agenda-item-${item.id}`,
    type: 'https://schema.oparl.org/1.1/AgendaItem',
    order: item.position,
    number: item.caseNumber,
    name: item.title,
    public: item.isPublic,
    exemptBasis: item.exemptBasis,
    consultation: item.caseId === null ? null : casePath(item.caseId),
    proposal: item.proposal,
    treatment: item.treatment ? presentTreatment(item.treatment) : null,
    illustrative: item.isIllustrative ? { note: item.illustrativeNote } : null,
  };
}

/** A meeting as OParl's Meeting; the list gives the agenda too (it is short, and saves a request per meeting). */
export function presentMeeting(m: MeetingSummary | MeetingView): MeetingJson {
  const self = meetingPath(m.id);
  const agenda = 'agenda' in m ? m.agenda : [];
  const summoned = m.summonedAt !== null || m.status === 'held' || m.status === 'minutes_approved';
  return {
    id: self,
    type: 'https://schema.oparl.org/1.1/Meeting',
    name: `Møte i ${pickText(m.body.name, 'nb')?.text ?? m.body.slug} ${formatDate(m.date)}`,
    meetingState: m.status,
    cancelled: m.status === 'cancelled',
    cancelledReason: m.cancelledReason,
    classification: m.kind,
    start: m.startsAt,
    end: m.endsAt,
    location: m.place ? { description: m.place } : null,
    organization: [bodyPath(m.cooperationSlug, m.body.slug)],
    body: { slug: m.body.slug, name: allLanguages(m.body.name) },
    cooperation: m.cooperationSlug,
    locked: m.locked,
    minutesApproved: m.minutesApprovedAt ? { at: m.minutesApprovedAt, by: m.minutesApprovedBy } : null,
    invitation: summoned && m.agendaItemCount > 0 ? { pdf: `${self}/summons.pdf`, docx: `${self}/summons.docx` } : null,
    resultsProtocol: m.status === 'minutes_approved' ? { pdf: `${self}/minutes.pdf`, docx: `${self}/minutes.docx` } : null,
    web: `/${m.cooperationSlug}/moter/${m.id}`,
    illustrative: m.isIllustrative ? { note: m.illustrativeNote } : null,
    agendaItem: agenda.map((item) => presentItem(m.id, item)),
  };
}
