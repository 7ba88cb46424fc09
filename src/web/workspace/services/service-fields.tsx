import { LEGAL_FORMS, type CooperationView } from '../../../modules/cooperations';
import { HOST_ROLES, type FocusAreaView } from '../../../modules/services';
import { textIn } from '../../components/localized';
import { services as messages } from '../../locales/services';
import type { PageContext } from '../../page-context';
import { FormModel, LocalizedFields, SelectInput, TextInput, localizedInput, localizedLabels } from '../form-kit';
import { isoDate } from '../handler-kit';

/** The labels of a service's fields, for the error summary. */
export function serviceLabels(p: PageContext, creating: boolean): Record<string, string> {
  const t = messages(p.locale);
  return {
    name: t.fieldName,
    short_name: t.fieldShortName,
    slug: t.fieldSlug,
    focus_area_id: t.fieldFocusArea,
    host_code: t.fieldHost,
    host_role: t.fieldHostRole,
    run_by_cooperation_id: t.fieldRunBy,
    legal_form: t.fieldLegalForm,
    legal_basis: t.fieldLegalBasis,
    agreement_href: t.fieldAgreementHref,
    start_on: t.fieldStartOn,
    end_on: t.fieldEndOn,
    ...localizedLabels(p, 'description', t.fieldDescription),
    ...localizedLabels(p, 'agreement', t.fieldAgreement),
    ...(creating ? { status: t.fieldStatus } : {}),
  };
}

/** The posted fields as createService / updateService take them. */
export function serviceInput(v: Record<string, string>) {
  return {
    name: v.name ?? '',
    short_name: v.short_name ?? '',
    slug: v.slug ?? '',
    focus_area_id: v.focus_area_id ?? '',
    host_code: v.host_code ?? '',
    host_role: (v.host_role ?? 'host') as 'host' | 'lead',
    run_by_cooperation_id: v.run_by_cooperation_id ?? '',
    legal_form: (v.legal_form ?? '') as '',
    legal_basis: v.legal_basis ?? '',
    agreement_href: v.agreement_href ?? '',
    start_on: isoDate(v.start_on),
    end_on: isoDate(v.end_on),
    description: localizedInput(v, 'description'),
    agreement: localizedInput(v, 'agreement'),
  };
}

/** The fields of a service, for creating one or editing it. */
export function ServiceFields({ f, areas, cooperations }: { f: FormModel; areas: FocusAreaView[]; cooperations: CooperationView[]; creating?: boolean }) {
  const p = f.p;
  const t = messages(p.locale);
  const none = { value: '', label: t.none };
  return (
    <>
      <TextInput f={f} name="name" label={t.fieldName} required maxlength={200} />
      <TextInput f={f} name="short_name" label={t.fieldShortName} maxlength={40} />
      <TextInput f={f} name="slug" label={t.fieldSlug} hint={t.slugHint} autocomplete="off" required maxlength={60} />
      <SelectInput f={f} name="focus_area_id" label={t.fieldFocusArea} choices={[none, ...areas.map((a) => ({ value: String(a.id), label: textIn(p, a.name) }))]} />
      <TextInput f={f} name="host_code" label={t.fieldHost} inputmode="numeric" autocomplete="off" />
      <SelectInput f={f} name="host_role" label={t.fieldHostRole} choices={HOST_ROLES.map((r) => ({ value: r, label: t.roleName(r) }))} />
      <SelectInput
        f={f}
        name="run_by_cooperation_id"
        label={t.fieldRunBy}
        hint={t.runByHint}
        choices={[none, ...cooperations.map((c) => ({ value: String(c.id), label: c.name }))]}
      />
      <SelectInput f={f} name="legal_form" label={t.fieldLegalForm} choices={[none, ...LEGAL_FORMS.map((l) => ({ value: l.key, label: textIn(p, l.name) }))]} />
      <TextInput f={f} name="legal_basis" label={t.fieldLegalBasis} maxlength={500} />
      <LocalizedFields f={f} name="agreement" legend={t.fieldAgreement} maxlength={5000} />
      <TextInput f={f} name="agreement_href" label={t.fieldAgreementHref} hint={t.agreementHrefHint} autocomplete="off" maxlength={500} />
      <LocalizedFields f={f} name="description" legend={t.fieldDescription} multiline />
      <TextInput f={f} name="start_on" label={t.fieldStartOn} autocomplete="off" />
      <TextInput f={f} name="end_on" label={t.fieldEndOn} autocomplete="off" />
    </>
  );
}
