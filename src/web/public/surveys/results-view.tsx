import { raw } from 'hono/html';
import type { Dimension, Distribution, GroupDistribution, RateRow, SurveyResults } from '../../../modules/surveys/results';
import { percentOf } from '../../../modules/surveys/results';
import { formatNumber, pickText } from '../../../platform/i18n';
import { LocalizedInline, textIn } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import { chartTitleId, type ResultCharts } from './results-charts';

/**
 * A survey's results as the public and the workspace show them: the rule for hidden groups, response
 * rates, then each question's chart with its table beside it, overall and by the chosen breakdown, and
 * the free text. Every number comes from the suppressed results; hidden ones are never in the HTML.
 */
export function ResultsView({ p, results, charts, path }: { p: PageContext; results: SurveyResults; charts: ResultCharts; path: string }) {
  const t = surveys(p.locale);
  return (
    <>
      <section class="section" aria-labelledby="rule-heading">
        <h2 id="rule-heading">{t.ruleHeading}</h2>
        <p>{t.rule(results.smallCellMin)}</p>
      </section>
      <BreakdownNav p={p} by={results.by} path={path} />
      <Rates p={p} results={results} />
      <section class="section" aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t.questionsHeading}</h2>
        {results.distributions.map((d) => (
          <DistributionSection p={p} d={d} charts={charts} min={results.smallCellMin} />
        ))}
      </section>
      <FreeText p={p} results={results} />
    </>
  );
}

