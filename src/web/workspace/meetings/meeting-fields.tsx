import { MEETING_KINDS, osloDate, termLabel } from '../../../modules/meetings';
import { meetings as messages } from '../../locales/meetings';
import type { PageContext } from '../../page-context';
import { SelectInput, TextArea, TextInput, type FieldMessages, type FormModel } from '../form-kit';
import { timeInOslo } from '../../public/meetings/parts';

/**
 * The fields of a meeting (date, times in Oslo time, place, kind, note), shared by "Nytt møte" and
 * the meeting's details form. The form posts the date and the times apart (plain fields that work in
 * every browser); `meetingTimes` joins them as the commands take them.
 */
export function MeetingFields({ p, f }: { p: PageContext; f: FormModel }) {
  const t = messages(p.locale);
  return (
    <>
      <TextInput f={f} name="date" label={t.date} type="date" required />
      <TextInput f={f} name="start_time" label={t.startTime} hint={t.startTimeHint} inputmode="numeric" autocomplete="off" maxlength={5} required />
      <TextInput f={f} name="end_time" label={t.endTime} hint={t.endTimeHint} inputmode="numeric" autocomplete="off" maxlength={5} />
      <TextInput f={f} name="place" label={t.placeField} hint={t.placeHint} maxlength={300} />
      <SelectInput f={f} name="kind" label={t.kindField} choices={MEETING_KINDS.map((k) => ({ value: k.key, label: termLabel(MEETING_KINDS, k.key, p.locale) }))} />
      <TextArea f={f} name="note" label={t.noteField} hint={t.noteHint} rows={3} />
    </>
  );
}

export function meetingLabels(p: PageContext): Record<string, string> {
  const t = messages(p.locale);
  return { date: t.date, start_time: t.startTime, end_time: t.endTime, place: t.placeField, kind: t.kindField, note: t.noteField };
}

/** Posted date and times → `starts_at` / `ends_at` (Oslo wall clock; the command reads it as such). */
export function meetingTimes(v: Record<string, string>): { starts_at: string; ends_at: string | null } {
  const date = (v.date ?? '').trim();
  const start = (v.start_time ?? '').trim().replace('.', ':');
  const end = (v.end_time ?? '').trim().replace('.', ':');
  return { starts_at: `${date}T${start.padStart(5, '0')}`, ends_at: end ? `${date}T${end.padStart(5, '0')}` : null };
}

/** The command's field names back to the form's: a bad start is shown at the date and time fields. */
export function toMeetingFields(errors: FieldMessages): FieldMessages {
  const out: FieldMessages = {};
  for (const [key, list] of Object.entries(errors)) {
    const field = key === 'starts_at' ? 'start_time' : key === 'ends_at' ? 'end_time' : key;
    out[field] = [...(out[field] ?? []), ...list];
  }
  return out;
}

/** A stored meeting as form values. */
export function meetingValues(m: { startsAt: string; endsAt: string | null; place: string | null; kind: string; note: string | null }): Record<string, string> {
  return {
    date: osloDate(m.startsAt),
    start_time: timeInOslo(m.startsAt),
    end_time: m.endsAt ? timeInOslo(m.endsAt) : '',
    place: m.place ?? '',
    kind: m.kind,
    note: m.note ?? '',
  };
}
