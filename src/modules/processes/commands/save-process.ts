import type { AuditEntry } from '../../../platform/audit';
import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { canEditProcesses } from '../processes.policy';
import { insertProcess, insertVersion, processById, processBySlugRow, updateProcess } from '../processes.repository';
import { saveProcessInput } from '../processes.schemas';
import { processPublished } from './process-archive';

/** The first plan of every process; revisions get their own label (e.g. "Revidert plan (Sak 03/2018)"). */
const ORIGINAL_PLAN = { nb: 'Opprinnelig plan', nn: 'Opphavleg plan', en: 'Original plan' };

/** Creates a process (a draft, with an empty original plan) or saves its texts. */
export const saveProcess = defineCommand({
  name: 'saveProcess',
  input: saveProcessInput,
  async authorize(actor, input, trx) {
    if (input.process_id != null) {
      const row = await processById(trx, input.process_id);
      if (!row || row.cooperation_id !== input.cooperation_id) throw new NotFoundError('No such process.');
    }
    return canEditProcesses(actor, input.cooperation_id);
  },
  async run(trx, input) {
    const before = input.process_id != null ? await processById(trx, input.process_id) : undefined;
    const taken = await processBySlugRow(trx, input.cooperation_id, input.slug);
    if (taken && taken.id !== before?.id) throw new ValidationError({ slug: ['is already used by another process of this cooperation: choose another'] });
    const now = new Date().toISOString();
    const fields = {
      slug: input.slug,
      title: JSON.stringify(input.title),
      introduction: JSON.stringify(input.introduction ?? {}),
      questions_intro: JSON.stringify(input.questions_intro ?? {}),
      questions: JSON.stringify((input.questions ?? []).filter((q) => Object.keys(q).length > 0)),
      alternatives_intro: JSON.stringify(input.alternatives_intro ?? {}),
      alternatives: JSON.stringify((input.alternatives ?? []).filter((a) => Object.keys(a.text).length > 0)),
      survey_text: JSON.stringify(input.survey_text ?? {}),
      survey_id: input.survey_id ?? null,
      translations: JSON.stringify(input.translations),
      updated_at: now,
    };
    const after = before
      ? await updateProcess(trx, before.id, fields)
      : await insertProcess(trx, { ...fields, cooperation_id: input.cooperation_id, status: 'draft', published_at: null, created_at: now });
    const audit: AuditEntry[] = [{ action: before ? 'process.update' : 'process.create', entityType: 'process', entityId: after.id, before, after }];
    if (!before) {
      const plan = await insertVersion(trx, { process_id: after.id, version: 1, label: JSON.stringify(ORIGINAL_PLAN), adopted_on: null, case_id: null, created_at: now });
      audit.push({ action: 'plan_version.create', entityType: 'process_plan_version', entityId: plan.id, after: plan });
    }
    if (after.status === 'published') await processPublished(trx, after);
    return { result: { id: after.id, slug: after.slug }, audit };
  },
});
