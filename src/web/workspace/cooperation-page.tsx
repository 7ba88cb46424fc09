import type { Context } from 'hono';
import {
  COOPERATION_STATUSES,
  LEGAL_FORMS,
  canEditCooperation,
  defaultMembershipDate,
  updateCooperation,
  type CooperationView,
  type UpdateCooperationInput,
} from '../../modules/cooperations';
import { execute } from '../../platform/command';
import type { AppEnv } from '../../platform/http/context';
import { todayInOslo } from '../../platform/i18n';
import { Layout } from '../components/layout';
import { textIn } from '../components/localized';
import { workspace } from '../locales/workspace';
import type { PageContext } from '../page-context';
import { AuthorityDatalist, authorityOptions } from './authority-options';
import { CooperationNav, onCooperation, refuseUnless, statusName } from './cooperation-kit';
import {
  Csrf,
  ErrorSummary,
  FormMessages,
  FormModel,
  LocalizedFields,
  SavedMessage,
  SelectInput,
  TextInput,
  localizedInput,
  localizedLabels,
  localizedValues,
  type Choice,
  type FailedForm,
} from './form-kit';
import { attempt, isoDate, postedValues, savedRedirect } from './handler-kit';
import { MANAGE } from './manage-paths';

const FORM = 'cooperation';

/** `GET /arbeidsflate/samarbeid/:slug`: the cooperation's details in one form. */
export const cooperationPage = onCooperation(MANAGE.cooperation, async ({ c, p, coop }) => {
  refuseUnless(canEditCooperation, { p, coop });
  return render(c, p, coop, null);
});

/** `POST /arbeidsflate/samarbeid/:slug`: saves through updateCooperation, which checks who may. */
export const cooperationSubmit = onCooperation(MANAGE.cooperation, async ({ c, p, coop }) => {
  const values = await postedValues(c);
  const outcome = await attempt(() => execute(c.var.db, updateCooperation, p.actor, toInput(coop.id, values)));
  refuseUnless(canEditCooperation, { p, coop });
  if (outcome.ok) return savedRedirect(c, p, MANAGE.cooperation(coop.slug), 'samarbeid');
  return render(c, p, coop, { form: FORM, values, errors: outcome.errors }, 422);
});

function toInput(cooperationId: number, v: Record<string, string>): UpdateCooperationInput {
  return {
    cooperation_id: cooperationId,
    name: v.name ?? '',
    short_name: v.short_name ?? '',
    tagline: localizedInput(v, 'tagline'),
    purpose: localizedInput(v, 'purpose'),
    legal_form: (v.legal_form ?? '') as UpdateCooperationInput['legal_form'],
    legal_basis: v.legal_basis ?? '',
    host_code: v.host_code ?? '',
    head_office_code: v.head_office_code ?? '',
    status: (v.status ?? '') as UpdateCooperationInput['status'],
    established_on: isoDate(v.established_on),
    ended_on: isoDate(v.ended_on),
  };
}

function storedValues(coop: CooperationView): Record<string, string> {
  return {
    name: coop.name,
    short_name: coop.shortName ?? '',
    ...localizedValues('tagline', coop.tagline),
    ...localizedValues('purpose', coop.purpose),
    legal_form: coop.legalForm,
    legal_basis: coop.legalBasis ?? '',
    host_code: coop.host?.code ?? '',
    head_office_code: coop.headOffice?.code ?? '',
    status: coop.status,
    established_on: coop.establishedOn ?? '',
    ended_on: coop.endedOn ?? '',
  };
}

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = workspace(p.locale);
  const labels = {
    name: t.name,
    short_name: t.shortName,
    ...localizedLabels(p, 'tagline', t.tagline),
    ...localizedLabels(p, 'purpose', t.purpose),
    legal_form: t.legalForm,
    legal_basis: t.legalBasis,
    host_code: t.host,
    head_office_code: t.headOffice,
    status: t.status,
    established_on: t.establishedOn,
    ended_on: t.endedOn,
  };
  const f = new FormModel(p, FORM, { failed, defaults: storedValues(coop), labels });
  const municipalities = await authorityOptions(c.var.db, defaultMembershipDate(coop, todayInOslo()), 'municipality');
  const legalForms: Choice[] = LEGAL_FORMS.map((form) => ({ value: form.key, label: textIn(p, form.name) }));
  if (!legalForms.some((form) => form.value === coop.legalForm)) legalForms.push({ value: coop.legalForm, label: coop.legalForm });
  const title = t.detailsTitle(coop.name);
  return c.html(
    <Layout p={p} title={f.refused ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="details" />
      <SavedMessage p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={[f]} />
      <p>{t.detailsIntro}</p>
      <form class="section" method="post" action={p.href(MANAGE.cooperation(coop.slug))} novalidate>
        <Csrf p={p} />
        <FormMessages f={f} />
        <TextInput f={f} name="name" label={t.name} required maxlength={200} />
        <TextInput f={f} name="short_name" label={t.shortName} hint={t.shortNameHint} maxlength={40} />
        <LocalizedFields f={f} name="tagline" legend={t.tagline} hint={t.taglineHint} maxlength={200} />
        <LocalizedFields f={f} name="purpose" legend={t.purpose} hint={t.purposeHint} multiline />
        <SelectInput f={f} name="legal_form" label={t.legalForm} choices={legalForms} required />
        <TextInput f={f} name="legal_basis" label={t.legalBasis} hint={t.legalBasisHint} maxlength={500} />
        <TextInput
          f={f}
          name="host_code"
          label={t.host}
          hint={t.codeHint}
          extra={coop.host ? t.registeredNow(coop.host.name, coop.host.code) : t.noneRegistered}
          inputmode="numeric"
          list="municipality-options"
        />
        <TextInput
          f={f}
          name="head_office_code"
          label={t.headOffice}
          hint={t.codeHint}
          extra={coop.headOffice ? t.registeredNow(coop.headOffice.name, coop.headOffice.code) : t.noneRegistered}
          inputmode="numeric"
          list="municipality-options"
        />
        <AuthorityDatalist p={p} id="municipality-options" authorities={municipalities} />
        <SelectInput
          f={f}
          name="status"
          label={t.status}
          choices={COOPERATION_STATUSES.map((s) => ({ value: s, label: statusName(p, s) }))}
          required
        />
        <TextInput f={f} name="established_on" label={t.establishedOn} hint={`${t.dateHint} ${t.optional}`} autocomplete="off" />
        <TextInput f={f} name="ended_on" label={t.endedOn} hint={`${t.dateHint} ${t.endedOnHint}`} autocomplete="off" />
        <div>
          <button class="ds-button" type="submit">
            {t.saveButton}
          </button>
        </div>
      </form>
    </Layout>,
    status,
  );
}
