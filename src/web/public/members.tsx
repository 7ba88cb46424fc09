import type { Context } from 'hono';
import { defaultMembershipDate, membersOn, type MemberView } from '../../modules/cooperations';
import type { AppEnv } from '../../platform/http/context';
import { isoDateParam } from '../../platform/http/query';
import { formatDate, formatNumber, pickText, todayInOslo } from '../../platform/i18n';
import { DateChoiceForm } from '../components/date-choice-form';
import { DateText } from '../components/dates';
import { Layout } from '../components/layout';
import { LocalizedInline } from '../components/localized';
import { ScrollTable } from '../components/table';
import { cooperations as messages } from '../locales/cooperations';
import { pageContext, type PageContext } from '../page-context';
import { cooperationShell, requireCooperation } from './shell';
import { SourceNote } from './source-note';

/**
 * `/:slug/medlemmer?at=YYYY-MM-DD`: the members on a chosen date. A bad date is answered here, with
 * status 400 and the message beside the field, so the reader can correct it in place.
 */
export async function membersPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const asked = c.req.query('at');
  const valid = asked === undefined || asked === '' ? null : isoDateParam.safeParse(asked);
  const invalid = valid !== null && !valid.success;
  const at = valid?.success ? valid.data : defaultMembershipDate(coop, todayInOslo());
  const [shell, members] = await Promise.all([
    cooperationShell(c.var.db, coop, p.locale),
    invalid ? Promise.resolve([]) : membersOn(c.var.db, coop.id, at),
  ]);
  const title = t.membersTitle(coop.name);
  return c.html(
    <Layout p={p} title={invalid ? `${t.errorPrefix} ${title}` : title} description={t.membersDescription(coop.name)} cooperation={shell}>
      <h1>{title}</h1>
      <DateChoiceForm
        p={p}
        name="at"
        value={invalid ? (asked ?? '') : at}
        invalid={invalid}
        texts={{ label: t.chooseDate, invalid: t.invalidDate, submit: t.show }}
      />
      {invalid ? null : (
        <>
          <p class="lead">
            {t.membersAsOf(formatNumber(members.length), members.length, formatDate(at))}
          </p>
          {members.length === 0 ? <p>{t.noMembers}</p> : <MembersTable p={p} members={members} at={at} />}
        </>
      )}
      <SourceNote p={p} text={coop.sourceNote} />
    </Layout>,
    invalid ? 400 : 200,
  );
}

function MembersTable({ p, members, at }: { p: PageContext; members: MemberView[]; at: string }) {
  const t = messages(p.locale);
  const hasNotes = members.some((m) => pickText(m.note, p.locale));
  return (
    <ScrollTable p={p} id="members" caption={t.membersCaption(formatDate(at))}>
      <thead>
        <tr>
          <th scope="col">{t.colMember}</th>
          <th scope="col">{t.colCode}</th>
          <th scope="col">{t.colCounty}</th>
          <th scope="col">{t.colFrom}</th>
          <th scope="col">{t.colTo}</th>
          {hasNotes ? <th scope="col">{t.colNote}</th> : null}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr>
            <th scope="row">
              <a href={p.href(`/kommuner/${m.code}`)}>{m.name}</a>
              {m.kind === 'county' ? ` (${t.countyAuthority})` : null}
            </th>
            <td class="num">{m.code}</td>
            <td>{m.countyName ?? ''}</td>
            <td class="num">
              <DateText p={p} value={m.startOn} />
            </td>
            <td class="num">
              <DateText p={p} value={m.endOn} />
            </td>
            {hasNotes ? (
              <td class="note">
                <LocalizedInline p={p} text={m.note} note />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
