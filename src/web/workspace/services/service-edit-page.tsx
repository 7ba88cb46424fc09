import type { Context } from 'hono';
import { listCooperations, type CooperationView } from '../../../modules/cooperations';
import {
  COST_METHODS,
  DECISION_KINDS,
  PARTICIPANT_ROLES,
  SERVICE_STATUSES,
  allServicesOf,
  detailOf,
  focusAreasOfCooperation,
  participantRecords,
  type ServiceDetail,
  type ServiceRow,
} from '../../../modules/services';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate, todayInOslo } from '../../../platform/i18n';
import { PeriodText } from '../../components/dates';
import { Layout } from '../../components/layout';
import { ScrollTable } from '../../components/table';
import { services as messages } from '../../locales/services';
import type { PageContext } from '../../page-context';
import { CooperationNav } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormMessages, FormModel, LocalizedFields, SelectInput, TextArea, TextInput, localizedLabels, localizedValues, type FailedForm } from '../form-kit';
import { MANAGE } from '../manage-paths';
import { Saved } from './kit';
import { SERVICES } from './paths';
import { ServiceFields, serviceLabels } from './service-fields';

export const EDIT = 'edit-service';
export const ADD_PARTICIPANT = 'add-participant';
export const DECISION = 'record-decision';
export const STATUS = 'record-status';
export const COST_KEY = 'set-cost-key';
export const endParticipantForm = (id: number) => `end-participant-${id}`;

