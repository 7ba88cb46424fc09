import type { PageContext } from '../page-context';
import type { FieldMessage, FormModel } from './form-kit';

/** PDF and Word, by extension and by type, for the file picker (the server checks the bytes). */
export const DOCUMENT_ACCEPT = '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A file field in the form kit's markup: label, hint, the refusal under it. The kit's other inputs
 * write the posted value back; a file never is, so a refused post asks for it again.
 */
export function FileField(props: { f: FormModel; name: string; label: string; hint?: string; accept: string; required?: boolean }) {
  const { f, name } = props;
  const id = f.fieldId(name);
  const messages = f.messages(name);
  const described = [props.hint ? `${id}-hint` : null, messages.length > 0 ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div class="ds-field">
      <label class="ds-label" for={id}>
        {props.label}
      </label>
      {props.hint ? (
        <div data-field="description" id={`${id}-hint`}>
          <p>{props.hint}</p>
        </div>
      ) : null}
      <input
        class="ds-input"
        type="file"
        id={id}
        name={name}
        accept={props.accept}
        required={props.required ?? true}
        aria-invalid={messages.length > 0 ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
      <FieldErrors p={f.p} id={`${id}-error`} messages={messages} />
    </div>
  );
}

/** A field's refusals under it, in the form kit's markup; nothing when there are none. */
export function FieldErrors({ p, id, messages }: { p: PageContext; id: string; messages: FieldMessage[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={id}>
      {messages.map((m) => (
        <p class="ds-validation-message" data-field="validation" lang={m.english && p.locale !== 'en' ? 'en' : undefined}>
          {m.text}
        </p>
      ))}
    </div>
  );
}
