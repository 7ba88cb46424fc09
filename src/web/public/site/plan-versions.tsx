import { versionsAsOf, withStatus, type MilestoneStatus, type PlanVersionView, type ProcessView } from '../../../modules/processes';
import { formatDate, pickText } from '../../../platform/i18n';
import { PeriodText } from '../../components/dates';
import { LocalizedInline, LocalizedProse } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { site as messages } from '../../locales/site';
import type { PageContext } from '../../page-context';

const STATUS_COLOR: Record<MilestoneStatus, string> = { done: 'success', next: 'warning', later: 'neutral' };

/**
 * The progress plan as it stood on `day`: the version in force first, then the earlier ones (the
 * original plan beside its revision), each milestone with its status that day in words, not colour.
 */
export function PlanVersions({ p, process, day }: { p: PageContext; process: ProcessView; day: string }) {
  const versions = versionsAsOf(process.versions, day).reverse();
  return (
    <>
      {versions.map((version, i) => (
        <PlanVersion p={p} process={process} version={version} day={day} inForce={i === 0} />
      ))}
    </>
  );
}

function PlanVersion({ p, process, version, day, inForce }: { p: PageContext; process: ProcessView; version: PlanVersionView; day: string; inForce: boolean }) {
  const t = messages(p.locale);
  const label = pickText(version.label, p.locale)?.text ?? String(version.version);
  const id = `plan-${version.version}`;
  const coop = process.cooperationSlug;
  return (
    <section class="section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        <LocalizedInline p={p} text={version.label} />
        {inForce ? ` (${t.inForce})` : null}
      </h3>
      {version.adoptedOn ? (
        <p>
          {t.adoptedOn(formatDate(version.adoptedOn, p.locale))}
          {version.caseId !== null ? (
            <>
              {' – '}
              <a href={p.href(`/${coop}/saker/${version.caseId}`)}>{t.linkCase}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <LocalizedProse p={p} text={version.note} />
      <ScrollTable p={p} id={id} caption={t.planCaption(label)}>
        <thead>
          <tr>
            <th scope="col">{t.colWhen}</th>
            <th scope="col">{t.colWhat}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colLinks}</th>
          </tr>
        </thead>
        <tbody>
          {withStatus(version.milestones, day).map((m) => (
            <tr>
              <td class="num">
                <PeriodText p={p} from={m.startsOn} to={m.endsOn} />
              </td>
              <th scope="row" class="note">
                <LocalizedInline p={p} text={m.title} note />
                <br />
                <span class="muted">{t.kind(m.kind)}</span>
              </th>
              <td>
                <span class="ds-tag" data-color={STATUS_COLOR[m.status]}>
                  {t.status(m.status)}
                </span>
              </td>
              <td>
                <MilestoneLinks p={p} coop={coop} m={m} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}

function MilestoneLinks({ p, coop, m }: { p: PageContext; coop: string; m: PlanVersionView['milestones'][number] }) {
  const t = messages(p.locale);
  const links = [
    m.body ? { href: `/${coop}/organer/${m.body.slug}`, label: pickText(m.body.name, p.locale)?.text ?? t.linkBody } : null,
    m.meetingId !== null ? { href: `/${coop}/moter/${m.meetingId}`, label: t.linkMeeting } : null,
    m.caseId !== null ? { href: `/${coop}/saker/${m.caseId}`, label: t.linkCase } : null,
    m.surveyId !== null ? { href: `/${coop}/undersokelser`, label: t.linkSurvey } : null,
  ].filter((l): l is { href: string; label: string } => l !== null);
  if (links.length === 0) return <span class="muted">{t.noLink}</span>;
  return (
    <ul class="plain-list">
      {links.map((l) => (
        <li>
          <a href={p.href(l.href)}>{l.label}</a>
        </li>
      ))}
    </ul>
  );
}
