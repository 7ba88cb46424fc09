import { describe, expect, it } from 'vitest';
import { MEETING_STATUS_KEYS } from './meetings.catalog';
import { refusal, statusAfter, type MeetingAction } from './meeting-status';

const ACTIONS: MeetingAction[] = ['edit_details', 'edit_agenda', 'edit_item', 'summon', 'hold', 'cancel', 'record_treatment', 'draft_minutes', 'approve_minutes'];

/** The whole table: for each status, the actions allowed (with an agenda and drafted minutes). */
const ALLOWED: Record<string, MeetingAction[]> = {
  planned: ['edit_details', 'edit_agenda', 'edit_item', 'summon', 'cancel'],
  summoned: ['edit_details', 'edit_agenda', 'edit_item', 'hold', 'cancel'],
  held: ['edit_item', 'record_treatment', 'draft_minutes', 'approve_minutes'],
  minutes_approved: [],
  cancelled: [],
};

describe('the meeting status machine', () => {
  for (const status of MEETING_STATUS_KEYS) {
    for (const action of ACTIONS) {
      const allowed = ALLOWED[status]!.includes(action);
      it(`${status}: ${action} is ${allowed ? 'allowed' : 'refused'}`, () => {
        const reason = refusal({ status, agendaItemCount: 1, hasMinutes: true }, action);
        if (allowed) expect(reason).toBeNull();
        else expect(reason).toMatch(/\w/);
      });
    }
  }

  it('leads each transition to its status', () => {
    expect(statusAfter('planned', 'summon')).toBe('summoned');
    expect(statusAfter('summoned', 'hold')).toBe('held');
    expect(statusAfter('held', 'approve_minutes')).toBe('minutes_approved');
    expect(statusAfter('summoned', 'cancel')).toBe('cancelled');
    expect(statusAfter('held', 'record_treatment')).toBe('held');
  });

  it('refuses a summons without an agenda, and approval without minutes', () => {
    expect(refusal({ status: 'planned', agendaItemCount: 0 }, 'summon')).toMatch(/at least one item/);
    expect(refusal({ status: 'held', hasMinutes: false }, 'approve_minutes')).toMatch(/draft the minutes first/);
  });

  it('says when and by whom locked minutes were approved', () => {
    const reason = refusal({ status: 'minutes_approved', minutesApprovedAt: '2018-03-15T09:00:00Z', minutesApprovedBy: 'Styringsgruppen' }, 'record_treatment');
    expect(reason).toMatch(/approved on 15\.03\.2018 .*by Styringsgruppen and are locked/);
  });

  it('holds only a summoned meeting', () => {
    expect(refusal({ status: 'planned', agendaItemCount: 1 }, 'hold')).toMatch(/summon it first/);
  });

  it('refuses minutes and treatments before the meeting is held', () => {
    expect(refusal({ status: 'summoned' }, 'draft_minutes')).toMatch(/only when the meeting has been held/);
    expect(refusal({ status: 'planned' }, 'record_treatment')).toMatch(/only when the meeting has been held/);
  });
});
