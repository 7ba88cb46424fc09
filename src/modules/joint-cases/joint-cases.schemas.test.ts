import { expect, it } from 'vitest';
import { recordCouncilTreatmentInput, referJointCaseInput } from './joint-cases.schemas';

const fields = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.')).sort();

it('reads a referral as a form posts it: codes as a list, a reminder of 7 days by default, none when blank', () => {
  const base = { case_id: '3', deadline: '2018-05-30', proposal_mode: 'points', outcome_rule: 'simple_majority' };
  const parsed = referJointCaseInput.parse({ ...base, members: '0220, 0219 0626' });
  expect(parsed.members).toEqual(['0220', '0219', '0626']);
  expect(parsed.reminder_days_before).toBe(7);
  expect(referJointCaseInput.parse({ ...base, members: 'all', reminder_days_before: '' }).reminder_days_before).toBeNull();
  expect(fields(referJointCaseInput.safeParse({ ...base, members: ['220'], deadline: '2018-02-30' }))).toEqual(['deadline', 'members.0']);
  expect(fields(referJointCaseInput.safeParse({ ...base, members: 'all', outcome_rule: 'qualified_majority', threshold_numerator: 2 }))).toEqual(['threshold_denominator']);
  expect(fields(referJointCaseInput.safeParse({ ...base, members: 'all', outcome_rule: 'qualified_majority', threshold_numerator: 0, threshold_denominator: 3 }))).toEqual(['threshold_numerator']);
});

it('asks for an outcome and a meeting date when treated, and refuses an outcome otherwise and a URL that is not http(s)', () => {
  const base = { joint_case_id: 1, member_code: '0220' };
  expect(fields(recordCouncilTreatmentInput.safeParse({ ...base, status: 'treated' }))).toEqual(['meeting_date', 'outcome']);
  expect(fields(recordCouncilTreatmentInput.safeParse({ ...base, status: 'scheduled', outcome: 'rejected' }))).toEqual(['outcome']);
  expect(fields(recordCouncilTreatmentInput.safeParse({ ...base, status: 'scheduled', public_record_url: 'ftp://asker.kommune.no/x' }))).toEqual(['public_record_url']);
  expect(recordCouncilTreatmentInput.parse({ ...base, status: 'scheduled', public_record_url: 'https://asker.kommune.no/politikk', outcome: '' }).outcome).toBeNull();
  expect(fields(recordCouncilTreatmentInput.safeParse({ ...base, status: 'scheduled', point_positions: [{ point: 1, position: 'for' }, { point: 1, position: 'against' }] })))
    .toEqual(['point_positions.1.point']);
});
