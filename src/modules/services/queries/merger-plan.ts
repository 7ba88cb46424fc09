import type { Db } from '../../../platform/db/database';
import { ValidationError } from '../../../platform/errors';
import { membershipsOfCooperation } from '../../cooperations';
import { changeSetOn, changeSets, dayBefore } from '../../registry';
import { covers } from '../periods';
import { DEFAULT_MERGER_RULE, type MergerRule } from '../services.catalog';
import { mergerRuleOf, ownParticipantsOfCooperation } from '../services.repository';

/** Why a successor does or does not take the place of a ceased member. */
export type StepOutcome = 'joins' | 'already_there' | 'not_all_predecessors' | 'manual_rule' | 'split_without_choice';

/** One place (a membership, or a participation in one of the cooperation's services) that a change of codes ends. */
export interface MergerStep {
  target: 'membership' | 'participant';
  recordId: number;
  serviceId: number | null;
  role: string | null;
  fromCode: string;
  /** Every successor in SSB's change list (several for a split). */
  successorCodes: string[];
  /** The last day of the old place: the day before the change. */
  endOn: string;
  /** Its old last day, which the successor's place keeps (null: open). */
  oldEndOn: string | null;
  /** The successor that takes the place from the change, or null. */
  joins: string | null;
  outcome: StepOutcome;
}

export interface MergerPlan {
  cooperationId: number;
  effectiveOn: string;
  rule: MergerRule;
  splitSuccessors: Record<string, string>;
  steps: MergerStep[];
}

export async function mergerRuleFor(db: Db, cooperationId: number): Promise<{ rule: MergerRule; splitSuccessors: Record<string, string> }> {
  const row = await mergerRuleOf(db, cooperationId);
  return {
    rule: (row?.rule as MergerRule | undefined) ?? DEFAULT_MERGER_RULE,
    splitSuccessors: row ? (JSON.parse(row.split_successors) as Record<string, string>) : {},
  };
}

interface Place {
  id: number;
  code: string;
  start_on: string | null;
  end_on: string | null;
  serviceId: number | null;
  role: string | null;
}

/**
 * What applying the change set of `effectiveOn` to a cooperation would do, without doing it: the
 * preview the workspace shows, and the very list the apply command carries out. A place held on the
 * day before by a code that ceases is ended that day; its successor takes it from the change when
 * the cooperation's rule says so. Places already ended by an earlier application are not found
 * again, so a second application has nothing to do.
 */
export async function planMerger(db: Db, cooperationId: number, effectiveOn: string): Promise<MergerPlan> {
  const set = await changeSetOn(db, effectiveOn);
  if (!set) {
    const known = (await changeSets(db, { from: '2018-01-01' })).map((s) => s.effectiveOn).join(', ');
    throw new ValidationError({ effective_on: [`no municipal or county codes changed on ${effectiveOn}; the change sets shipped are: ${known}`] });
  }
  const { rule, splitSuccessors } = await mergerRuleFor(db, cooperationId);
  const successors = (code: string) => [...new Set(set.changes.filter((c) => c.fromCode === code).map((c) => c.toCode))].sort();
  const predecessors = (code: string) => [...new Set(set.changes.filter((c) => c.toCode === code).map((c) => c.fromCode))];
  const ceasing = new Set(set.changes.map((c) => c.fromCode));
  const lastDay = dayBefore(effectiveOn);

  const memberships: Place[] = (await membershipsOfCooperation(db, cooperationId)).map((m) => ({
    id: m.id,
    code: m.code,
    start_on: m.startOn,
    end_on: m.endOn,
    serviceId: null,
    role: null,
  }));
  const participants: Place[] = (await ownParticipantsOfCooperation(db, cooperationId)).map((p) => ({
    id: p.id,
    code: p.member_code,
    start_on: p.start_on,
    end_on: p.end_on,
    serviceId: p.service_id,
    role: p.role,
  }));

  const stepsFor = (target: MergerStep['target'], places: Place[]): MergerStep[] => {
    const heldBefore = new Set(places.filter((p) => covers(p, lastDay)).map((p) => p.code));
    const heldAfter = new Set(places.filter((p) => covers(p, effectiveOn)).map((p) => p.code));
    const affected = places
      .filter((p) => ceasing.has(p.code) && covers(p, lastDay) && (p.end_on === null || p.end_on >= effectiveOn))
      .sort((a, b) => a.code.localeCompare(b.code));
    return affected.map((place): MergerStep => {
      const all = successors(place.code);
      const chosen = all.length === 1 ? all[0]! : (splitSuccessors[place.code] ?? null);
      let outcome: StepOutcome = 'joins';
      if (rule === 'manual') outcome = 'manual_rule';
      else if (chosen === null || !all.includes(chosen)) outcome = 'split_without_choice';
      else if (heldAfter.has(chosen)) outcome = 'already_there';
      else if (rule === 'successor_joins_if_all_members' && !predecessors(chosen).every((code) => heldBefore.has(code))) outcome = 'not_all_predecessors';
      const joins = outcome === 'joins' ? chosen : null;
      if (joins) heldAfter.add(joins);
      return {
        target,
        recordId: place.id,
        serviceId: place.serviceId,
        role: place.role,
        fromCode: place.code,
        successorCodes: all,
        endOn: lastDay,
        oldEndOn: place.end_on,
        joins,
        outcome,
      };
    });
  };

  // Participants are grouped per service: "already there" and "all predecessors" are asked within one service.
  const byService = new Map<number, Place[]>();
  for (const p of participants) byService.set(p.serviceId!, [...(byService.get(p.serviceId!) ?? []), p]);
  const steps = [...stepsFor('membership', memberships), ...[...byService.values()].flatMap((places) => stepsFor('participant', places))];
  return { cooperationId, effectiveOn, rule, splitSuccessors, steps };
}
