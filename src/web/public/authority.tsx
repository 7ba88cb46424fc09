import type { Context } from 'hono';
import { membershipsOfAuthorities, type AuthorityMembershipView } from '../../modules/cooperations';
import { codeLineage, getAuthority, type AuthorityDetail, type AuthorityLink } from '../../modules/registry';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { formatDate } from '../../platform/i18n';
import { DateText, PeriodText } from '../components/dates';
import { Layout } from '../components/layout';
import { ScrollTable } from '../components/table';
import { registry as messages } from '../locales/registry';
import { pageContext, type PageContext } from '../page-context';

/** Two digits for a county authority, four for a municipality; anything else cannot exist. */
const AUTHORITY_CODE = /^(\d{2}|\d{4})$/;

/** `/kommuner/:code`: a municipality or county authority, its codes over time and its memberships. */
export async function authorityPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const code = c.req.param('code') ?? '';
  const authority = AUTHORITY_CODE.test(code) ? await getAuthority(c.var.db, code) : null;
  if (!authority) throw new NotFoundError('No such municipality or county authority.');
  const memberships = await membershipsOfAuthorities(c.var.db, await codeLineage(c.var.db, code));
  const isCounty = authority.kind === 'county';
  return c.html(
    <Layout p={p} title={`${authority.name} (${authority.code})`} description={t.description(authority.name, authority.code)}>
      <h1>{authority.name}</h1>
      <p class="lead">{isCounty ? t.county : t.municipality}</p>
      <dl class="facts">
        <dt>{isCounty ? t.countyCode : t.municipalityCode}</dt>
        <dd class="num">{authority.code}</dd>
        <dt>{t.validFrom}</dt>
        <dd>{authority.validFrom ? formatDate(authority.validFrom, p.locale) : t.notRecorded}</dd>
        <dt>{t.validTo}</dt>
        <dd>{authority.validTo ? formatDate(authority.validTo, p.locale) : t.stillValid}</dd>
        {authority.county ? (
          <>
            <dt>{t.inCounty}</dt>
            <dd>
              <a href={p.href(`/kommuner/${authority.county.code}`)}>{authority.county.name}</a> ({authority.county.code})
            </dd>
          </>
        ) : null}
      </dl>

      {authority.names.length > 1 ? (
        <section class="section" aria-labelledby="names-heading">
          <h2 id="names-heading">{t.namesOverTime}</h2>
          <ul class="plain-list">
            {authority.names.map((n) => (
              <li>
                {n.name}: <PeriodText p={p} from={n.validFrom} to={n.validTo} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Lineage p={p} id="predecessors" title={t.predecessors} intro={t.predecessorsIntro} links={authority.predecessors} />
      <Lineage p={p} id="successors" title={t.successors} intro={t.successorsIntro} links={authority.successors} />

      <section class="section" aria-labelledby="memberships-heading">
        <h2 id="memberships-heading">{t.membershipsTitle}</h2>
        <p>{t.membershipsIntro}</p>
        {memberships.length === 0 ? <p>{t.noMemberships}</p> : <MembershipsTable p={p} authority={authority} rows={memberships} />}
      </section>

      {authority.municipalities && authority.municipalities.length > 0 ? <CountyMunicipalities p={p} authority={authority} /> : null}

      <p class="muted">{t.source}</p>
    </Layout>,
  );
}

function Lineage({ p, id, title, intro, links }: { p: PageContext; id: string; title: string; intro: string; links: AuthorityLink[] }) {
  if (links.length === 0) return null;
  const t = messages(p.locale);
  return (
    <section class="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p>{intro}</p>
      <ul class="plain-list">
        {links.map((link) => (
          <li>
            <a href={p.href(`/kommuner/${link.code}`)}>
              {link.code} {link.name}
            </a>
            , {t.change(formatDate(link.effectiveOn, p.locale), t.changeKind(link.changeKind))}
          </li>
        ))}
      </ul>
    </section>
  );
}

function MembershipsTable({ p, authority, rows }: { p: PageContext; authority: AuthorityDetail; rows: AuthorityMembershipView[] }) {
  const t = messages(p.locale);
  return (
    <ScrollTable p={p} id="memberships" caption={t.membershipsCaption(authority.name)}>
      <thead>
        <tr>
          <th scope="col">{t.colCooperation}</th>
          <th scope="col">{t.colAsCode}</th>
          <th scope="col">{t.colFrom}</th>
          <th scope="col">{t.colTo}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr>
            <th scope="row">
              <a href={p.href(`/${m.cooperation.slug}`)}>{m.cooperation.name}</a>
            </th>
            <td class="num">
              {m.code === authority.code ? m.code : <a href={p.href(`/kommuner/${m.code}`)}>{m.code}</a>}
            </td>
            <td class="num">
              <DateText p={p} value={m.startOn} />
            </td>
            <td class="num">
              <DateText p={p} value={m.endOn} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function CountyMunicipalities({ p, authority }: { p: PageContext; authority: AuthorityDetail }) {
  const t = messages(p.locale);
  return (
    <section class="section" aria-labelledby="municipalities-heading">
      <h2 id="municipalities-heading">{t.municipalitiesTitle}</h2>
      <ScrollTable p={p} id="municipalities" caption={t.municipalitiesCaption(authority.name)}>
        <thead>
          <tr>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colCode}</th>
            <th scope="col">{t.validFrom}</th>
            <th scope="col">{t.validTo}</th>
          </tr>
        </thead>
        <tbody>
          {(authority.municipalities ?? []).map((m) => (
            <tr>
              <th scope="row">
                <a href={p.href(`/kommuner/${m.code}`)}>{m.name}</a>
              </th>
              <td class="num">{m.code}</td>
              <td class="num">
                <DateText p={p} value={m.validFrom} />
              </td>
              <td class="num">
                <DateText p={p} value={m.validTo} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
