import { formatDate } from '../../platform/i18n';
import { osloDate } from './oslo-time';
import type { MeetingStatus } from './meetings.catalog';

/**
 * The life of a meeting, in one place: planned → summoned → held → minutes approved, and cancelled
 * from planned or summoned. Every command asks `refusal(status, action)` before it writes; a reason
 * back means the write is refused with 409 and that reason.
 */
export type MeetingAction =
  | 'edit_details'
  | 'edit_agenda'
  | 'edit_item'
  | 'summon'
  | 'hold'
  | 'cancel'
  | 'record_treatment'
  | 'draft_minutes'
  | 'approve_minutes';

export interface MeetingState {
  status: MeetingStatus | string;
  agendaItemCount?: number;
  hasMinutes?: boolean;
  minutesApprovedAt?: string | null;
  minutesApprovedBy?: string | null;
}

/** Where each transition leads; actions that write without changing status are not listed. */
const TRANSITIONS: Partial<Record<MeetingAction, { from: readonly MeetingStatus[]; to: MeetingStatus }>> = {
  summon: { from: ['planned'], to: 'summoned' },
  hold: { from: ['summoned'], to: 'held' },
  cancel: { from: ['planned', 'summoned'], to: 'cancelled' },
  approve_minutes: { from: ['held'], to: 'minutes_approved' },
};

/** Statuses in which an action that does not change the status may write. */
type InPlaceAction = 'edit_details' | 'edit_agenda' | 'edit_item' | 'record_treatment' | 'draft_minutes';
const ALLOWED_IN: Record<InPlaceAction, readonly MeetingStatus[]> = {
  edit_details: ['planned', 'summoned'],
  edit_agenda: ['planned', 'summoned'],
  // An item's title and publicity may still be corrected after the meeting, until the minutes lock it.
  edit_item: ['planned', 'summoned', 'held'],
  record_treatment: ['held'],
  draft_minutes: ['held'],
};

export function lockedMessage(state: MeetingState): string {
  const when = state.minutesApprovedAt ? ` on ${formatDate(osloDate(state.minutesApprovedAt))}` : '';
  const who = state.minutesApprovedBy ? ` by ${state.minutesApprovedBy}` : '';
  return `The minutes of this meeting were approved${when}${who} and are locked: the meeting, its agenda, treatments and minutes can no longer be changed.`;
}

/** Null when `action` is allowed in `state`; otherwise why not, in a sentence that says what to do. */
export function refusal(state: MeetingState, action: MeetingAction): string | null {
  if (state.status === 'minutes_approved') return lockedMessage(state);
  if (state.status === 'cancelled') return 'This meeting is cancelled: it can no longer be changed.';
  const transition = TRANSITIONS[action];
  if (transition) {
    if (!(transition.from as readonly string[]).includes(state.status)) return wrongStatus(state.status, action);
    if (action === 'summon' && (state.agendaItemCount ?? 0) < 1) {
      return 'A summons needs an agenda: add at least one item to the agenda before summoning the meeting.';
    }
    if (action === 'approve_minutes' && !state.hasMinutes) return 'There are no minutes to approve yet: draft the minutes first.';
    return null;
  }
  const allowed = ALLOWED_IN[action as InPlaceAction];
  return allowed.includes(state.status as MeetingStatus) ? null : wrongStatus(state.status, action);
}

/** The status after a transition; the status itself for actions that do not change it. */
export function statusAfter(status: MeetingStatus, action: MeetingAction): MeetingStatus {
  return TRANSITIONS[action]?.to ?? status;
}

/** True when nothing of the meeting may change any more. */
export function isLocked(status: string): boolean {
  return status === 'minutes_approved';
}

function wrongStatus(status: string, action: MeetingAction): string {
  switch (action) {
    case 'summon':
      return `Only a planned meeting can be summoned; this one is ${status}.`;
    case 'hold':
      return status === 'planned'
        ? 'Only a summoned meeting can be marked as held: summon it first (its agenda needs at least one item).'
        : `Only a summoned meeting can be marked as held; this one is ${status}.`;
    case 'cancel':
      return `Only a planned or summoned meeting can be cancelled; this one is ${status}.`;
    case 'approve_minutes':
      return `Minutes can be approved only after the meeting is held; this one is ${status}.`;
    case 'record_treatment':
      return `Treatments can be recorded only when the meeting has been held; this one is ${status}. Mark it as held first.`;
    case 'draft_minutes':
      return `Minutes can be drafted only when the meeting has been held; this one is ${status}. Mark it as held first.`;
    case 'edit_item':
    case 'edit_details':
    case 'edit_agenda':
      return `The meeting is ${status}: its details and agenda can be changed only before it is held.`;
  }
}
