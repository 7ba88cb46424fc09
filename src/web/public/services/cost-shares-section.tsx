import type { Db } from '../../../platform/db/database';
import { costShares, type CostShares, type ServiceDetail } from '../../../modules/services';
import { formatDate, formatNumber } from '../../../platform/i18n';
import { LocalizedProse } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { services as messages } from '../../locales/services';
import type { PageContext } from '../../page-context';
import { ILLUSTRATIVE_SOURCE, sourceLabel } from './population-source';

/** The shares of each year with a cost key (or only `?aar=` when asked), with the key in words and downloads. */
export async function CostSharesSection(props: { p: PageContext; db: Db; slug: string; d: ServiceDetail; year: string | undefined }) {
  const { p, d } = props;
  const t = messages(p.locale);
  const asked = props.year && /^\d{4}$/.test(props.year) ? Number(props.year) : null;
  const years = asked !== null && d.costKeyYears.includes(asked) ? [asked] : d.costKeyYears;
  const all = (await Promise.all(years.map((y) => costShares(props.db, d.id, y)))).filter((s): s is CostShares => s !== null);
  return (
    <section class="section" aria-labelledby="cost-heading">
      <h2 id="cost-heading">{t.costHeading}</h2>
      {all.length === 0 ? <p>{t.noCostKeys}</p> : <p>{t.roundingExplained}</p>}
      {all.map((s) => (
        <YearShares p={p} slug={props.slug} d={d} s={s} />
      ))}
    </section>
  );
}

function YearShares({ p, slug, d, s }: { p: PageContext; slug: string; d: ServiceDetail; s: CostShares }) {
  const t = messages(p.locale);
  const base = `/${slug}/tjenester/${d.slug}/kostnader-${s.year}`;
  const illustrative = s.populationSources.includes(ILLUSTRATIVE_SOURCE);
  return (
    <section class="section" aria-labelledby={`year-${s.year}`}>
      <h3 id={`year-${s.year}`}>{t.yearHeading(s.year)}</h3>
      <ul>
        <li>{t.keyExplained(t.methodName(s.method))}</li>
        {s.method === 'per_inhabitant_rate' && s.rateOre !== null ? (
          <li>{t.rateExplained((s.rateOre / 100).toLocaleString('nb-NO', { minimumFractionDigits: s.rateOre % 100 ? 2 : 0 }))}</li>
        ) : null}
        {s.budget !== null ? <li>{t.budgetExplained(formatNumber(s.budget))}</li> : null}
        {s.fixedSharePercent !== null ? <li>{t.fixedShareExplained(formatNumber(s.fixedSharePercent))}</li> : null}
        {s.shares.some((x) => x.basis === 'fixed') ? <li>{t.fixedAmountsExplained}</li> : null}
        <li>{t.populationExplained(s.populationYear, formatDate(s.payersOn))}</li>
        {s.populationSources.length > 0 ? (
          <li>
            {t.populationSource}: {s.populationSources.map((src) => sourceLabel(p, src)).join('; ')}
          </li>
        ) : null}
      </ul>
      <LocalizedProse p={p} text={s.note} class="note" />
      {s.problem ? (
        <div class="ds-alert" data-color="warning">
          <p>
            {t.costProblem} <span lang={p.locale === 'en' ? undefined : 'en'}>{s.problem}</span>
          </p>
        </div>
      ) : (
        <>
          <ScrollTable p={p} id={`shares-${s.year}`} caption={`${t.sharesCaption(d.name, s.year)}${illustrative ? ` (${t.illustrativeLabel})` : ''}`}>
            <thead>
              <tr>
                <th scope="col">{t.colMember}</th>
                <th scope="col">{t.colCode}</th>
                <th scope="col" class="num">
                  {t.colPopulation}
                </th>
                <th scope="col" class="num">
                  {t.colShare}
                </th>
                <th scope="col">{t.colBasis}</th>
              </tr>
            </thead>
            <tbody>
              {s.shares.map((x) => (
                <tr>
                  <th scope="row">{x.name}</th>
                  <td class="num">{x.code}</td>
                  <td class="num">{x.population === null ? '' : formatNumber(x.population)}</td>
                  <td class="num">{formatNumber(x.amount)}</td>
                  <td>{x.basis === 'fixed' ? t.basisFixed : t.basisKey}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.total}</th>
                <td></td>
                <td></td>
                <td class="num">{formatNumber(s.total ?? 0)}</td>
                <td></td>
              </tr>
            </tfoot>
          </ScrollTable>
          <ul class="plain-list">
            <li>
              <a href={p.href(`${base}.csv`)}>{t.downloadCsv(s.year)}</a>
            </li>
            <li>
              <a href={p.href(`${base}.xlsx`)}>{t.downloadXlsx(s.year)}</a>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
