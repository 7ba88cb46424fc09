import { OUTCOMES, termLabel, type AgendaItemView } from '../../../modules/meetings';
import { meetings as messages } from '../../locales/meetings';
import type { PageContext } from '../../page-context';
import { Checkbox, Csrf, FormMessages, FormModel, SelectInput, TextArea, TextInput, type FailedForm, type FieldMessages } from '../form-kit';

/** The treatment form of one agenda item: its own id, so that a refusal shows at the right item. */
export const treatmentFormId = (itemId: number) => `treatment-${itemId}`;

export function treatmentLabels(p: PageContext): Record<string, string> {
  const t = messages(p.locale);
  return {
    outcome: t.outcomeField,
    resolution_text: t.resolutionText,
    amendments: t.amendmentsField,
    votes_for: t.votesFor,
    votes_against: t.votesAgainst,
    votes_blank: t.votesBlank,
    votes_for_names: t.votesForNames,
    votes_against_names: t.votesAgainstNames,
    is_unanimous: t.unanimous,
    is_public: t.treatmentPublic,
    exempt_basis: t.exemptBasis,
  };
}

/** The stored treatment (or a fresh one) as form values. */
function treatmentValues(item: AgendaItemView): Record<string, string> {
  const tr = item.treatment;
  const votes = tr?.votes;
  const names = (vote: string) => (votes?.kind === 'by_name' ? votes.entries.filter((e) => e.vote === vote).map((e) => e.name).join('\n') : '');
  const text = [tr?.resolution.text ?? '', ...(tr?.resolution.points ?? []).map((pt, i) => `${i + 1}. ${pt}`)].filter(Boolean).join('\n\n');
  return {
    outcome: tr?.outcome ?? 'adopted_as_proposed',
    resolution_text: text,
    amendments: (tr?.amendments ?? []).join('\n'),
    votes_for: votes?.kind === 'counts' ? String(votes.for) : '',
    votes_against: votes?.kind === 'counts' ? String(votes.against) : '',
    votes_blank: votes?.kind === 'counts' ? String(votes.blank) : '',
    votes_for_names: names('for'),
    votes_against_names: names('against'),
    is_unanimous: tr?.isUnanimous ? 'on' : '',
    is_public: item.isPublic ? 'on' : '',
    exempt_basis: item.exemptBasis ?? '',
  };
}

export function treatmentForm(p: PageContext, item: AgendaItemView, failed: FailedForm | null): FormModel {
  return new FormModel(p, treatmentFormId(item.id), { failed, defaults: treatmentValues(item), labels: treatmentLabels(p), prefix: `item-${item.id}-` });
}

/**
 * Posted treatment → the recordTreatment input. Votes by name come one per line; a resolution whose
 * lines are all "1. …" is stored as points, anything else as text (the pages show both the same way).
 */
export function treatmentInput(v: Record<string, string>) {
  const names = (field: string, vote: 'for' | 'against') =>
    (v[field] ?? '').split(/\r?\n/).map((n) => n.trim()).filter(Boolean).map((name) => ({ name, vote }));
  const byName = [...names('votes_for_names', 'for'), ...names('votes_against_names', 'against')];
  const text = (v.resolution_text ?? '').trim();
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const asPoints = lines.length > 1 && lines.every((l) => /^\d+[.)]\s/.test(l));
  return {
    agenda_item_id: v.agenda_item_id ?? '',
    outcome: (v.outcome ?? '') as never,
    resolution_text: asPoints ? '' : text,
    resolution_points: asPoints ? lines : [],
    amendments: v.amendments ?? '',
    votes_for: v.votes_for ?? '',
    votes_against: v.votes_against ?? '',
    votes_blank: v.votes_blank ?? '',
    votes_by_name: byName.length > 0 ? byName : null,
    is_unanimous: v.is_unanimous === 'on',
  };
}

/** Votes by name are posted in two fields; the command names one. */
export function toTreatmentFields(errors: FieldMessages): FieldMessages {
  const out: FieldMessages = {};
  for (const [key, list] of Object.entries(errors)) {
    const field = key.startsWith('votes_by_name') ? 'votes_for_names' : key === 'resolution_points' ? 'resolution_text' : key;
    out[field] = [...(out[field] ?? []), ...list];
  }
  return out;
}

export function TreatmentForm({ p, f, item, action }: { p: PageContext; f: FormModel; item: AgendaItemView; action: string }) {
  const t = messages(p.locale);
  const number = item.caseNumber ?? '';
  return (
    <form class="section" method="post" action={action} novalidate aria-labelledby={`${f.fieldId('heading')}`}>
      <h3 id={f.fieldId('heading')}>
        {t.treatmentHeading(number)}: {item.title ?? t.exempt}
      </h3>
      <Csrf p={p} />
      <input type="hidden" name="agenda_item_id" value={String(item.id)} />
      <FormMessages f={f} />
      <SelectInput f={f} name="outcome" label={t.outcomeField} choices={OUTCOMES.map((o) => ({ value: o.key, label: termLabel(OUTCOMES, o.key, p.locale) }))} required />
      <TextArea f={f} name="resolution_text" label={t.resolutionText} hint={t.resolutionHint} rows={5} />
      <TextArea f={f} name="amendments" label={t.amendmentsField} hint={t.amendmentsHint} rows={2} />
      <fieldset class="ds-fieldset">
        <legend class="ds-label">{t.votesLegend}</legend>
        <p class="muted">{t.votesHint}</p>
        <Checkbox f={f} name="is_unanimous" label={t.unanimous} />
        <TextInput f={f} name="votes_for" label={t.votesFor} inputmode="numeric" autocomplete="off" maxlength={6} />
        <TextInput f={f} name="votes_against" label={t.votesAgainst} inputmode="numeric" autocomplete="off" maxlength={6} />
        <TextInput f={f} name="votes_blank" label={t.votesBlank} inputmode="numeric" autocomplete="off" maxlength={6} />
        <TextArea f={f} name="votes_for_names" label={t.votesForNames} rows={2} />
        <TextArea f={f} name="votes_against_names" label={t.votesAgainstNames} rows={2} />
      </fieldset>
      <Checkbox f={f} name="is_public" label={t.treatmentPublic} />
      <TextInput f={f} name="exempt_basis" label={t.exemptBasis} hint={t.exemptBasisHint} maxlength={200} />
      <div>
        <button class="ds-button" type="submit">
          {t.saveTreatment}
        </button>
      </div>
    </form>
  );
}
