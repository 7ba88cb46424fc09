import { describe, expect, it } from 'vitest';
import { instantInput, recordTreatmentInput, scheduleMeetingInput } from './meetings.schemas';

describe('meeting inputs', () => {
  it('reads times as ISO instants or as Oslo wall-clock times from a form', () => {
    expect(instantInput.parse('2018-03-15T10:00')).toBe('2018-03-15T09:00:00.000Z');
    expect(instantInput.parse('2018-03-15T10:00:00+01:00')).toBe('2018-03-15T09:00:00.000Z');
    expect(instantInput.parse('2018-03-15T09:00:00Z')).toBe('2018-03-15T09:00:00.000Z');
    const bad = instantInput.safeParse('15.03.2018 10:00');
    expect(bad.error!.issues[0]!.message).toMatch(/for example 2018-03-15T10:00/);
  });

  it('refuses an end before the start, naming ends_at', () => {
    const result = scheduleMeetingInput.safeParse({ body_id: 1, starts_at: '2018-03-15T10:00', ends_at: '2018-03-15T09:00' });
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['ends_at']);
    expect(scheduleMeetingInput.parse({ body_id: 1, starts_at: '2018-03-15T10:00', ends_at: '' }).ends_at).toBeNull();
  });

  it('takes votes as counts or by name, not both, and asks for the resolution when changed', () => {
    const both = recordTreatmentInput.safeParse({ agenda_item_id: 1, outcome: 'rejected', votes_for: '3', votes_by_name: [{ name: 'Ordfører i Asker', vote: 'for' }] });
    expect(both.error!.issues[0]!.path).toEqual(['votes_by_name']);
    const changed = recordTreatmentInput.safeParse({ agenda_item_id: 1, outcome: 'adopted_with_changes' });
    expect(changed.error!.issues[0]!.path).toEqual(['resolution_text']);
    expect(recordTreatmentInput.parse({ agenda_item_id: '1', outcome: 'noted', votes_for: '', votes_against: '2' })).toMatchObject({ votes_for: null, votes_against: 2 });
    expect(recordTreatmentInput.safeParse({ agenda_item_id: 1, outcome: 'maybe' }).error!.issues[0]!.message).toMatch(/must be one of: adopted_as_proposed/);
  });
});
