import type { FormModel } from '../form-kit';

/** A file field in the form kit's markup: label, hint, the refusal under it (form-kit has no file input). */
export function FileField(props: { f: FormModel; name: string; label: string; hint: string; accept: string }) {
  const { f, name } = props;
  const id = f.fieldId(name);
  const messages = f.messages(name);
  return (
    <div class="ds-field">
      <label class="ds-label" for={id}>
        {props.label}
      </label>
      <div data-field="description" id={`${id}-hint`}>
        <p>{props.hint}</p>
      </div>
      <input
        class="ds-input"
        type="file"
        id={id}
        name={name}
        accept={props.accept}
        required
        aria-invalid={messages.length > 0 ? 'true' : undefined}
        aria-describedby={messages.length > 0 ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      {messages.length > 0 ? (
        <div id={`${id}-error`}>
          {messages.map((m) => (
            <p class="ds-validation-message" data-field="validation" lang={m.english && f.p.locale !== 'en' ? 'en' : undefined}>
              {m.text}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
