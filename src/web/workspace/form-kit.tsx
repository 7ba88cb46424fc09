import { CSRF_FIELD } from '../../platform/http/csrf';
import type { Locale } from '../../platform/i18n';
import { workspace } from '../locales/workspace';
import type { PageContext } from '../page-context';

/**
 * The pieces every workspace form is made of: labelled fields in Designsystemet's markup, the message
 * under a field that was refused, the error summary at the top of the page that links to each field,
 * and the success message after a save. Plain HTML: the forms work without JavaScript.
 */

/** A message about one field: the commands write English sentences; the pages' own are in the page's language. */
export interface FieldMessage {
  text: string;
  english: boolean;
}
export type FieldMessages = Record<string, FieldMessage[]>;

/** A form that was refused: which one, what it sent (to show it again) and why. */
export interface FailedForm {
  form: string;
  values: Record<string, string>;
  errors: FieldMessages;
}

interface FormOptions {
  /** Set when a post to this page was refused; only the form it names shows the values and errors. */
  failed?: FailedForm | null;
  /** The values to show when the form was not just refused (a record's stored values). */
  defaults?: Record<string, string>;
  /** The label of every field by its name; the summary names fields by these. */
  labels: Record<string, string>;
  /** Put before each field's id when the page has several forms with the same fields. */
  prefix?: string;
}

/** One form on a page: what each field shows, its ids, and the errors that belong to it. */
export class FormModel {
  private readonly failed: FailedForm | null;
  private readonly defaults: Record<string, string>;
  readonly labels: Record<string, string>;
  private readonly prefix: string;

  constructor(
    readonly p: PageContext,
    readonly id: string,
    options: FormOptions,
  ) {
    this.failed = options.failed && options.failed.form === id ? options.failed : null;
    this.defaults = options.defaults ?? {};
    this.labels = options.labels;
    this.prefix = options.prefix ?? '';
  }

  get refused(): boolean {
    return this.failed !== null && Object.keys(this.failed.errors).length > 0;
  }

  value(name: string): string {
    return this.failed ? (this.failed.values[name] ?? '') : (this.defaults[name] ?? '');
  }

  messages(name: string): FieldMessage[] {
    return this.failed?.errors[name] ?? [];
  }

  fieldId(name: string): string {
    return `${this.prefix}${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  }

  /** Messages about something other than one of the fields (a record that changed, say): shown at the top of the form. */
  formMessages(): FieldMessage[] {
    if (!this.failed) return [];
    return Object.entries(this.failed.errors).flatMap(([key, list]) => (key in this.labels ? [] : list));
  }

  formMessagesId(): string {
    return `${this.id}-errors`;
  }

  summary(): Array<{ href: string; label: string; messages: FieldMessage[] }> {
    if (!this.failed) return [];
    const t = workspace(this.p.locale);
    const fields = Object.keys(this.labels).filter((name) => this.messages(name).length > 0);
    const items = fields.map((name) => ({ href: `#${this.fieldId(name)}`, label: this.labels[name]!, messages: this.messages(name) }));
    const rest = this.formMessages();
    return rest.length > 0 ? [{ href: `#${this.formMessagesId()}`, label: t.theForm, messages: rest }, ...items] : items;
  }
}

/** The hidden field the CSRF middleware checks on every post. */
export function Csrf({ p }: { p: PageContext }) {
  return <input type="hidden" name={CSRF_FIELD} value={p.csrfToken} />;
}

/** `lang="en"` for a command's English message on a page in another language. */
function messageLang(p: PageContext, message: FieldMessage): Locale | undefined {
  return message.english && p.locale !== 'en' ? 'en' : undefined;
}

