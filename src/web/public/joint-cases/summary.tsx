import type { JointCaseSummary, JointCaseView, TallyView } from '../../../modules/joint-cases';
import { formatDate, formatNumber } from '../../../platform/i18n';
import { jointCases as messages } from '../../locales/joint-cases';
import type { PageContext } from '../../page-context';

/** "Sak 03/2018 <title>", or the title alone when the case has no number yet. */
export function jointCaseHeading(p: PageContext, view: Pick<JointCaseSummary, 'caseNumber' | 'title'>): string {
  return view.caseNumber ? messages(p.locale).caseTitle(view.caseNumber, view.title) : view.title;
}

/** The rule's share as a fraction ("2/3"). */
function share(view: JointCaseSummary): string {
  return `${view.rule.threshold.numerator}/${view.rule.threshold.denominator}`;
}

/** The computed outcome in a few words ("Ikke avgjort ennå"), for lists. */
export function resultWords(p: PageContext, view: JointCaseSummary): string {
  return messages(p.locale).resultShort(view.outcome.result);
}

/** Deadline, referral day, the rule and its weighting: what the councils were asked and how it is decided. */
export function ReferralFacts({ p, view, caseHref }: { p: PageContext; view: JointCaseView; caseHref: string }) {
  const t = messages(p.locale);
  return (
    <dl class="facts">
      <dt>{t.deadline}</dt>
      <dd>{formatDate(view.deadline, p.locale)}</dd>
      <dt>{t.referred}</dt>
      <dd>{formatDate(view.referredAt, p.locale)}</dd>
      <dt>{t.rule}</dt>
      <dd>
        {t.ruleText(view.rule.rule, share(view))}. {t.weightingText(view.rule.weighting)}.
      </dd>
      <dt>{t.fromCase}</dt>
      <dd>
        <a href={p.href(caseHref)}>{jointCaseHeading(p, view)}</a>
      </dd>
    </dl>
  );
}

function Tally({ p, view, tally }: { p: PageContext; view: JointCaseSummary; tally: TallyView }) {
  const t = messages(p.locale);
  const n = (x: number) => (view.rule.weighting === 'population' ? t.unitPeople(formatNumber(x)) : formatNumber(x));
  // A simple majority must exceed half; the other rules must reach their share.
  const needed = view.rule.rule === 'simple_majority' ? t.moreThan(n(tally.weightNeeded)) : t.atLeast(n(tally.weightNeeded));
  return <>{t.tallyText(n(tally.weightFor), n(tally.weightAgainst), needed)}</>;
}

/** The computed outcome (whole, or per point), the counts, and who is late. */
export function OutcomeSection({ p, view }: { p: PageContext; view: JointCaseView }) {
  const t = messages(p.locale);
  const n = (x: number) => formatNumber(x);
  const c = view.counts;
  return (
    <section class="section" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">{t.outcomeHeading}</h2>
      <p class="lead">
        <strong>{t.resultText(view.outcome.result)}.</strong> {view.outcome.tally ? <Tally p={p} view={view} tally={view.outcome.tally} /> : null}
      </p>
      {view.outcome.points.length > 0 ? (
        <ul>
          {view.outcome.points.map((point) => (
            <li>
              {t.pointResult(point.point, t.resultShort(point.result))}. <Tally p={p} view={view} tally={point.tally} />
            </li>
          ))}
        </ul>
      ) : null}
      <ul class="plain-list" aria-label={t.counts}>
        <li>{t.countTreated(n(c.treated), n(c.total))}</li>
        <li>{t.countFor(n(c.for))}</li>
        <li>{t.countAgainst(n(c.against))}</li>
        {c.withdrawn > 0 ? <li>{t.countWithdrawn(n(c.withdrawn))}</li> : null}
      </ul>
      <h3>{t.lateHeading}</h3>
      {view.late.length === 0 ? (
        <p>{t.noneLate}</p>
      ) : (
        <ul>
          {view.late.map((m) => (
            <li>
              {m.memberName} <span class="muted">{m.memberCode}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The proposal as referred: its text, and its numbered points when the councils take them one by one. */
export function ProposalSection({ p, view }: { p: PageContext; view: JointCaseView }) {
  const t = messages(p.locale);
  const paragraphs = (view.proposal.text ?? '').split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
  return (
    <section class="section" aria-labelledby="proposal-heading">
      <h2 id="proposal-heading">{t.proposalHeading}</h2>
      <div lang={p.locale === 'nb' ? undefined : 'nb'}>
        {paragraphs.map((para) => (
          <p>{para}</p>
        ))}
        {view.proposalMode === 'points' && view.proposal.points.length > 0 ? (
          <ol>
            {view.proposal.points.map((point) => (
              <li>{point}</li>
            ))}
          </ol>
        ) : null}
      </div>
    </section>
  );
}
