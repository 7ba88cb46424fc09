import type { Context } from 'hono';
import { LEGAL_FORMS, defaultMembershipDate, membersOn, type CooperationView } from '../../modules/cooperations';
import type { AppEnv } from '../../platform/http/context';
import { formatDate, formatNumber, pickText, todayInOslo } from '../../platform/i18n';
import { Layout } from '../components/layout';
import { LocalizedInline, LocalizedProse } from '../components/localized';
import { cooperations as messages } from '../locales/cooperations';
import { pageContext, type PageContext } from '../page-context';
import { cooperationShell, requireCooperation } from './shell';
import { SourceNote } from './source-note';
import { statusLabel } from './status';

/** `/:slug`: a cooperation's home — purpose, facts, members on its default date, sources. */
export async function cooperationPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const at = defaultMembershipDate(coop, todayInOslo());
  const [shell, members] = await Promise.all([cooperationShell(c.var.db, coop, p.locale), membersOn(c.var.db, coop.id, at)]);
  const purpose = pickText(coop.purpose, p.locale);
  return c.html(
    <Layout p={p} title={coop.name} description={purpose?.text.split('\n')[0]} cooperation={shell}>
      <h1>{coop.name}</h1>
      <LocalizedProse p={p} text={coop.purpose} class="lead" />

      <section class="section" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t.facts}</h2>
        <Facts p={p} coop={coop} />
      </section>

      <section class="section" aria-labelledby="members-heading">
        <h2 id="members-heading">{t.membersAsOf(formatNumber(members.length), members.length, formatDate(at))}</h2>
        {members.length === 0 ? (
          <p>{t.noMembers}</p>
        ) : (
          <ul class="columns-list">
            {members.map((m) => (
              <li>
                <a href={p.href(`/kommuner/${m.code}`)}>{m.name}</a>
                {m.kind === 'county' ? ` (${t.countyAuthority})` : null}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={p.href(`/${coop.slug}/medlemmer`)}>{t.seeAllMembers}</a>
        </p>
      </section>

      <SourceNote p={p} text={coop.sourceNote} />
    </Layout>,
  );
}

function Facts({ p, coop }: { p: PageContext; coop: CooperationView }) {
  const t = messages(p.locale);
  // The cooperation's own wording of its basis wins; otherwise the statute of its legal form.
  const basis = coop.legalBasis ?? LEGAL_FORMS.find((f) => f.key === coop.legalForm)?.legalBasis ?? null;
  return (
    <dl class="facts">
      <dt>{t.legalForm}</dt>
      <dd>
        <LocalizedInline p={p} text={coop.legalFormName} />
      </dd>
      {basis ? (
        <>
          <dt>{t.legalBasis}</dt>
          {/* Quoted as the Norwegian source states it. */}
          <dd lang="nb">{basis}</dd>
        </>
      ) : null}
      <dt>{t.status}</dt>
      <dd>{statusLabel(p, coop.status)}</dd>
      {coop.establishedOn ? (
        <>
          <dt>{t.established}</dt>
          <dd>{formatDate(coop.establishedOn, p.locale)}</dd>
        </>
      ) : null}
      {coop.endedOn ? (
        <>
          <dt>{t.ended}</dt>
          <dd>{formatDate(coop.endedOn, p.locale)}</dd>
        </>
      ) : null}
      {coop.host ? (
        <>
          <dt>{t.host}</dt>
          <dd>
            <a href={p.href(`/kommuner/${coop.host.code}`)}>{coop.host.name}</a>
          </dd>
        </>
      ) : null}
      {coop.headOffice ? (
        <>
          <dt>{t.headOffice}</dt>
          <dd>
            <a href={p.href(`/kommuner/${coop.headOffice.code}`)}>{coop.headOffice.name}</a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

