import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { pickText, type Locale, type LocalizedText } from '../../../platform/i18n';
import { OUTCOMES, caseAttachments, getCase, type ResolutionView } from '../../cases';
import type { CasePaperModel, ResolutionText } from '../documents/models';
import { termLabel } from '../meetings.catalog';

export const nameIn = (text: LocalizedText, locale: Locale) => pickText(text, locale)?.text ?? '';

export async function cooperationName(db: Db, id: number): Promise<string> {
  return (await db.selectFrom('cooperations').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;
}

export function resolutionText(view: ResolutionView): ResolutionText {
  return { ...(view.text ? { text: view.text } : {}), ...(view.points.length ? { points: view.points } : {}) };
}

/**
 * The case paper as the PDF/Word renderers take it, for the reader `actor`. The paper is "for" the
 * last body on its path (or `forAgendaItemId`); the treatments before it are its earlier treatments.
 */
export async function casePaperModel(
  db: Db,
  caseId: number,
  actor: Actor,
  locale: Locale,
  forAgendaItemId?: number,
): Promise<CasePaperModel | null> {
  const view = await getCase(db, caseId, actor);
  if (!view) return null;
  const index = forAgendaItemId === undefined ? view.path.length - 1 : view.path.findIndex((s) => s.agendaItemId === forAgendaItemId);
  const current = index >= 0 ? view.path[index] : undefined;
  const earlier = index > 0 ? view.path.slice(0, index) : [];
  const attachments = await caseAttachments(db, caseId, actor);
  return {
    cooperationName: await cooperationName(db, view.cooperationId),
    locale,
    title: view.title,
    ...(current ? { caseNumber: current.caseNumber } : {}),
    ...(view.caseOfficer ? { caseOfficer: view.caseOfficer } : {}),
    ...(view.archiveReference ? { archiveReference: view.archiveReference } : {}),
    path: view.path.map((s) => ({ caseNumber: s.caseNumber, bodyName: nameIn(s.body.name, locale), meetingDate: s.meetingDate })),
    proposalKind: view.proposalKind,
    proposal: resolutionText(view.proposal),
    ...(view.background ? { background: view.background } : {}),
    ...(view.assessment ? { assessment: view.assessment } : {}),
    attachments: attachments.map((a) => ({ title: a.title, ...(a.fileName ? { fileName: a.fileName } : {}) })),
    earlierResolutions: earlier
      .filter((s) => s.treatment)
      .map((s) => ({
        bodyName: nameIn(s.body.name, locale),
        caseNumber: s.caseNumber,
        date: s.meetingDate,
        outcomeLabel: termLabel(OUTCOMES, s.treatment!.outcome, locale),
        resolution: resolutionText(s.treatment!.resolution),
      })),
    ...(view.isIllustrative ? { illustrativeNote: view.illustrativeNote ?? '' } : {}),
    ...(!view.isPublic && view.exemptBasis ? { exemptBasis: view.exemptBasis } : {}),
  };
}
