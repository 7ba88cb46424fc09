import { planMerger, MERGER_RULES, type MergerPlan, type MergerStep } from '../../../modules/services';
import type { CooperationView } from '../../../modules/cooperations';
import type { ChangeSet } from '../../../modules/registry';
import type { Db } from '../../../platform/db/database';
import { ValidationError } from '../../../platform/errors';
import { isIsoDate } from '../../../platform/http/query';
import { formatDate, formatDateTime, formatNumber } from '../../../platform/i18n';
import { ScrollTable } from '../../components/table';
import { services as messages } from '../../locales/services';
import type { PageContext } from '../../page-context';
import { Csrf, FormMessages, FormModel, SelectInput, TextArea, type FailedForm } from '../form-kit';
import { SERVICES } from './paths';

export const MERGER_RULE_FORM = 'merger-rule';
export const APPLY_MERGER_FORM = 'apply-merger';

interface Props {
  p: PageContext;
  coop: CooperationView;
  sets: ChangeSet[];
  rule: { rule: string; splitSuccessors: Record<string, string> };
  applied: Array<{ id: number; effectiveOn: string; rule: string; appliedAt: string; actorLabel: string; steps: MergerStep[] }>;
  /** `?endring=YYYY-MM-DD`: the change set to preview. */
  preview: string | undefined;
  db: Db;
  failed: FailedForm | null;
  serviceNames: Map<number, string>;
}

/** The merger rule, a preview of what a change set would do, the button that applies it, and what was applied. */
export async function MergerSection({ p, coop, sets, rule, applied, preview, db, failed, serviceNames }: Props) {
  const t = messages(p.locale);
  const ruleForm = new FormModel(p, MERGER_RULE_FORM, {
    failed,
    prefix: 'rule-',
    defaults: { rule: rule.rule, split_successors: Object.entries(rule.splitSuccessors).map(([a, b]) => `${a}=${b}`).join('\n') },
    labels: { rule: t.fieldRule, split_successors: t.fieldSplits },
  });
  const chosen = preview && isIsoDate(preview) ? preview : null;
  const applyForm = new FormModel(p, APPLY_MERGER_FORM, { failed, prefix: 'apply-', defaults: { endring: chosen ?? sets[0]?.effectiveOn ?? '' }, labels: { endring: t.fieldChangeSet, effective_on: t.fieldChangeSet } });
  let plan: MergerPlan | null = null;
  if (chosen) {
    plan = await planMerger(db, coop.id, chosen).catch((error: unknown) => {
      if (error instanceof ValidationError) return null;
      throw error;
    });
  }
  const choices = sets.map((s) => ({ value: s.effectiveOn, label: t.changeSetOption(formatDate(s.effectiveOn), s.changes.length) }));
  return (
    <section class="section" aria-labelledby="mergers-heading">
      <h2 id="mergers-heading">{t.mergersHeading}</h2>
      <p>{t.mergersIntro}</p>
      <form class="section" method="post" action={p.href(SERVICES.mergerRule(coop.slug))} novalidate>
        <Csrf p={p} />
        <FormMessages f={ruleForm} />
        <SelectInput f={ruleForm} name="rule" label={t.fieldRule} choices={MERGER_RULES.map((r) => ({ value: r, label: t.ruleName(r) }))} />
        <TextArea f={ruleForm} name="split_successors" label={t.fieldSplits} hint={t.splitsHint} rows={2} />
        <div>
          <button class="ds-button" type="submit" data-variant="secondary">
            {t.saveRuleButton}
          </button>
        </div>
      </form>
      <form class="date-form" method="get" action={p.href(SERVICES.home(coop.slug))}>
        <SelectInput f={applyForm} name="endring" label={t.fieldChangeSet} choices={choices} />
        <button class="ds-button" type="submit" data-variant="secondary">
          {t.previewButton}
        </button>
      </form>
      {plan ? <Preview p={p} coop={coop} plan={plan} applyForm={applyForm} serviceNames={serviceNames} /> : null}
      {applied.length > 0 ? (
        <ScrollTable p={p} id="merger-applications" caption={t.appliedCaption}>
          <thead>
            <tr>
              <th scope="col">{t.fieldChangeSet}</th>
              <th scope="col">{t.fieldRule}</th>
              <th scope="col">{t.colApplied}</th>
              <th scope="col">{t.colBy}</th>
              <th scope="col" class="num">
                {t.colSteps}
              </th>
            </tr>
          </thead>
          <tbody>
            {applied.map((a) => (
              <tr>
                <th scope="row">{formatDate(a.effectiveOn)}</th>
                <td>{t.ruleName(a.rule)}</td>
                <td>{formatDateTime(a.appliedAt, p.locale)}</td>
                <td>{a.actorLabel}</td>
                <td class="num">{formatNumber(a.steps.length)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
    </section>
  );
}

function Preview(props: { p: PageContext; coop: CooperationView; plan: MergerPlan; applyForm: FormModel; serviceNames: Map<number, string> }) {
  const { p, coop, plan, applyForm } = props;
  const t = messages(p.locale);
  const date = formatDate(plan.effectiveOn);
  if (plan.steps.length === 0) return <p role="status">{t.nothingToDo}</p>;
  return (
    <>
      <ScrollTable p={p} id="merger-preview" caption={t.previewCaption(date)}>
        <thead>
          <tr>
            <th scope="col">{t.colFromCode}</th>
            <th scope="col">{t.colPlace}</th>
            <th scope="col">{t.colSuccessors}</th>
            <th scope="col">{t.colOutcome}</th>
          </tr>
        </thead>
        <tbody>
          {plan.steps.map((s) => (
            <tr>
              <th scope="row">{s.fromCode}</th>
              <td>{s.target === 'membership' ? t.membershipPlace : t.participantPlace(props.serviceNames.get(s.serviceId ?? 0) ?? '')}</td>
              <td>{s.successorCodes.join(', ')}</td>
              <td>{t.outcome(s.outcome, s.joins ?? s.successorCodes.join(', '))}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <form class="section" method="post" action={p.href(SERVICES.merger(coop.slug))} novalidate>
        <Csrf p={p} />
        <FormMessages f={applyForm} />
        <input type="hidden" name="effective_on" value={plan.effectiveOn} />
        <button class="ds-button" type="submit">
          {t.applyButton(date)}
        </button>
      </form>
    </>
  );
}