function BreakdownNav({ p, by, path }: { p: PageContext; by: Dimension | null; path: string }) {
  const t = surveys(p.locale);
  const items: [Dimension | null, string][] = [
    [null, t.byNone],
    ['role', t.byRole],
    ['municipality', t.byMunicipality],
  ];
  return (
    <nav aria-label={t.breakdownNav}>
      <ul class="plain-list">
        {items.map(([key, label]) => (
          <li>
            <a href={p.href(key ? `${path}?by=${key}` : path)} aria-current={key === by ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const pct = (value: number) => formatNumber(Math.round(value * 10) / 10);

function Hidden({ p, min, span }: { p: PageContext; min: number; span: number }) {
  return <td colspan={span}>{surveys(p.locale).hidden(min)}</td>;
}

function Rates({ p, results }: { p: PageContext; results: SurveyResults }) {
  const t = surveys(p.locale);
  const total = results.rates.total;
  const table = (id: string, by: string, rows: RateRow[]) =>
    rows.length === 0 ? null : (
      <ScrollTable p={p} id={id} caption={t.ratesCaption(by)}>
        <thead>
          <tr>
            <th scope="col">{t.colGroup}</th>
            <th scope="col" class="num">{t.colInvited}</th>
            <th scope="col" class="num">{t.colResponses}</th>
            <th scope="col" class="num">{t.colAnsweredInvitations}</th>
            <th scope="col" class="num">{t.colRate}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                <LocalizedInline p={p} text={r.label} />
              </th>
              <td class="num">{formatNumber(r.invited)}</td>
              {r.hidden ? (
                <Hidden p={p} min={results.smallCellMin} span={3} />
              ) : (
                <>
                  <td class="num">{formatNumber(r.responses ?? 0)}</td>
                  <td class="num">{formatNumber(r.answeredInvitations ?? 0)}</td>
                  <td class="num">{r.rate === null ? '–' : t.percent(pct(r.rate * 100))}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    );
  return (
    <section class="section" aria-labelledby="rates-heading">
      <h2 id="rates-heading">{t.ratesHeading}</h2>
      <p>
        {total.responses === null || total.openLinkResponses === null
          ? t.ratesIntroHidden
          : t.ratesIntro(formatNumber(total.responses), formatNumber(total.invited), formatNumber(total.openLinkResponses))}
      </p>
      {table('rates-role', t.byRole, results.rates.byRole)}
      {table('rates-municipality', t.byMunicipality, results.rates.byMunicipality)}
    </section>
  );
}

function DistributionSection({ p, d, charts, min }: { p: PageContext; d: Distribution; charts: ResultCharts; min: number }) {
  const t = surveys(p.locale);
  const title = d.rowLabel ? `${textIn(p, d.title)} – ${textIn(p, d.rowLabel)}` : textIn(p, d.title);
  const headingId = `q-${chartTitleId(d.id, false)}`;
  const o = d.overall;
  return (
    <section class="section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {o.hidden || o.n === null || o.counts === null ? (
        <p>{t.distributionHidden(min)}</p>
      ) : o.n === 0 ? (
        <p>{t.noResponses}</p>
      ) : (
        <>
          <p>
            {t.answeredBy(formatNumber(o.n))} {o.mean !== null ? t.meanIs(formatNumber(Math.round(o.mean * 100) / 100)) : null}{' '}
            {d.multiple ? t.multipleNote : null}
          </p>
          <div class="card-list">
            <Chart p={p} svg={charts.get(d.id)} id={chartTitleId(d.id, false)} label={t.chartLabel(t.overallCaption(title))} />
            <ScrollTable p={p} id={`table-${chartTitleId(d.id, false)}`} caption={t.overallCaption(title)}>
              <thead>
                <tr>
                  <th scope="col">{t.colAnswer}</th>
                  <th scope="col" class="num">{t.colCount}</th>
                  <th scope="col" class="num">{t.colPercent}</th>
                </tr>
              </thead>
              <tbody>
                {d.categories.map((c, i) => (
                  <tr>
                    <th scope="row">
                      <LocalizedInline p={p} text={c.label} />
                    </th>
                    <td class="num">{formatNumber(o.counts![i]!)}</td>
                    <td class="num">{t.percent(pct(percentOf(o.counts![i]!, o.n!)))}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </div>
          {d.breakdown ? <Breakdown p={p} d={d} title={title} charts={charts} min={min} /> : null}
        </>
      )}
    </section>
  );
}

function Breakdown({ p, d, title, charts, min }: { p: PageContext; d: Distribution; title: string; charts: ResultCharts; min: number }) {
  const t = surveys(p.locale);
  const by = d.breakdown!.by === 'role' ? t.byRole : t.byMunicipality;
  const caption = t.breakdownCaption(title, by);
  const hasMean = d.breakdown!.groups.some((g) => g.mean !== null);
  const span = d.categories.length + 1 + (hasMean ? 1 : 0);
  return (
    <div class="card-list">
      <Chart p={p} svg={charts.get(`${d.id}:by`)} id={chartTitleId(d.id, true)} label={t.chartLabel(caption)} />
      <ScrollTable p={p} id={`table-${chartTitleId(d.id, true)}`} caption={caption}>
        <thead>
          <tr>
            <th scope="col">{d.breakdown!.by === 'role' ? t.colRole : t.colMunicipality}</th>
            <th scope="col" class="num">{t.colN}</th>
            {d.categories.map((c) => (
              <th scope="col" class="num">
                <LocalizedInline p={p} text={c.label} />
              </th>
            ))}
            {hasMean ? <th scope="col" class="num">{t.colMean}</th> : null}
          </tr>
        </thead>
        <tbody>
          {d.breakdown!.groups.map((g) => (
            <GroupRow p={p} g={g} min={min} span={span} hasMean={hasMean} />
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}

function GroupRow({ p, g, min, span, hasMean }: { p: PageContext; g: GroupDistribution; min: number; span: number; hasMean: boolean }) {
  const t = surveys(p.locale);
  return (
    <tr>
      <th scope="row">
        <LocalizedInline p={p} text={g.label} />
      </th>
      {g.hidden || g.counts === null || g.n === null ? (
        <Hidden p={p} min={min} span={span} />
      ) : (
        <>
          <td class="num">{formatNumber(g.n)}</td>
          {g.counts.map((count) => (
            <td class="num">{t.countAndPercent(formatNumber(count!), pct(percentOf(count!, g.n!)))}</td>
          ))}
          {hasMean ? <td class="num">{g.mean === null ? '–' : formatNumber(Math.round(g.mean * 100) / 100)}</td> : null}
        </>
      )}
    </tr>
  );
}

/**
 * The one place `raw()` is used: the SVG comes from Vega, made of numbers and of labels that Vega
 * escapes when it writes text (charts.test.ts proves it with markup in a label). No user input is
 * inserted into the string otherwise; the id is made of [A-Za-z0-9_-] only.
 */
function Chart({ svg, id, label }: { p: PageContext; svg: string | undefined; id: string; label: string }) {
  if (!svg) return null;
  return (
    <figure>
      {raw(svg)}
      <figcaption id={id} class="ds-sr-only">
        {label}
      </figcaption>
    </figure>
  );
}

function FreeText({ p, results }: { p: PageContext; results: SurveyResults }) {
  const t = surveys(p.locale);
  if (results.freeText.length === 0) return null;
  return (
    <section class="section" aria-labelledby="free-text-heading">
      <h2 id="free-text-heading">{t.freeTextHeading}</h2>
      {results.freeText.map((f) => (
        <section class="section" aria-labelledby={`free-${f.questionKey}`}>
          <h3 id={`free-${f.questionKey}`}>{pickText(f.title, p.locale)?.text ?? f.questionKey}</h3>
          {f.answers === null ? (
            <p>{t.freeTextHidden(results.smallCellMin)}</p>
          ) : f.answers.length === 0 ? (
            <p>{t.noFreeText}</p>
          ) : (
            <ul>
              {f.answers.map((a) => (
                <li>{a}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