/** One service's editing page: its fields, participants, decisions and status, and cost keys. */
export async function renderServiceEditPage(
  c: Context<AppEnv>,
  p: PageContext,
  coop: CooperationView,
  row: ServiceRow,
  failed: FailedForm | null,
  status: 200 | 422 = 200,
) {
  const t = messages(p.locale);
  const db = c.var.db;
  const today = todayInOslo();
  const [d, areas, cooperations, others] = await Promise.all([
    detailOf(db, row, today),
    focusAreasOfCooperation(db, coop.id),
    listCooperations(db),
    allServicesOf(db, coop.id, today),
  ]);
  const years = d.costKeyYears;
  const allParticipants = d.runBy ? [] : await participantRecords(db, row.id);
  const edit = new FormModel(p, EDIT, { failed, defaults: serviceDefaults(row), labels: serviceLabels(p, false) });
  const add = new FormModel(p, ADD_PARTICIPANT, {
    failed,
    prefix: 'participant-',
    defaults: { role: 'participant' },
    labels: { member_code: t.fieldMember, role: t.fieldRole, start_on: t.fieldStartOn, end_on: t.fieldEndOn },
  });
  const decision = new FormModel(p, DECISION, {
    failed,
    prefix: 'decision-',
    defaults: { kind: 'continue' },
    labels: {
      kind: t.fieldKind,
      effective_on: t.fieldEffectiveOn,
      target_service_id: t.fieldTargetService,
      target_authority_code: t.fieldTargetCode,
      target_name: t.fieldTargetName,
      case_id: t.fieldCaseId,
      ...localizedLabels(p, 'text', t.fieldText),
    },
  });
  const statusForm = new FormModel(p, STATUS, {
    failed,
    prefix: 'status-',
    labels: { status: t.fieldStatus, effective_on: t.fieldEffectiveOn, case_id: t.fieldCaseId, ...localizedLabels(p, 'note', t.fieldNote) },
  });
  const key = new FormModel(p, COST_KEY, {
    failed,
    prefix: 'key-',
    defaults: { year: String(Number(today.slice(0, 4)) + 1), method: 'per_inhabitant' },
    labels: {
      year: t.fieldYear,
      method: t.fieldMethod,
      budget: t.fieldBudget,
      rate_ore: t.fieldRate,
      fixed_share_percent: t.fieldFixedShare,
      population_year: t.fieldPopulationYear,
      fixed_amounts: t.fieldFixedAmounts,
    },
  });
  const ends = allParticipants.map((x) =>
    new FormModel(p, endParticipantForm(x.id), { failed, prefix: `${endParticipantForm(x.id)}-`, defaults: { end_on: x.end_on ?? '' }, labels: { end_on: `${t.lastDay} ${t.lastDayFor(`${x.name} (${x.member_code})`)}` } }),
  );
  const forms = [edit, add, decision, statusForm, key, ...ends];
  const title = t.editLink(row.name);
  const none = { value: '', label: t.none };
  return c.html(
    <Layout p={p} title={forms.some((f) => f.refused) ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="services" />
      <p>
        <a href={p.href(SERVICES.home(coop.slug))}>{t.backToServices}</a> · <a href={p.href(`/${coop.slug}/tjenester/${row.slug}`)}>{t.publicServicePage}</a>
      </p>
      <Saved p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={forms} />

      <form class="section" method="post" action={p.href(SERVICES.service(coop.slug, row.slug))} novalidate>
        <Csrf p={p} />
        <FormMessages f={edit} />
        <ServiceFields f={edit} areas={areas} cooperations={cooperations.filter((x) => x.id !== coop.id)} />
        <div>
          <button class="ds-button" type="submit">
            {t.saveServiceButton}
          </button>
        </div>
      </form>

      <section class="section" aria-labelledby="participants-heading">
        <h2 id="participants-heading">{t.participantsEditHeading}</h2>
        {d.runBy ? (
          <p>
            {t.runByEdit(d.runBy.name)} <a href={p.href(MANAGE.memberships(d.runBy.slug))}>{d.runBy.name}</a>
          </p>
        ) : (
          <>
            {allParticipants.length > 0 ? (
              <ScrollTable p={p} id="participants" caption={t.allParticipantsCaption(row.name)}>
                <thead>
                  <tr>
                    <th scope="col">{t.colMember}</th>
                    <th scope="col">{t.colRole}</th>
                    <th scope="col">{t.colPeriod}</th>
                    <th scope="col">{t.lastDay}</th>
                  </tr>
                </thead>
                <tbody>
                  {allParticipants.map((x, i) => (
                    <tr>
                      <th scope="row">
                        {x.name} <span class="muted">{x.member_code}</span>
                      </th>
                      <td>{t.roleName(x.role)}</td>
                      <td class="num">
                        <PeriodText p={p} from={x.start_on} to={x.end_on} />
                      </td>
                      <td>
                        <form class="date-form" method="post" action={p.href(SERVICES.endParticipant(coop.slug, row.slug))} novalidate>
                          <Csrf p={p} />
                          <input type="hidden" name="participant_id" value={String(x.id)} />
                          <FormMessages f={ends[i]!} />
                          <TextInput f={ends[i]!} name="end_on" label={t.lastDay} labelSuffix={t.lastDayFor(`${x.name} (${x.member_code})`)} autocomplete="off" />
                          <button class="ds-button" type="submit" data-variant="secondary">
                            {t.endButton}
                            <span class="ds-sr-only"> {t.lastDayFor(`${x.name} (${x.member_code})`)}</span>
                          </button>
                        </form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            ) : null}
            <form class="section" method="post" action={p.href(SERVICES.participants(coop.slug, row.slug))} novalidate>
              <Csrf p={p} />
              <FormMessages f={add} />
              <TextInput f={add} name="member_code" label={t.fieldMember} inputmode="numeric" autocomplete="off" required />
              <SelectInput f={add} name="role" label={t.fieldRole} choices={PARTICIPANT_ROLES.map((r) => ({ value: r, label: t.roleName(r) }))} />
              <TextInput f={add} name="start_on" label={t.fieldStartOn} autocomplete="off" />
              <TextInput f={add} name="end_on" label={t.fieldEndOn} autocomplete="off" />
              <div>
                <button class="ds-button" type="submit">
                  {t.addParticipantButton}
                </button>
              </div>
            </form>
          </>
        )}
      </section>

      <section class="section" aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t.decisionsEditHeading}</h2>
        <DecisionList p={p} d={d} />
        <form class="section" method="post" action={p.href(SERVICES.decision(coop.slug, row.slug))} novalidate>
          <Csrf p={p} />
          <FormMessages f={decision} />
          <SelectInput f={decision} name="kind" label={t.fieldKind} choices={DECISION_KINDS.map((k) => ({ value: k, label: t.decisionName(k) }))} />
          <TextInput f={decision} name="effective_on" label={t.fieldEffectiveOn} autocomplete="off" required />
          <SelectInput
            f={decision}
            name="target_service_id"
            label={t.fieldTargetService}
            choices={[none, ...others.filter((s) => s.id !== row.id).map((s) => ({ value: String(s.id), label: s.name }))]}
          />
          <TextInput f={decision} name="target_authority_code" label={t.fieldTargetCode} inputmode="numeric" autocomplete="off" />
          <TextInput f={decision} name="target_name" label={t.fieldTargetName} maxlength={200} />
          <TextInput f={decision} name="case_id" label={t.fieldCaseId} inputmode="numeric" autocomplete="off" />
          <LocalizedFields f={decision} name="text" legend={t.fieldText} multiline />
          <div>
            <button class="ds-button" type="submit">
              {t.recordDecisionButton}
            </button>
          </div>
        </form>
        <h3 id="status-heading">{t.statusFormHeading}</h3>
        <p>{t.statusFormHint}</p>
        <form class="section" method="post" action={p.href(SERVICES.status(coop.slug, row.slug))} novalidate aria-labelledby="status-heading">
          <Csrf p={p} />
          <FormMessages f={statusForm} />
          <SelectInput f={statusForm} name="status" label={t.fieldStatus} choices={SERVICE_STATUSES.map((s) => ({ value: s, label: t.statusName(s) }))} />
          <TextInput f={statusForm} name="effective_on" label={t.fieldEffectiveOn} autocomplete="off" />
          <TextInput f={statusForm} name="case_id" label={t.fieldCaseId} inputmode="numeric" autocomplete="off" />
          <LocalizedFields f={statusForm} name="note" legend={t.fieldNote} maxlength={1000} />
          <div>
            <button class="ds-button" type="submit" data-variant="secondary">
              {t.recordStatusButton}
            </button>
          </div>
        </form>
      </section>

      <section class="section" aria-labelledby="cost-heading">
        <h2 id="cost-heading">{t.costEditHeading}</h2>
        {years.length > 0 ? (
          <ul>
            {years.map((y) => (
              <li>
                <a href={p.href(`/${coop.slug}/tjenester/${row.slug}?aar=${y}`)}>{t.seeShares(y)}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.noCostKeys}</p>
        )}
        <form class="section" method="post" action={p.href(SERVICES.costKey(coop.slug, row.slug))} novalidate>
          <Csrf p={p} />
          <FormMessages f={key} />
          <TextInput f={key} name="year" label={t.fieldYear} inputmode="numeric" autocomplete="off" required />
          <SelectInput f={key} name="method" label={t.fieldMethod} choices={COST_METHODS.map((m) => ({ value: m, label: t.methodName(m) }))} />
          <TextInput f={key} name="budget" label={t.fieldBudget} inputmode="numeric" autocomplete="off" />
          <TextInput f={key} name="rate_ore" label={t.fieldRate} hint={t.rateHint} inputmode="numeric" autocomplete="off" />
          <TextInput f={key} name="fixed_share_percent" label={t.fieldFixedShare} inputmode="numeric" autocomplete="off" />
          <TextInput f={key} name="population_year" label={t.fieldPopulationYear} hint={t.populationYearHint} inputmode="numeric" autocomplete="off" />
          <TextArea f={key} name="fixed_amounts" label={t.fieldFixedAmounts} hint={t.fixedAmountsHint} rows={3} />
          <div>
            <button class="ds-button" type="submit">
              {t.saveKeyButton}
            </button>
          </div>
        </form>
      </section>
    </Layout>,
    status,
  );
}

function DecisionList({ p, d }: { p: PageContext; d: ServiceDetail }) {
  const t = messages(p.locale);
  if (d.decisions.length === 0) return <p>{t.noDecisions}</p>;
  return (
    <ul>
      {d.decisions.map((x) => (
        <li>
          {t.decisionName(x.kind)} {x.targetService ? t.toTarget(x.targetService.name) : ''} {t.fromDate(formatDate(x.effectiveOn))}
        </li>
      ))}
    </ul>
  );
}

function serviceDefaults(row: ServiceRow): Record<string, string> {
  return {
    name: row.name,
    short_name: row.short_name ?? '',
    slug: row.slug,
    focus_area_id: row.focus_area_id ? String(row.focus_area_id) : '',
    host_code: row.host_code ?? '',
    host_role: row.host_role,
    run_by_cooperation_id: row.run_by_cooperation_id ? String(row.run_by_cooperation_id) : '',
    legal_form: row.legal_form ?? '',
    legal_basis: row.legal_basis ?? '',
    agreement_href: row.agreement_href ?? '',
    start_on: row.start_on ?? '',
    end_on: row.end_on ?? '',
    ...localizedValues('description', JSON.parse(row.description)),
    ...localizedValues('agreement', JSON.parse(row.agreement)),
  };
}

