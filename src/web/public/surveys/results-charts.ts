import { barChartSvg, percentOf, type Distribution, type SurveyResults } from '../../../modules/surveys/results';
import { formatNumber, pickText, type Locale, type LocalizedText } from '../../../platform/i18n';
import { surveys } from '../../locales/surveys';

/** The SVG charts of a results page, drawn before the page renders: `id` (overall) and `id:by` (breakdown). */
export type ResultCharts = Map<string, string>;

const text = (t: LocalizedText | undefined, locale: Locale) => pickText(t, locale)?.text ?? '';

export function chartTitleId(distributionId: string, breakdown: boolean): string {
  return `chart-${distributionId.replace(/[^A-Za-z0-9_-]/g, '-')}${breakdown ? '-by' : ''}`;
}

export async function resultCharts(results: SurveyResults, locale: Locale): Promise<ResultCharts> {
  const t = surveys(locale);
  const charts: ResultCharts = new Map();
  await Promise.all(
    results.distributions.map(async (d) => {
      const o = d.overall;
      if (!o.hidden && o.counts && o.n) {
        const bars = d.categories.map((c, i) => ({ label: text(c.label, locale), value: o.counts![i]!, text: label(o.counts![i]!, o.n!) }));
        charts.set(d.id, await barChartSvg({ axisTitle: t.axisCount, bars }, { titleId: chartTitleId(d.id, false) }));
      }
      const shown = d.breakdown?.groups.filter((g) => !g.hidden && g.counts && g.n) ?? [];
      if (shown.length > 0) charts.set(`${d.id}:by`, await breakdownChart(d, shown, locale));
    }),
  );
  return charts;
}

/** Percentages per group, so that groups of different sizes compare; each bar says count and per cent. */
function breakdownChart(d: Distribution, groups: NonNullable<Distribution['breakdown']>['groups'], locale: Locale): Promise<string> {
  const t = surveys(locale);
  const bars = groups.flatMap((g) =>
    d.categories.map((c, i) => ({
      group: `${text(g.label, locale)} (n = ${formatNumber(g.n!)})`,
      label: text(c.label, locale),
      value: percentOf(g.counts![i]!, g.n!),
      text: label(g.counts![i]!, g.n!),
    })),
  );
  return barChartSvg({ axisTitle: t.axisPercent, max: 100, bars }, { titleId: chartTitleId(d.id, true) });
}

function label(count: number, n: number): string {
  return `${formatNumber(count)} (${formatNumber(Math.round(percentOf(count, n)))} %)`;
}
