import type { QuestionKind } from '../../../modules/surveys';
import { textIn } from '../../components/localized';
import { surveyBuilder } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import { Checkbox, LocalizedFields, TextInput, localizedLabels, type FormModel } from '../form-kit';
import type { ConditionGroup } from './question-form';

/**
 * The question form's fields for one kind. With `textsOnly` (the survey has responses) only the
 * texts are offered; the rest stays as it is.
 */
export function QuestionFields({ f, kind, textsOnly, conditions }: { f: FormModel; kind: QuestionKind; textsOnly: boolean; conditions: ConditionGroup[] }) {
  const b = surveyBuilder(f.p.locale);
  const list = (name: string, legend: string) => <LocalizedFields f={f} name={name} legend={legend} hint={b.listHint} multiline />;
  const whole = (name: string, label: string) => <TextInput f={f} name={name} label={label} inputmode="numeric" />;
  return (
    <>
      <LocalizedFields f={f} name="text" legend={b.textField} maxlength={1000} />
      <LocalizedFields f={f} name="help" legend={b.helpField} />
      {textsOnly ? null : (
        <>
          <TextInput f={f} name="key" label={b.keyField} hint={b.keyHint} maxlength={40} />
          <Checkbox f={f} name="required" label={b.requiredField} />
        </>
      )}
      {kind === 'single_choice' || kind === 'multiple_choice' ? list('options', b.optionsField) : null}
      {kind === 'multiple_choice' && !textsOnly ? whole('max_choices', b.maxChoicesField) : null}
      {kind === 'rating' ? (
        <>
          {textsOnly ? null : whole('scale_min', b.scaleMinField)}
          {textsOnly ? null : whole('scale_max', b.scaleMaxField)}
          <LocalizedFields f={f} name="min_label" legend={b.minLabelField} maxlength={200} />
          <LocalizedFields f={f} name="max_label" legend={b.maxLabelField} maxlength={200} />
        </>
      ) : null}
      {kind === 'matrix' ? (
        <>
          {list('rows', b.rowsField)}
          {list('columns', b.columnsField)}
        </>
      ) : null}
      {kind === 'number' ? (
        <>
          {textsOnly ? null : <TextInput f={f} name="min" label={b.minField} />}
          {textsOnly ? null : <TextInput f={f} name="max" label={b.maxField} />}
          {textsOnly ? null : <Checkbox f={f} name="integer" label={b.integerField} />}
          <LocalizedFields f={f} name="unit" legend={b.unitField} maxlength={40} />
        </>
      ) : null}
      {kind === 'text' && !textsOnly ? (
        <>
          <Checkbox f={f} name="multiline" label={b.multilineField} />
          {whole('max_length', b.maxLengthField)}
        </>
      ) : null}
      {textsOnly || conditions.length === 0 ? null : <ConditionSelect f={f} groups={conditions} />}
    </>
  );
}

/** The condition as one choice: "always", or an earlier question's answer (grouped by question). */
function ConditionSelect({ f, groups }: { f: FormModel; groups: ConditionGroup[] }) {
  const p: PageContext = f.p;
  const b = surveyBuilder(p.locale);
  const id = f.fieldId('condition');
  const current = f.value('condition');
  const messages = f.messages('condition');
  return (
    <div class="ds-field">
      <label class="ds-label" for={id}>
        {b.conditionField}
      </label>
      <div data-field="description" id={`${id}-hint`}>
        <p>{b.conditionHint}</p>
      </div>
      <select class="ds-input" id={id} name="condition" aria-invalid={messages.length > 0 ? 'true' : undefined} aria-describedby={messages.length > 0 ? `${id}-hint ${id}-error` : `${id}-hint`}>
        <option value="">{b.conditionAlways}</option>
        {groups.map((g) => (
          <optgroup label={textIn(p, g.question.text)}>
            {g.values.map((v) => {
              const answer = typeof v.label === 'string' ? v.label : textIn(p, v.label);
              return (
                <option value={v.value} selected={v.value === current}>
                  {b.conditionOption(textIn(p, g.question.text), answer)}
                </option>
              );
            })}
          </optgroup>
        ))}
      </select>
      {messages.length > 0 ? (
        <div id={`${id}-error`}>
          {messages.map((m) => (
            <p class="ds-validation-message" data-field="validation" lang={m.english && p.locale !== 'en' ? 'en' : undefined}>
              {m.text}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** The label of every field of the question form, for the error summary. */
export function questionLabels(p: PageContext, withSection: boolean): Record<string, string> {
  const b = surveyBuilder(p.locale);
  return {
    ...(withSection ? { ...localizedLabels(p, 'title', b.sectionTitleField), ...localizedLabels(p, 'intro', b.sectionIntroField) } : {}),
    ...localizedLabels(p, 'text', b.textField),
    ...localizedLabels(p, 'help', b.helpField),
    key: b.keyField,
    required: b.requiredField,
    ...localizedLabels(p, 'options', b.optionsField),
    max_choices: b.maxChoicesField,
    scale_min: b.scaleMinField,
    scale_max: b.scaleMaxField,
    ...localizedLabels(p, 'min_label', b.minLabelField),
    ...localizedLabels(p, 'max_label', b.maxLabelField),
    ...localizedLabels(p, 'rows', b.rowsField),
    ...localizedLabels(p, 'columns', b.columnsField),
    min: b.minField,
    max: b.maxField,
    integer: b.integerField,
    ...localizedLabels(p, 'unit', b.unitField),
    multiline: b.multilineField,
    max_length: b.maxLengthField,
    condition: b.conditionField,
  };
}
