import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema';
import { parseLocalizedText, pickText, type LocalizedText } from '../../../platform/i18n';
import { publishToArchive } from '../../site';
import type { ProcessRow } from '../processes.repository';

/** The archive's entry of a published process: its introduction, questions, alternatives and survey text. */
export async function processPublished(trx: Transaction<Database>, row: ProcessRow): Promise<void> {
  const coop = await trx.selectFrom('cooperations').select('slug').where('id', '=', row.cooperation_id).executeTakeFirstOrThrow();
  const questions = JSON.parse(row.questions) as LocalizedText[];
  const alternatives = (JSON.parse(row.alternatives) as Array<{ text: LocalizedText }>).map((a) => a.text);
  await publishToArchive(trx, {
    sourceKey: `process:${row.id}`,
    kind: 'process',
    cooperationId: row.cooperation_id,
    title: pickText(parseLocalizedText(row.title), 'nb')?.text ?? row.slug,
    date: (row.published_at ?? row.updated_at).slice(0, 10),
    markdown: [
      parseLocalizedText(row.introduction),
      parseLocalizedText(row.questions_intro),
      ...questions,
      parseLocalizedText(row.alternatives_intro),
      ...alternatives,
      parseLocalizedText(row.survey_text),
    ],
    href: `/${coop.slug}/prosesser/${row.slug}`,
  });
}
