import type { Context } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { FieldErrors } from '../file-field';
import type { Choice, FormModel } from '../form-kit';

/**
 * Form pieces the kit has no use for elsewhere: a group of checkboxes posting one name many times
 * (the members), and reading a multipart post with such lists and files.
 */

/** The posted fields: the text values, the names posted more than once as lists, and the files. */
export async function postedForm(c: Context<AppEnv>): Promise<{ values: Record<string, string>; lists: Record<string, string[]>; files: Record<string, File> }> {
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const files: Record<string, File> = {};
  for (const [key, value] of Object.entries(body)) {
    const all = Array.isArray(value) ? value : [value];
    const texts = all.filter((v): v is string => typeof v === 'string');
    const file = all.find((v): v is File => typeof v !== 'string');
    if (texts.length > 0) {
      values[key] = texts[texts.length - 1]!;
      lists[key] = texts;
    }
    if (file) files[key] = file;
  }
  return { values, lists, files };
}

/** Checkboxes sharing one name; the form's value is the ticked values joined by commas. */
export function CheckboxGroup(props: { f: FormModel; name: string; legend: string; hint?: string; choices: Array<Choice & { note?: string }> }) {
  const { f, name } = props;
  const ticked = new Set(f.value(name).split(',').filter(Boolean));
  const id = f.fieldId(name);
  const errors = f.messages(name);
  return (
    <fieldset class="ds-fieldset" id={id} tabindex={-1} aria-describedby={[props.hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}>
      <legend class="ds-label">{props.legend}</legend>
      {props.hint ? (
        <p class="muted" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldErrors p={f.p} id={`${id}-error`} messages={errors} />
      {props.choices.map((choice) => (
        <div class="ds-field">
          <input class="ds-input" type="checkbox" id={`${id}-${choice.value}`} name={name} value={choice.value} checked={ticked.has(choice.value)} />
          <label class="ds-label" for={`${id}-${choice.value}`}>
            {choice.label}
            {choice.note ? (
              <>
                {' '}
                <span class="muted">
                  (<Breakable text={choice.note} />)
                </span>
              </>
            ) : null}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** An address that may break after "@" and dots, so a long one wraps at 320 px instead of widening the page. */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[@.])/);
  return (
    <>
      {parts.map((part, i) => (
        <>
          {i > 0 ? <wbr /> : null}
          {part}
        </>
      ))}
    </>
  );
}
