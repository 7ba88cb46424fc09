import type { Context } from 'hono';
import { LEGAL_FORMS } from '../../../modules/cooperations';
import { detailOf, serviceBySlugIn, type ServiceDetail } from '../../../modules/services';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import { DateText, PeriodText } from '../../components/dates';
import { Layout } from '../../components/layout';
import { LocalizedInline, LocalizedProse, textIn } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { services as messages } from '../../locales/services';
import { pageContext, type PageContext } from '../../page-context';
import { cooperationShell, requireCooperation } from '../shell';
import { SourceNote } from '../source-note';
import { AsOfForm, asOfDate } from './as-of';
import { CostSharesSection } from './cost-shares-section';
import { DecisionText } from './decision-text';

/** `/:slug/tjenester/:serviceSlug?dato=`: one service — facts, participants on a date, status history, decisions, cost shares. */
export async function servicePage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const row = await serviceBySlugIn(c.var.db, coop.id, c.req.param('serviceSlug') ?? '');
  if (!row) throw new NotFoundError('No such service.');
  const { at, asked, invalid } = asOfDate(c);
  const [shell, detail] = await Promise.all([cooperationShell(c.var.db, coop, p.locale), detailOf(c.var.db, row, at)]);
  return c.html(
    <Layout p={p} title={invalid ? `${t.errorPrefix} ${detail.name}` : detail.name} cooperation={shell}>
      <h1>{detail.name}</h1>
      <LocalizedProse p={p} text={detail.description} class="lead" />
      <AsOfForm p={p} value={invalid ? asked : at} invalid={invalid} />
      {invalid ? null : (
        <>
          <section class="section" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t.facts}</h2>
            <Facts p={p} d={detail} />
          </section>
          <Participants p={p} d={detail} />
          <History p={p} d={detail} />
          <Decisions p={p} d={detail} />
          <CostSharesSection p={p} db={c.var.db} slug={coop.slug} d={detail} year={c.req.query('aar')} />
        </>
      )}
      <SourceNote p={p} text={detail.sourceNote} />
    </Layout>,
    invalid ? 400 : 200,
  );
}

function Facts({ p, d }: { p: PageContext; d: ServiceDetail }) {
  const t = messages(p.locale);
  const form = LEGAL_FORMS.find((f) => f.key === d.legalForm);
  const rows: Array<[string, any]> = [
    [t.statusOnDate(formatDate(d.at)), d.status ? t.statusName(d.status.status) : t.notStarted],
    [t.focusArea, d.focusArea ? <LocalizedInline p={p} text={d.focusArea.name} /> : null],
    [d.hostRole === 'lead' ? t.lead : t.host, d.host ? <a href={p.href(`/kommuner/${d.host.code}`)}>{d.host.name}</a> : null],
    [
      t.runBy,
      d.runBy ? (
        <>
          <a href={p.href(`/${d.runBy.slug}/medlemmer?at=${d.at}`)}>{d.runBy.name}</a>. {t.runByNote(d.runBy.name)}
        </>
      ) : null,
    ],
    [t.legalForm, form ? textIn(p, form.name) : null],
    [t.legalBasis, d.legalBasis ?? form?.legalBasis ?? null],
    [
      t.agreement,
      textIn(p, d.agreement) || d.agreementHref ? (
        <>
          <LocalizedInline p={p} text={d.agreement} note /> {d.agreementHref ? <a href={d.agreementHref}>{t.agreementLink}</a> : null}
        </>
      ) : null,
    ],
    [t.period, d.startOn || d.endOn ? <PeriodText p={p} from={d.startOn} to={d.endOn} /> : null],
  ];
  return (
    <dl class="facts">
      {rows
        .filter(([, value]) => value !== null && value !== '')
        .map(([term, value]) => (
          <>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </>
        ))}
    </dl>
  );
}

function Participants({ p, d }: { p: PageContext; d: ServiceDetail }) {
  const t = messages(p.locale);
  const date = formatDate(d.at);
  return (
    <section class="section" aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t.participantsHeading(date)}</h2>
      {d.participants.length === 0 ? (
        <p>{t.noParticipants}</p>
      ) : (
        <ScrollTable p={p} id="participants" caption={t.participantsCaption(d.name, date)}>
          <thead>
            <tr>
              <th scope="col">{t.colMember}</th>
              <th scope="col">{t.colCode}</th>
              <th scope="col">{t.colRole}</th>
              <th scope="col">{t.colPeriod}</th>
              <th scope="col">{t.colNote}</th>
            </tr>
          </thead>
          <tbody>
            {d.participants.map((m) => (
              <tr>
                <th scope="row">
                  <a href={p.href(`/kommuner/${m.code}`)}>{m.name}</a>
                  {m.kind === 'county' ? ` (${t.countyAuthority})` : null}
                </th>
                <td class="num">{m.code}</td>
                <td>{t.roleName(m.role)}</td>
                <td class="num">
                  <PeriodText p={p} from={m.startOn} to={m.endOn} />
                </td>
                <td class="note">
                  <LocalizedInline p={p} text={m.note} note />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}

function History({ p, d }: { p: PageContext; d: ServiceDetail }) {
  const t = messages(p.locale);
  return (
    <section class="section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t.historyHeading}</h2>
      <ScrollTable p={p} id="history" caption={t.historyCaption(d.name)}>
        <thead>
          <tr>
            <th scope="col">{t.colFrom}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colCase}</th>
            <th scope="col">{t.colNote}</th>
          </tr>
        </thead>
        <tbody>
          {d.history.map((h) => (
            <tr>
              <th scope="row" class="num">
                {h.effectiveOn ? <DateText p={p} value={h.effectiveOn} /> : t.beforeRecords}
              </th>
              <td>{t.statusName(h.status)}</td>
              <td>{h.caseId !== null ? <a href={p.href(`/${d.cooperation.slug}/saker/${h.caseId}`)}>{t.caseLink}</a> : ''}</td>
              <td class="note">
                <LocalizedInline p={p} text={h.note} note />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}

function Decisions({ p, d }: { p: PageContext; d: ServiceDetail }) {
  const t = messages(p.locale);
  return (
    <section class="section" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t.decisionsHeading}</h2>
      {d.decisions.length === 0 ? (
        <p>{t.noDecisions}</p>
      ) : (
        <ScrollTable p={p} id="decisions" caption={t.decisionsCaption(d.name)}>
          <thead>
            <tr>
              <th scope="col">{t.colKind}</th>
              <th scope="col">{t.colText}</th>
            </tr>
          </thead>
          <tbody>
            {d.decisions.map((decision) => (
              <tr>
                <th scope="row">
                  <DecisionText p={p} slug={d.cooperation.slug} decision={decision} />
                </th>
                <td class="note">
                  <LocalizedInline p={p} text={decision.text} note />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
