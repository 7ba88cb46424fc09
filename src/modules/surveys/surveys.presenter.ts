import type { LocalizedText } from '../../platform/i18n';
import type { SurveyDetailJson, SurveyJson } from './surveys.api-schemas';
import type { SurveySummary, SurveyView } from './queries/views';

const API_BASE = '/api/v1';
const allLanguages = (text: LocalizedText) => ({ nb: text.nb ?? null, nn: text.nn ?? null, en: text.en ?? null });

export const surveyPath = (id: number) => `${API_BASE}/surveys/${id}`;

export function presentSurvey(s: SurveySummary): SurveyJson {
  return {
    id: surveyPath(s.id),
    number: s.id,
    name: allLanguages(s.title),
    organization: `${API_BASE}/cooperations/${encodeURIComponent(s.cooperationSlug)}`,
    anonymity: s.anonymity,
    status: s.status,
    startDate: s.opensOn,
    endDate: s.closesOn,
    closedOn: s.closedOn,
    accepting: s.availability.accepting,
    notAcceptingReason: allLanguages(s.availability.accepting ? {} : s.availability.message),
    openLink: s.openLink,
    resultsPublic: s.resultsPublic,
    synthetic: s.isSynthetic,
    responseCount: s.responseCount,
    definition: `${surveyPath(s.id)}/definition`,
    results: s.resultsPublic ? `${surveyPath(s.id)}/results` : null,
  };
}

export function presentSurveyDetail(s: SurveyView): SurveyDetailJson {
  return {
    ...presentSurvey(s),
    intro: allLanguages(s.intro),
    audience: allLanguages(s.audience),
    sourceNote: allLanguages(s.sourceNote),
    language: s.language,
    sections: s.sections as unknown as Record<string, unknown>[],
  };
}
