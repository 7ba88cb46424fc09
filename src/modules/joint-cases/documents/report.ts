/**
 * The whole joint case as one report: the referral, the computed outcome with its counts, the matrix
 * of members × points in symbols and words, who is late, then each member's record with its
 * resolution and the changes against the proposal written out in text. Printed from the view as the
 * reader got it; clerks' addresses and who submitted are never printed, as the report may be published.
 */
import { formatDate, formatNumber, type Locale } from '../../../platform/i18n';
import type { JointCaseView, TallyView } from '../views';
import { councilBlocks } from './council-record';
import { fieldBlocks, illustrativeBlocks, resolutionBlocks, textBlocks, type Block, type Outline } from './kit';
import { fill, jointLabels, type JointLabels } from './labels';
import { markOf, markSymbol, markText, type Mark } from './marks';
import { pointNumbers } from './matrix';

export function jointCaseReportOutline(view: JointCaseView, locale: Locale): Outline {
  const t = jointLabels(locale);
  const title = [t.jointCase, view.caseNumber, view.title].filter(Boolean).join(' ');
  return {
    locale,
    title: `${title} – ${t.report}`,
    letterhead: view.cooperation.name,
    author: view.cooperation.name,
    blocks: [
      { kind: 'heading', level: 1, text: `${t.jointCase}: ${view.title}` },
      ...illustrativeBlocks(t.illustrative, view.isIllustrative ? (view.illustrativeNote ?? '') : undefined),
      ...referralBlocks(view, t, locale),
      ...outcomeBlocks(view, t),
      ...matrixBlocks(view, t),
      ...lateBlocks(view, t, locale),
      { kind: 'heading', level: 2, text: t.councils },
      { kind: 'paragraph', text: t.diffLegend, note: true },
      ...view.councils.flatMap((council) => councilBlocks(view, council, t, locale)),
    ],
  };
}

function ruleText(view: JointCaseView, t: JointLabels): string {
  const { numerator: n, denominator: d } = view.rule.threshold;
  return fill(t.rules[view.rule.rule], { n, d });
}

function referralBlocks(view: JointCaseView, t: JointLabels, locale: Locale): Block[] {
  return [
    { kind: 'heading', level: 2, text: t.referral },
    ...fieldBlocks([
      [t.case, view.caseNumber],
      [t.referredOn, `${formatDate(view.referredAt, locale)} (${view.referredBy})`],
      [t.deadline, formatDate(view.deadline, locale)],
      [t.mode, t.modes[view.proposalMode]],
      [t.rule, ruleText(view, t)],
      [t.weighting, t.weightings[view.rule.weighting]],
      [t.reminder, view.reminderDaysBefore === null ? t.noReminder : fill(t.reminderDays, { n: view.reminderDaysBefore })],
      [t.publication, view.isPublished && view.publishedAt ? fill(t.publishedOn, { date: formatDate(view.publishedAt, locale) }) : t.notPublished],
    ]),
    ...(view.message?.trim() ? [{ kind: 'heading', level: 3, text: t.coveringLetter } as Block, ...textBlocks(view.message)] : []),
    { kind: 'heading', level: 3, text: t.proposal },
    ...resolutionBlocks({ text: view.proposal.text ?? undefined, points: view.proposal.points }),
  ];
}

/**
 * Under population weighting: "For å bli vedtatt må vekten for være minst 287 789 av 431 683." The
 * total and the share needed are the same for every point, so the line is printed once.
 */
function weightNeeded(view: JointCaseView, tally: TallyView, t: JointLabels): Block[] {
  if (view.rule.weighting !== 'population') return [];
  const more = view.rule.rule === 'simple_majority';
  // Weights are whole inhabitants: "at least 287 788,67" is "at least 287 789", but "more than 215 841,5" must stay as it is.
  const needed = more ? Math.round(tally.weightNeeded * 10) / 10 : Math.ceil(tally.weightNeeded);
  return [{ kind: 'paragraph', text: fill(t.weightNeeded, { op: more ? t.moreThan : t.atLeast, needed: formatNumber(needed), total: formatNumber(tally.weightTotal) }) }];
}

function outcomeBlocks(view: JointCaseView, t: JointLabels): Block[] {
  const c = view.counts;
  const weighted = view.rule.weighting === 'population';
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t.outcome },
    { kind: 'paragraph', label: t.outcome, text: t.results[view.outcome.result], strong: true },
    ...fieldBlocks([
      [t.treated, fill(t.treatedOf, { k: c.treated, n: c.total })],
      [t.for, String(c.for)],
      [t.against, String(c.against)],
      [t.withdrawn, String(c.withdrawn)],
      [t.waiting, String(c.pending)],
      [t.late, String(c.late)],
    ]),
  ];
  const whole = view.outcome.tally;
  if (whole && weighted) {
    blocks.push({ kind: 'paragraph', text: fill(t.weight, { for: formatNumber(whole.weightFor), total: formatNumber(whole.weightTotal) }) });
  }
  const first = whole ?? view.outcome.points[0]?.tally;
  if (first) blocks.push(...weightNeeded(view, first, t));
  if (view.outcome.points.length) {
    blocks.push({
      kind: 'table',
      header: [t.point, t.outcome, t.for, t.against, t.abstaining, t.waiting, ...(weighted ? [t.weightFor] : [])],
      rows: view.outcome.points.map((p) => [
        String(p.point), t.results[p.result], String(p.tally.for), String(p.tally.against), String(p.tally.abstaining), String(p.tally.pending),
        ...(weighted ? [formatNumber(p.tally.weightFor)] : []),
      ]),
      widths: weighted ? [0.1, 0.2, 0.08, 0.12, 0.16, 0.14, 0.2] : [0.1, 0.26, 0.12, 0.14, 0.2, 0.18],
    });
  }
  return blocks;
}

/**
 * Members down, points across; in whole mode one column for the proposal. Each cell is a symbol and a
 * word; with more than four points an A4 column holds the symbol only, explained by the key above
 * the table and written out in words under each member's record.
 */
function matrixBlocks(view: JointCaseView, t: JointLabels): Block[] {
  const points = pointNumbers(view);
  const columns: (number | null)[] = points.length ? points : [null];
  const cell = columns.length > 4 ? (mark: Mark) => markSymbol(mark) : (mark: Mark) => markText(mark, t);
  const first = 0.22;
  const status = 0.2;
  const rest = (1 - first - status) / columns.length;
  return [
    { kind: 'heading', level: 2, text: t.matrix },
    { kind: 'paragraph', text: t.legend, note: true },
    {
      kind: 'table',
      header: [t.member, t.status, ...columns.map((n) => (n === null ? t.proposal : String(n)))],
      rows: view.councils.map((council) => [
        `${council.memberName} (${council.memberCode})`,
        council.outcome ? t.outcomes[council.outcome] : t.statuses[council.status],
        ...columns.map((n) => cell(markOf(council, n))),
      ]),
      widths: [first, status, ...columns.map(() => rest)],
    },
  ];
}

function lateBlocks(view: JointCaseView, t: JointLabels, locale: Locale): Block[] {
  return [
    { kind: 'heading', level: 2, text: t.late },
    view.late.length
      ? { kind: 'list', ordered: false, start: 1, items: view.late.map((m) => `${m.memberName} (${m.memberCode})`) }
      : { kind: 'paragraph', text: t.noneLate },
    { kind: 'paragraph', text: fill(t.lateJudged, { date: formatDate(view.today, locale) }), note: true },
  ];
}
