import type { PageContext } from '../page-context';

/** The words of a date choice form, in the reader's language (each page has its own locale file). */
export interface DateChoiceTexts {
  label: string;
  invalid: string;
  submit: string;
}

/**
 * "Show as of a date": a GET form back to the same page with one date field. It works without
 * JavaScript, and a bad date is shown back in the field with its message beside it so the reader
 * can correct it in place. Each page keeps its own query parameter (`at`, `dato`), which is also the
 * field's id, so links and tests that name it keep working.
 */
export function DateChoiceForm(props: {
  p: PageContext;
  /** The query parameter, and the input's id (the message gets `<name>-error`). */
  name: string;
  /** What the reader asked for (shown back when invalid) or the date shown. */
  value: string;
  invalid: boolean;
  texts: DateChoiceTexts;
  /** Secondary where the form is not the page's main action. */
  variant?: 'primary' | 'secondary';
}) {
  const { p, name, invalid, texts } = props;
  const errorId = `${name}-error`;
  return (
    <form class="date-form" method="get" action={p.path}>
      <div class="ds-field">
        <label class="ds-label" for={name}>
          {texts.label}
        </label>
        {invalid ? (
          <p class="ds-validation-message" id={errorId} data-color="danger">
            {texts.invalid}
          </p>
        ) : null}
        <input
          class="ds-input"
          type="date"
          id={name}
          name={name}
          value={props.value}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? errorId : undefined}
        />
      </div>
      <button class="ds-button" type="submit" data-variant={props.variant ?? 'primary'}>
        {texts.submit}
      </button>
    </form>
  );
}
