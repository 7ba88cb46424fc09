import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { parseLocalizedText } from '../../../platform/i18n';
import { availabilityOf } from '../availability';
import type { Section, SurveyDefinition } from '../survey-definition';
import { canManageSurveys } from '../surveys.policy';
import { surveysWithCounts } from '../surveys.repository';
import type { SurveySummary, SurveyView } from './views';

type SurveyWithCount = Awaited<ReturnType<typeof surveysWithCounts>>[number];

/**
 * Surveys, newest first. The public sees open and closed surveys; drafts are listed only when asked
 * for (`includeDrafts`) and only to those who manage the cooperation's surveys.
 */
export async function listSurveys(
  db: Db,
  options: { cooperationId?: number; actor: Actor; includeDrafts?: boolean },
): Promise<SurveySummary[]> {
  const rows = await surveysWithCounts(db, { cooperationId: options.cooperationId, includeDrafts: options.includeDrafts ?? false });
  return rows.filter((r) => r.status !== 'draft' || canManageSurveys(options.actor, r.cooperation_id)).map(toSummary);
}

/** One survey with its definition; a draft only for those who manage it (else null, as if it did not exist). */
export async function getSurvey(db: Db, id: number, actor: Actor): Promise<SurveyView | null> {
  const [row] = await surveysWithCounts(db, { id, includeDrafts: true });
  if (!row || (row.status === 'draft' && !canManageSurveys(actor, row.cooperation_id))) return null;
  return toView(row);
}

/** The survey in the exchange format (docs/survey-definition.md), ready to import elsewhere. */
export async function exportDefinition(db: Db, id: number, actor: Actor): Promise<SurveyDefinition | null> {
  const s = await getSurvey(db, id, actor);
  if (!s) return null;
  const optional = (key: string, text: object) => (Object.keys(text).length > 0 ? { [key]: text } : {});
  return {
    $schema: '/api/v1/surveys/definition-schema.json',
    format: 'samrad-survey/1',
    title: s.title,
    ...optional('intro', s.intro),
    ...optional('audience', s.audience),
    ...optional('sourceNote', s.sourceNote),
    language: s.language,
    anonymity: s.anonymity,
    opensOn: s.opensOn,
    closesOn: s.closesOn,
    openLink: s.openLink,
    sections: s.sections,
  } as SurveyDefinition;
}

function toSummary(row: SurveyWithCount): SurveySummary {
  return {
    id: row.id,
    cooperationId: row.cooperation_id,
    cooperationSlug: row.cooperation_slug,
    title: parseLocalizedText(row.title),
    anonymity: row.anonymity,
    status: row.status,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    closedOn: row.closed_on,
    openLink: row.open_link === 1,
    resultsPublic: row.results_public === 1,
    isSynthetic: row.is_synthetic === 1,
    responseCount: Number(row.response_count ?? 0),
    availability: availabilityOf(row),
  };
}

export function toView(row: SurveyWithCount): SurveyView {
  return {
    ...toSummary(row),
    intro: parseLocalizedText(row.intro),
    audience: parseLocalizedText(row.audience),
    sourceNote: parseLocalizedText(row.source_note),
    language: row.language,
    sections: JSON.parse(row.definition) as Section[],
  };
}
