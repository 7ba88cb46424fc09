import type { Context } from 'hono';
import { acceptUpload, extractText } from '../../../modules/archive';
import { recordCouncilTreatment, type CouncilView, type JointCaseView } from '../../../modules/joint-cases';
import { execute } from '../../../platform/command';
import { ConflictError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { fileStoreAt } from '../../../platform/storage/file-store';
import { jointCases as messages } from '../../locales/joint-cases';
import type { PageContext } from '../../page-context';
import type { FailedForm, FieldMessages } from '../form-kit';
import { attempt, isoDate, type Outcome } from '../handler-kit';
import { postedForm } from './fields';
import { RECORD_FORM } from './record-form';

/** A refusal of the whole form (someone saved in between) is shown at its top under this key. */
const FORM_KEY = '_form';

/** The command's field names → the form's (`point_positions.0.position` is the field `point.1`). */
function toFormFields(errors: FieldMessages): FieldMessages {
  const out: FieldMessages = {};
  for (const [key, list] of Object.entries(errors)) {
    const point = /^point_positions\.(\d+)/.exec(key);
    const name = point ? `point.${Number(point[1]) + 1}` : key.startsWith('minute_extract') ? 'minute_extract' : key;
    out[name] = [...(out[name] ?? []), ...list];
  }
  return out;
}

/**
 * Records a council's treatment from the posted form. A minute extract is checked and stored first
 * (content-addressed: a refused post leaves only an unused copy); `recordCouncilTreatment` then adds it
 * to the archive in the record's own transaction, so a refused record adds no document.
 */
export async function submitRecord(
  c: Context<AppEnv>,
  p: PageContext,
  view: JointCaseView,
  council: CouncilView,
  linkToken?: string,
): Promise<{ ok: true } | { ok: false; failed: FailedForm }> {
  const { values, files } = await postedForm(c);
  const file = files.minute_extract && files.minute_extract.size > 0 ? files.minute_extract : null;
  const points = view.proposalMode === 'points' ? view.proposal.points : [];
  const body = values.council_body === 'other' ? (values.council_body_other ?? '').trim() : (values.council_body ?? '');
  const run = async () => {
    const upload = file ? await acceptUpload('minute_extract', file, c.var.config.uploadMaxBytes) : null;
    const stored = upload ? await fileStoreAt(c.var.config.dataDir).put(upload.bytes) : null;
    const text = upload ? await extractText(upload).catch(() => '') : '';
    return execute(c.var.db, recordCouncilTreatment, p.actor, {
      joint_case_id: view.id,
      member_code: council.memberCode,
      council_body: body,
      meeting_date: isoDate(values.meeting_date),
      local_case_number: values.local_case_number ?? '',
      local_archive_number: values.local_archive_number ?? '',
      status: (values.status ?? '') as 'treated',
      outcome: (values.outcome ?? '') as 'rejected',
      resolution_text: values.resolution_text ?? '',
      ...(points.length > 0 ? { point_positions: points.map((_, i) => ({ point: i + 1, position: (values[`point.${i + 1}`] ?? 'none') as 'none' })) } : {}),
      public_record_url: values.public_record_url ?? '',
      ...(upload && stored ? { minute_extract_file: { key: stored.key, name: upload.name, media_type: upload.mediaType, size: stored.size, text } } : {}),
      expected_revision: values.expected_revision ?? '',
      ...(linkToken ? { link_token: linkToken } : {}),
    });
  };
  let outcome: Outcome<unknown>;
  try {
    outcome = await attempt(run);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    outcome = { ok: false, errors: { [FORM_KEY]: [{ text: messages(p.locale).revisionChanged, english: false }] } };
  }
  if (outcome.ok) return { ok: true };
  return { ok: false, failed: { form: RECORD_FORM, values, errors: toFormFields(outcome.errors) } };
}
