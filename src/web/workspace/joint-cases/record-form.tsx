import { COUNCIL_OUTCOMES, COUNCIL_STATUSES, POINT_POSITIONS, type CouncilView, type JointCaseView } from '../../../modules/joint-cases';
import { formatDate } from '../../../platform/i18n';
import { jointCases as messages } from '../../locales/joint-cases';
import type { PageContext } from '../../page-context';
import { Csrf, FormMessages, FormModel, SelectInput, TextArea, TextInput, type FailedForm } from '../form-kit';
import { COUNCIL_BODIES, knownBody } from '../../public/joint-cases/cells';
import { DOCUMENT_ACCEPT, FileField } from '../file-field';

export const RECORD_FORM = 'record';


/** The proposal as a text to edit into the resolution: its text, then its points numbered. */
function proposalAsText(view: JointCaseView): string {
  const points = view.proposal.points.map((point, i) => `${i + 1}. ${point}`).join('\n');
  return [view.proposal.text ?? '', points].filter(Boolean).join('\n\n');
}

/** The stored record as form values; a council without a resolution yet starts from the proposal. */
function recordValues(view: JointCaseView, council: CouncilView): Record<string, string> {
  const body = council.councilBody ?? '';
  const known = knownBody(body);
  return {
    council_body: body === '' ? '' : (known ?? 'other'),
    council_body_other: body !== '' && !known ? body : '',
    meeting_date: council.meetingDate ?? '',
    local_case_number: council.localCaseNumber ?? '',
    local_archive_number: council.localArchiveNumber ?? '',
    status: council.status,
    outcome: council.outcome ?? '',
    resolution_text: council.resolutionText ?? proposalAsText(view),
    public_record_url: council.publicRecordUrl ?? '',
    ...Object.fromEntries(view.proposal.points.map((_, i) => [`point.${i + 1}`, council.points.find((x) => x.point === i + 1)?.position ?? 'none'])),
  };
}

export function recordForm(p: PageContext, view: JointCaseView, council: CouncilView, failed: FailedForm | null): FormModel {
  const t = messages(p.locale);
  const points = view.proposalMode === 'points' ? view.proposal.points : [];
  return new FormModel(p, RECORD_FORM, {
    failed,
    defaults: recordValues(view, council),
    labels: {
      council_body: t.fieldCouncilBody,
      council_body_other: t.fieldCouncilBodyOther,
      meeting_date: t.fieldMeetingDate,
      local_case_number: t.fieldLocalCase,
      local_archive_number: t.fieldLocalArchive,
      status: t.fieldStatus,
      outcome: t.fieldOutcome,
      resolution_text: t.fieldResolution,
      public_record_url: t.fieldPublicRecord,
      minute_extract: t.fieldMinuteExtract,
      ...Object.fromEntries(points.map((_, i) => [`point.${i + 1}`, t.fieldPoint(i + 1)])),
    },
  });
}

/** The recording form, the same for a signed-in clerk, the secretariat and a personal link (`action`). */
export function RecordForm(props: { p: PageContext; f: FormModel; view: JointCaseView; council: CouncilView; action: string; maxMb: string }) {
  const { p, f, view, council } = props;
  const t = messages(p.locale);
  const points = view.proposalMode === 'points' ? view.proposal.points : [];
  const none = { value: '', label: '–' };
  return (
    <form class="section" method="post" action={props.action} enctype="multipart/form-data" novalidate>
      <Csrf p={p} />
      <input type="hidden" name="expected_revision" value={String(council.revision)} />
      <FormMessages f={f} />
      <p>{t.recordIntro(view.title, formatDate(view.deadline, p.locale))}</p>
      {view.message ? (
        <div class="ds-alert" data-color="info">
          <h2>{t.messageHeading}</h2>
          <p lang="nb">{view.message}</p>
        </div>
      ) : null}
      <SelectInput f={f} name="status" label={t.fieldStatus} choices={COUNCIL_STATUSES.map((s) => ({ value: s, label: t.statusText(s) }))} />
      <SelectInput f={f} name="council_body" label={t.fieldCouncilBody} choices={[none, ...[...COUNCIL_BODIES, 'other'].map((b) => ({ value: b, label: t.councilBodyText(b) }))]} />
      <TextInput f={f} name="council_body_other" label={t.fieldCouncilBodyOther} hint={t.councilBodyOtherHint} maxlength={200} />
      <TextInput f={f} name="meeting_date" label={t.fieldMeetingDate} hint={t.dateHint} autocomplete="off" />
      <TextInput f={f} name="local_case_number" label={t.fieldLocalCase} hint={t.localCaseHint} maxlength={60} />
      <TextInput f={f} name="local_archive_number" label={t.fieldLocalArchive} hint={t.localArchiveHint} maxlength={60} />
      <SelectInput f={f} name="outcome" label={t.fieldOutcome} choices={[{ value: '', label: t.noOutcome }, ...COUNCIL_OUTCOMES.map((o) => ({ value: o, label: t.outcomeText(o) }))]} />
      <TextArea f={f} name="resolution_text" label={t.fieldResolution} hint={t.resolutionHint} rows={10} />
      {points.length > 0 ? (
        <fieldset class="ds-fieldset">
          <legend class="ds-label">{t.pointsLegend}</legend>
          {points.map((text, i) => (
            <SelectInput f={f} name={`point.${i + 1}`} label={t.fieldPoint(i + 1)} hint={text} choices={POINT_POSITIONS.map((x) => ({ value: x, label: t.positionText(x) }))} />
          ))}
        </fieldset>
      ) : null}
      <TextInput f={f} name="public_record_url" label={t.fieldPublicRecord} hint={t.publicRecordHint} type="text" inputmode="text" maxlength={2000} />
      <FileField f={f} name="minute_extract" accept={DOCUMENT_ACCEPT} required={false} label={t.fieldMinuteExtract} hint={`${t.minuteExtractHint(props.maxMb)}${council.minuteExtractDocumentId ? ` ${t.minuteExtractKept}` : ''}`} />
      <div>
        <button class="ds-button" type="submit">
          {t.recordButton}
        </button>
      </div>
    </form>
  );
}
