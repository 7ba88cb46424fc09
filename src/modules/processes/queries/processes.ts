import type { Db } from '../../../platform/db/database';
import { parseLocalizedText, type LocalizedText } from '../../../platform/i18n';
import { translationsOf } from '../../site';
import { milestonesOf, processRows, versionsOf, type ProcessRow } from '../processes.repository';
import type { MilestoneView, ProcessView } from './views';

type Filter = { cooperationId?: number; publishedOnly: boolean };

/** Processes with their plan versions and milestones (two queries per process; a cooperation has few). */
export async function listProcesses(db: Db, filter: Filter): Promise<ProcessView[]> {
  const rows = await processRows(db, filter);
  return Promise.all(rows.map((row) => withPlan(db, row)));
}

export async function processBySlug(db: Db, cooperationId: number, slug: string, options: { publishedOnly: boolean }): Promise<ProcessView | null> {
  const [row] = await processRows(db, { cooperationId, publishedOnly: options.publishedOnly, slug });
  return row ? withPlan(db, row) : null;
}

export async function processById(db: Db, cooperationId: number, id: number, options: { publishedOnly: boolean }): Promise<ProcessView | null> {
  const [row] = await processRows(db, { cooperationId, publishedOnly: options.publishedOnly, id });
  return row ? withPlan(db, row) : null;
}

async function withPlan(db: Db, row: ProcessRow & { cooperation_slug: string }): Promise<ProcessView> {
  const versions = await versionsOf(db, row.id);
  const milestones = await milestonesOf(db, versions.map((v) => v.id));
  return {
    id: row.id,
    cooperationId: row.cooperation_id,
    cooperationSlug: row.cooperation_slug,
    slug: row.slug,
    title: parseLocalizedText(row.title),
    introduction: parseLocalizedText(row.introduction),
    questionsIntro: parseLocalizedText(row.questions_intro),
    questions: JSON.parse(row.questions) as LocalizedText[],
    alternativesIntro: parseLocalizedText(row.alternatives_intro),
    alternatives: JSON.parse(row.alternatives) as Array<{ label: string; text: LocalizedText }>,
    surveyText: parseLocalizedText(row.survey_text),
    surveyId: row.survey_id,
    translations: translationsOf(row.translations),
    status: row.status,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      label: parseLocalizedText(v.label),
      adoptedOn: v.adopted_on,
      caseId: v.case_id,
      note: parseLocalizedText(v.note),
      milestones: milestones
        .filter((m) => m.plan_version_id === v.id)
        .map(
          (m): MilestoneView => ({
            id: m.id,
            kind: m.kind,
            title: parseLocalizedText(m.title),
            startsOn: m.starts_on,
            endsOn: m.ends_on,
            body: m.body_id !== null && m.body_slug ? { id: m.body_id, slug: m.body_slug, name: parseLocalizedText(m.body_name) } : null,
            meetingId: m.meeting_id,
            caseId: m.case_id,
            surveyId: m.survey_id,
            note: parseLocalizedText(m.note),
          }),
        ),
    })),
  };
}
