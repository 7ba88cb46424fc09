import type { TreatmentRow } from '../cases.repository';
import type { ResolutionView, TreatmentView, VotesView } from './views';

/** Stored JSON arrays of strings; a broken value reads as empty rather than failing a public page. */
export function stringList(json: string | null | undefined): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function resolutionOf(text: string | null, pointsJson: string | null): ResolutionView {
  return { text, points: stringList(pointsJson) };
}

type TreatmentColumns = Omit<TreatmentRow, 'agenda_item_id' | 'updated_at'>;

export function treatmentViewOf(row: TreatmentColumns): TreatmentView {
  return {
    id: row.id,
    outcome: row.outcome,
    resolution: resolutionOf(row.resolution_text, row.resolution_points),
    amendments: stringList(row.amendments),
    votes: votesOf(row),
    isUnanimous: row.is_unanimous === 1,
    notes: row.notes,
    isIllustrative: row.is_illustrative === 1,
    illustrativeNote: row.illustrative_note,
    recordedAt: row.recorded_at,
  };
}

function votesOf(row: TreatmentColumns): VotesView | null {
  if (row.votes_by_name) {
    const entries = JSON.parse(row.votes_by_name) as { name: string; vote: 'for' | 'against' | 'blank' }[];
    return { kind: 'by_name', entries };
  }
  if (row.votes_for === null && row.votes_against === null && row.votes_blank === null) return null;
  return { kind: 'counts', for: row.votes_for ?? 0, against: row.votes_against ?? 0, blank: row.votes_blank ?? 0 };
}

/** The treatment columns that `pathsOf` selects with a `t_` prefix, back as a treatment; null when untreated. */
export function treatmentFromPrefixed(row: Record<string, unknown>): TreatmentView | null {
  if (row.t_id === null || row.t_id === undefined) return null;
  const pick = (name: string) => row[`t_${name}`] as never;
  return treatmentViewOf({
    id: pick('id'), outcome: pick('outcome'), resolution_text: pick('resolution_text'), resolution_points: pick('resolution_points'),
    amendments: pick('amendments'), votes_for: pick('votes_for'), votes_against: pick('votes_against'), votes_blank: pick('votes_blank'),
    votes_by_name: pick('votes_by_name'), is_unanimous: pick('is_unanimous'), notes: pick('notes'), is_illustrative: pick('is_illustrative'),
    illustrative_note: pick('illustrative_note'), recorded_at: pick('recorded_at'),
  });
}

/** A resolution is public once the minutes that record it are approved; before that it is a draft. */
export function treatmentVisible(meetingStatus: string, visibility: 'all' | 'public'): boolean {
  return visibility === 'all' || meetingStatus === 'minutes_approved';
}
