import type { LocalizedText } from '../../platform/i18n';
import { versionsAsOf, withStatus } from './milestone-status';
import type { ProcessJson } from './processes.api-schemas';
import type { ProcessView } from './queries/views';

const allLanguages = (text: LocalizedText) => ({ nb: text.nb ?? null, nn: text.nn ?? null, en: text.en ?? null });

/** A process as the API gives it: the plan versions that existed on `asOf`, each milestone with its status that day. */
export function presentProcess(process: ProcessView, asOf: string): ProcessJson {
  const versions = versionsAsOf(process.versions, asOf);
  const coop = encodeURIComponent(process.cooperationSlug);
  const web = `/${process.cooperationSlug}/prosesser/${process.slug}`;
  return {
    id: `/api/v1/processes/${encodeURIComponent(process.slug)}?cooperation=${coop}`,
    slug: process.slug,
    name: allLanguages(process.title),
    organization: `/api/v1/cooperations/${coop}`,
    introduction: allLanguages(process.introduction),
    questions: process.questions.map(allLanguages),
    alternatives: process.alternatives.map((a) => ({ label: a.label, text: allLanguages(a.text) })),
    surveyId: process.surveyId,
    translations: process.translations,
    asOf,
    web,
    calendar: `${web}/plan.ics`,
    planVersions: versions.map((v, i) => ({
      version: v.version,
      name: allLanguages(v.label),
      adoptedOn: v.adoptedOn,
      caseId: v.caseId,
      inForce: i === versions.length - 1,
      milestones: withStatus(v.milestones, asOf).map((m) => ({
        id: m.id,
        classification: m.kind,
        name: allLanguages(m.title),
        startDate: m.startsOn,
        endDate: m.endsOn,
        status: m.status,
        organization: m.body ? `/api/v1/cooperations/${coop}/bodies/${encodeURIComponent(m.body.slug)}` : null,
        meetingId: m.meetingId,
        caseId: m.caseId,
        surveyId: m.surveyId,
        note: allLanguages(m.note),
      })),
    })),
  };
}