/** At the top of the page after a refused post: every problem, each a link to its field. */
export function ErrorSummary({ p, forms }: { p: PageContext; forms: FormModel[] }) {
  const t = workspace(p.locale);
  const items = forms.flatMap((form) => form.summary());
  if (items.length === 0) return null;
  const english = items.some((item) => item.messages.some((m) => m.english));
  return (
    <div class="ds-error-summary" role="alert" aria-labelledby="error-summary-heading">
      <h2 id="error-summary-heading">{t.errorSummary}</h2>
      {english && p.locale !== 'en' ? <p>{t.englishNote}</p> : null}
      <ul>
        {items.map((item) => (
          <li>
            <a href={item.href}>
              {item.label}:{' '}
              {item.messages.map((m, i) => (
                <>
                  {i > 0 ? '; ' : null}
                  <span lang={messageLang(p, m)}>{m.text}</span>
                </>
              ))}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message after a save (`?lagret=…`), in a status region. */
export function SavedMessage({ p, what }: { p: PageContext; what: string | undefined }) {
  const text = what ? workspace(p.locale).saved(what) : '';
  if (!text) return null;
  return (
    <div class="ds-alert" data-color="success" role="status">
      <p>{text}</p>
    </div>
  );
}

/** Messages that belong to the form as a whole, where the summary's "The form" link lands. */
export function FormMessages({ f }: { f: FormModel }) {
  const messages = f.formMessages();
  if (messages.length === 0) return null;
  return (
    <div id={f.formMessagesId()} tabindex={-1}>
      {messages.map((m) => (
        <p class="ds-validation-message" data-field="validation" lang={messageLang(f.p, m)}>
          {m.text}
        </p>
      ))}
    </div>
  );
}

interface FieldProps {
  f: FormModel;
  name: string;
  label: string;
  /** Words that complete the label for screen readers where the table row around the field says them to the eye. */
  labelSuffix?: string | undefined;
  hint?: string | undefined;
  /** Something to show under the hint, such as the name of the stored municipality. */
  extra?: string | undefined;
  required?: boolean;
}

function Label({ id, label, suffix }: { id: string; label: string; suffix?: string | undefined }) {
  return (
    <label class="ds-label" for={id}>
      {label}
      {suffix ? <span class="ds-sr-only"> {suffix}</span> : null}
    </label>
  );
}

function describedBy(f: FormModel, name: string, hint: boolean): string | undefined {
  const id = f.fieldId(name);
  const ids = [hint ? `${id}-hint` : null, f.messages(name).length > 0 ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Hint({ f, name, hint, extra }: { f: FormModel; name: string; hint?: string | undefined; extra?: string | undefined }) {
  if (!hint && !extra) return null;
  return (
    <div data-field="description" id={`${f.fieldId(name)}-hint`}>
      {hint ? <p>{hint}</p> : null}
      {extra ? <p>{extra}</p> : null}
    </div>
  );
}

function Messages({ f, name }: { f: FormModel; name: string }) {
  const messages = f.messages(name);
  if (messages.length === 0) return null;
  return (
    <div id={`${f.fieldId(name)}-error`}>
      {messages.map((m) => (
        <p class="ds-validation-message" data-field="validation" lang={messageLang(f.p, m)}>
          {m.text}
        </p>
      ))}
    </div>
  );
}

export function TextInput(
  props: FieldProps & {
    type?: 'text' | 'date' | 'email' | 'password' | 'number';
    autocomplete?: string;
    list?: string;
    inputmode?: 'numeric' | 'text';
    lang?: Locale;
    maxlength?: number;
  },
) {
  const { f, name } = props;
  const id = f.fieldId(name);
  const invalid = f.messages(name).length > 0;
  const hasHint = Boolean(props.hint || props.extra);
  // A password is never written back into the page.
  const value = props.type === 'password' ? undefined : f.value(name);
  return (
    <div class="ds-field">
      <Label id={id} label={props.label} suffix={props.labelSuffix} />
      <Hint f={f} name={name} hint={props.hint} extra={props.extra} />
      <input
        class="ds-input"
        id={id}
        name={name}
        type={props.type ?? 'text'}
        value={value}
        required={props.required}
        autocomplete={props.autocomplete}
        list={props.list}
        inputmode={props.inputmode}
        lang={props.lang}
        maxlength={props.maxlength}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(f, name, hasHint)}
      />
      <Messages f={f} name={name} />
    </div>
  );
}

export function TextArea(props: FieldProps & { rows?: number; lang?: Locale }) {
  const { f, name } = props;
  const id = f.fieldId(name);
  const invalid = f.messages(name).length > 0;
  return (
    <div class="ds-field">
      <Label id={id} label={props.label} suffix={props.labelSuffix} />
      <Hint f={f} name={name} hint={props.hint} extra={props.extra} />
      <textarea
        class="ds-input"
        id={id}
        name={name}
        rows={props.rows ?? 4}
        lang={props.lang}
        required={props.required}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(f, name, Boolean(props.hint || props.extra))}
      >
        {f.value(name)}
      </textarea>
      <Messages f={f} name={name} />
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
  lang?: Locale | undefined;
}

export function SelectInput(props: FieldProps & { choices: Choice[] }) {
  const { f, name } = props;
  const id = f.fieldId(name);
  const current = f.value(name);
  const invalid = f.messages(name).length > 0;
  return (
    <div class="ds-field">
      <Label id={id} label={props.label} suffix={props.labelSuffix} />
      <Hint f={f} name={name} hint={props.hint} extra={props.extra} />
      <select
        class="ds-input"
        id={id}
        name={name}
        required={props.required}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(f, name, Boolean(props.hint || props.extra))}
      >
        {props.choices.map((choice) => (
          <option value={choice.value} selected={choice.value === current} lang={choice.lang}>
            {choice.label}
          </option>
        ))}
      </select>
      <Messages f={f} name={name} />
    </div>
  );
}

export function Checkbox(props: FieldProps) {
  const { f, name } = props;
  const id = f.fieldId(name);
  const invalid = f.messages(name).length > 0;
  return (
    <div class="ds-field">
      <input
        class="ds-input"
        type="checkbox"
        id={id}
        name={name}
        value="on"
        checked={f.value(name) === 'on'}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(f, name, Boolean(props.hint))}
      />
      <Label id={id} label={props.label} suffix={props.labelSuffix} />
      <Hint f={f} name={name} hint={props.hint} />
      <Messages f={f} name={name} />
    </div>
  );
}

const LANGUAGES: Locale[] = ['nb', 'nn', 'en'];

function languageName(p: PageContext, lang: Locale): string {
  const t = workspace(p.locale);
  const name = { nb: t.bokmaal, nn: t.nynorsk, en: t.english }[lang];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The labels of a text in three languages (`purpose.nb` → "Formål (bokmål)"), for the summary. */
export function localizedLabels(p: PageContext, name: string, label: string): Record<string, string> {
  const t = workspace(p.locale);
  const words = { nb: t.bokmaal, nn: t.nynorsk, en: t.english };
  return Object.fromEntries(LANGUAGES.map((lang) => [`${name}.${lang}`, t.inLanguage(label, words[lang])]));
}

/** The stored text's languages as form values (`purpose.nb` …). */
export function localizedValues(name: string, text: Partial<Record<Locale, string>>): Record<string, string> {
  return Object.fromEntries(LANGUAGES.map((lang) => [`${name}.${lang}`, text[lang] ?? '']));
}

/** The posted languages of one text as the commands take it (blank ones are dropped by the commands). */
export function localizedInput(values: Record<string, string>, name: string): { nb: string; nn: string; en: string } {
  return { nb: values[`${name}.nb`] ?? '', nn: values[`${name}.nn`] ?? '', en: values[`${name}.en`] ?? '' };
}

/** One text in bokmål, nynorsk and English: a group with a legend, one field per language. */
export function LocalizedFields(props: { f: FormModel; name: string; legend: string; hint?: string; multiline?: boolean; maxlength?: number }) {
  const { f, name } = props;
  const hintId = `${f.fieldId(name)}-group-hint`;
  return (
    <fieldset class="ds-fieldset" aria-describedby={props.hint ? hintId : undefined}>
      <legend class="ds-label">{props.legend}</legend>
      {props.hint ? (
        <p data-field="description" id={hintId} class="muted">
          {props.hint}
        </p>
      ) : null}
      {LANGUAGES.map((lang) =>
        props.multiline ? (
          <TextArea f={f} name={`${name}.${lang}`} label={languageName(f.p, lang)} lang={lang} rows={5} />
        ) : (
          <TextInput f={f} name={`${name}.${lang}`} label={languageName(f.p, lang)} lang={lang} maxlength={props.maxlength} />
        ),
      )}
    </fieldset>
  );
}
