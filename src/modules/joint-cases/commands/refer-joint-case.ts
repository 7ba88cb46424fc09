import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../../platform/authz';
import { defineCommand } from '../../../platform/command';
import type { Database } from '../../../platform/db/schema';
import { NotFoundError, ValidationError, type FieldErrors } from '../../../platform/errors';
import { todayInOslo } from '../../../platform/i18n';
import { scheduleJob } from '../../../platform/jobs';
import { getCase } from '../../cases';
import { membersOn, type MemberView } from '../../cooperations';
import { osloLocalToInstant } from '../../meetings';
import { JOINT_CASE_REMINDER, reminderDueOn } from '../reminder-schedule';
import { canManageJointCases } from '../joint-cases.policy';
import { cooperationOfCase, insertCouncils, insertJointCase, populationUpTo } from '../joint-cases.repository';
import { referJointCaseInput } from '../joint-cases.schemas';
import { cooperationOfJointCase } from './guard';

type Input = z.output<typeof referJointCaseInput>;

/**
 * Sends a case to all or some members of its cooperation: copies the title and proposal, or the
 * proposal given for the councils (so a later edit of the case changes nothing they were asked), one council row per member with its name
 * and population as of the referral day, and schedules the reminder.
 */
export const referJointCase = defineCommand({
  name: 'referJointCase',
  input: referJointCaseInput,
  async authorize(actor, input, trx) {
    const row = await cooperationOfCase(trx, input.case_id);
    if (!row) throw new NotFoundError('No case has this id.');
    return canManageJointCases(actor, row.cooperation_id);
  },
  pageScope: async (trx, _input, result: { id: number }) => ({ cooperationId: await cooperationOfJointCase(trx, result.id) }),
  async run(trx, input, actor) {
    const found = await getCase(trx, input.case_id, actor);
    if (!found) throw new NotFoundError('No case has this id.');
    const proposal = {
      text: input.proposal_text ?? found.proposal.text,
      points: input.proposal_points?.length ? input.proposal_points : found.proposal.points,
    };
    const referredOn = referralDay(input, actor);
    const members = chosenMembers(await membersOn(trx, found.cooperationId, referredOn), input, referredOn);
    const population = await populationUpTo(trx, members.map((m) => m.code), Number(referredOn.slice(0, 4)));
    checkReferral(input, proposal.points, members, population, referredOn);

    const now = new Date().toISOString();
    const threshold = input.outcome_rule === 'qualified_majority'
      ? { threshold_numerator: input.threshold_numerator!, threshold_denominator: input.threshold_denominator! }
      : input.outcome_rule === 'unanimous' ? { threshold_numerator: 1, threshold_denominator: 1 } : { threshold_numerator: 1, threshold_denominator: 2 };
    const values = {
      case_id: found.id,
      cooperation_id: found.cooperationId,
      title: found.title,
      deadline: input.deadline,
      proposal_mode: input.proposal_mode,
      proposal_text: proposal.text,
      proposal_points: proposal.points.length ? JSON.stringify(proposal.points) : null,
      outcome_rule: input.outcome_rule,
      ...threshold,
      weighting: input.weighting ?? 'equal',
      reminder_days_before: input.reminder_days_before,
      message: input.message ?? null,
      referred_at: referredOn === todayInOslo() ? now : osloLocalToInstant(`${referredOn}T12:00`),
      referred_by: actor.kind === 'user' ? actor.name : 'Sekretariatet',
      is_illustrative: input.is_illustrative ? 1 : 0,
      illustrative_note: input.illustrative_note ?? null,
      created_at: now,
      updated_at: now,
    };
    const id = await insertJointCase(trx, values);
    const emails = input.clerk_emails ?? {};
    await insertCouncils(trx, members.map((m) => ({
      joint_case_id: id,
      member_code: m.code,
      member_name: m.name,
      population: population.get(m.code) ?? null,
      clerk_email: emails[m.code] || null,
      updated_at: now,
    })));
    const reminder = await scheduleReminder(trx, id, input.deadline, input.reminder_days_before);
    return {
      result: { id },
      audit: [{ action: 'joint_case.refer', entityType: 'joint_case', entityId: id, after: { ...values, members: members.map((m) => m.code), reminder } }],
    };
  },
});

/** Only the system (the demo, the CLI) may refer on another day than today: history is entered as it happened. */
function referralDay(input: Input, actor: Actor): string {
  if (!input.referred_on) return todayInOslo();
  if (actor.kind !== 'system') throw new ValidationError({ referred_on: ['may not be given: a referral is made today'] });
  return input.referred_on;
}

function chosenMembers(all: MemberView[], input: Input, on: string): MemberView[] {
  if (input.members === 'all') return all;
  const byCode = new Map(all.map((m) => [m.code, m]));
  const unknown = input.members.filter((code) => !byCode.has(code));
  if (unknown.length) {
    throw new ValidationError({ members: [`${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a member of the cooperation on ${on}; choose among ${all.map((m) => m.code).join(', ')}`] });
  }
  return [...new Set(input.members)].map((code) => byCode.get(code)!);
}

function checkReferral(input: Input, points: string[], members: MemberView[], population: Map<string, number>, referredOn: string): void {
  const errors: FieldErrors = {};
  if (members.length === 0) errors.members = [`the cooperation has no members on ${referredOn}`];
  if (input.deadline < referredOn) errors.deadline = [`must be on or after the referral day ${referredOn}`];
  if (input.proposal_mode === 'points' && points.length === 0) {
    errors.proposal_mode = ['is points, but the proposal has no numbered points: choose whole, or give proposal_points'];
  }
  if (input.weighting === 'population') {
    const missing = members.filter((m) => !population.has(m.code));
    if (missing.length) {
      errors.weighting = [`is population, but the population is unknown for ${missing.map((m) => `${m.name} (${m.code})`).join(', ')}: choose equal, or import the population figures first`];
    }
  }
  const codes = new Set(members.map((m) => m.code));
  for (const code of Object.keys(input.clerk_emails ?? {})) {
    if (!codes.has(code)) errors[`clerk_emails.${code}`] = ['names a member the case is not referred to'];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/**
 * One job per joint case at 08:00 Oslo time on the reminder day. A day already past (history entered
 * afterwards, such as the demo) gets no job: a reminder about a deadline long gone helps nobody.
 */
async function scheduleReminder(trx: Transaction<Database>, id: number, deadline: string, daysBefore: number | null) {
  if (daysBefore === null) return null;
  const dueOn = reminderDueOn(deadline, daysBefore);
  const runAt = osloLocalToInstant(`${dueOn}T08:00`);
  if (runAt <= new Date().toISOString()) return null;
  await scheduleJob(trx, { key: `${JOINT_CASE_REMINDER}:${id}:${dueOn}`, kind: JOINT_CASE_REMINDER, runAt, payload: { jointCaseId: id, dueOn } });
  return { dueOn, runAt };
}
