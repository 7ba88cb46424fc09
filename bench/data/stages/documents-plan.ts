import { formatCaseNumber } from '../../../src/modules/cases';
import { formatDate } from '../../../src/platform/i18n';
import { paperLength, type TextGenerator } from '../norwegian-text';
import type { Random } from '../random';
import type { PlannedDocument } from './documents';
import { daysBefore, type Case, type Item, type Meeting, type YearPlan } from './year-model';

/**
 * The year's documents, exactly `plan.documents` of them: every case's paper first, then the summons
 * and minutes of the meetings, then attachments to the cases for the rest.
 */
export function planDocuments(r: Random, g: TextGenerator, plan: YearPlan, cases: Case[], meetings: Meeting[], resolutions: Map<Item, string>): PlannedDocument[] {
  const out: PlannedDocument[] = [];
  const budget = plan.documents;
  for (const c of cases) {
    if (out.length >= budget) return out;
    const item = c.items[c.items.length - 1]!;
    const m = item.meeting;
    out.push({
      cooperationId: c.cooperation.id,
      kind: 'case_paper',
      title: `Saksfremlegg – Sak ${formatCaseNumber(item.number!, plan.year)} ${c.title}`,
      bodyId: m.body.id,
      meetingId: m.id,
      caseId: c.id,
      date: daysBefore(m.date, 7),
      isPublic: c.isPublic,
      sourceKey: `case-paper:${c.id}`,
      href: `/${c.cooperation.slug}/saker/${c.id}`,
      text: () => [c.title, c.points ? c.points.map((p, i) => `${i + 1}. ${p}`).join('\n') : c.proposal, c.background, c.assessment].join('\n\n'),
    });
  }
  for (const m of meetings) {
    if (m.status === 'planned') continue;
    const lines = () => m.items.filter((i) => i.case?.isPublic ?? true).map((i) => (i.case ? `Sak ${formatCaseNumber(i.number!, plan.year)} ${i.case.title}` : i.title!));
    const common = { cooperationId: m.cooperation.id, bodyId: m.body.id, meetingId: m.id, caseId: null, isPublic: true, href: `/${m.cooperation.slug}/moter/${m.id}` };
    if (out.length < budget) {
      out.push({ ...common, kind: 'summons', title: `Møteinnkalling – ${m.body.name} ${formatDate(m.date)}`, date: daysBefore(m.date, 7), sourceKey: `summons:${m.id}`, text: () => lines().join('\n') });
    }
    if (m.status === 'minutes_approved' && out.length < budget) {
      const text = () =>
        m.items
          .filter((i) => i.case?.isPublic ?? true)
          .map((i) => [i.case ? `Sak ${formatCaseNumber(i.number!, plan.year)} ${i.case.title}` : i.title!, resolutions.get(i) ?? ''].join('\n'))
          .join('\n\n');
      out.push({ ...common, kind: 'minutes', title: `Møteprotokoll – ${m.body.name} ${formatDate(m.date)}`, date: daysBefore(m.date, -14), sourceKey: `minutes:${m.id}`, text });
    }
  }
  while (out.length < budget) {
    const c = r.pick(cases);
    const m = c.items[0]!.meeting;
    const words = paperLength(r);
    out.push({
      cooperationId: c.cooperation.id,
      kind: 'attachment',
      title: `Vedlegg: ${g.title()}`,
      bodyId: m.body.id,
      meetingId: m.id,
      caseId: c.id,
      date: daysBefore(m.date, 8),
      isPublic: c.isPublic && !r.chance(0.03),
      sourceKey: null,
      href: null,
      text: () => g.casePaper(words),
    });
  }
  return out;
}
