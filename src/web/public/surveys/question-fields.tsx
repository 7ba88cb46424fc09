import type { Question } from '../../../modules/surveys';
import { formatNumber } from '../../../platform/i18n';
import { LocalizedInline, LocalizedProse, textIn } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import type { FieldMessage } from '../../workspace/form-kit';

/**
 * One question of the respondent's form in plain HTML: choices are radio buttons or checkboxes in a
 * fieldset whose legend is the question (arrow keys move between radios, Space ticks a box), a matrix
 * is one small fieldset per row (it reflows at 320 px, where a grid of radios would not), numbers and
 * text are labelled inputs. Required is said in words. Field names are what answersFromForm reads.
 */
export type Answer = unknown;
export type QuestionErrors = Record<string, FieldMessage[]>;

const safe = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, '-');
export const questionId = (key: string) => `q-${safe(key)}`;

/** The field the error summary links to: the first input of the question (or of a matrix row). */
export function firstFieldId(q: Question, errorKey: string): string {
  switch (q.kind) {
    case 'single_choice':
    case 'multiple_choice':
      return `${questionId(q.key)}-${safe(q.options[0]!.key)}`;
    case 'rating':
      return `${questionId(q.key)}-${q.scale.min}`;
    case 'matrix': {
      const row = errorKey.startsWith(`${q.key}.`) ? errorKey.slice(q.key.length + 1) : q.rows[0]!.key;
      return `${questionId(q.key)}-${safe(row)}-${safe(q.columns[0]!.key)}`;
    }
    default:
      return questionId(q.key);
  }
}

interface Props {
  p: PageContext;
  q: Question;
  value: Answer;
  errors: QuestionErrors;
  /** "Answer only if …", for a condition the form cannot apply before the respondent answers. */
  onlyIf?: string | null;
}

function Messages({ p, id, messages }: { p: PageContext; id: string; messages: FieldMessage[] }) {
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

function RequiredMark({ p, q }: { p: PageContext; q: Question }) {
  const t = surveys(p.locale);
  return <span class="muted"> {q.required ? t.required : t.optionalMark}</span>;
}

function Hints({ p, q, id, onlyIf, extra }: { p: PageContext; q: Question; id: string; onlyIf?: string | null | undefined; extra?: string | null }) {
  if (!q.help && !onlyIf && !extra) return null;
  return (
    <div data-field="description" id={id}>
      {onlyIf ? <p>{onlyIf}</p> : null}
      {extra ? <p>{extra}</p> : null}
      {q.help ? <LocalizedProse p={p} text={q.help} /> : null}
    </div>
  );
}

const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function QuestionFields({ p, q, value, errors, onlyIf }: Props) {
  const t = surveys(p.locale);
  const id = questionId(q.key);
  const own = errors[q.key] ?? [];
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const extra =
    q.kind === 'multiple_choice'
      ? q.maxChoices
        ? t.chooseAtMost(q.maxChoices)
        : t.chooseMany
      : q.kind === 'rating'
        ? t.scaleEnds(String(q.scale.min), textIn(p, q.scale.minLabel), String(q.scale.max), textIn(p, q.scale.maxLabel))
        : q.kind === 'matrix'
          ? t.matrixHint
          : q.kind === 'number'
            ? q.min !== undefined && q.max !== undefined
              ? t.numberHint(formatNumber(q.min), formatNumber(q.max))
              : q.integer
                ? t.wholeNumberHint
                : null
            : null;
  const hasHints = Boolean(q.help || onlyIf || extra);
  const described = describedBy(hasHints && hintId, own.length > 0 && errorId);
  const invalid = own.length > 0 ? 'true' : undefined;

  if (q.kind === 'number' || q.kind === 'text') {
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    return (
      <div class="ds-field">
        <label class="ds-label" for={id}>
          <LocalizedInline p={p} text={q.text} />
          <RequiredMark p={p} q={q} />
        </label>
        <Hints p={p} q={q} id={hintId} onlyIf={onlyIf} extra={extra} />
        <Messages p={p} id={errorId} messages={own} />
        {q.kind === 'text' && q.multiline ? (
          <textarea class="ds-input" id={id} name={`q.${q.key}`} rows={5} maxlength={q.maxLength} aria-invalid={invalid} aria-describedby={described}>
            {text}
          </textarea>
        ) : (
          <input
            class="ds-input"
            type="text"
            id={id}
            name={`q.${q.key}`}
            value={text}
            inputmode={q.kind === 'number' ? (q.integer ? 'numeric' : 'decimal') : undefined}
            maxlength={q.kind === 'text' ? q.maxLength : 30}
            autocomplete="off"
            aria-invalid={invalid}
            aria-describedby={described}
          />
        )}
      </div>
    );
  }

  if (q.kind === 'matrix') {
    const given = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    return (
      <fieldset class="ds-fieldset" id={id} aria-describedby={described}>
        <legend class="ds-label">
          <LocalizedInline p={p} text={q.text} />
          <RequiredMark p={p} q={q} />
        </legend>
        <Hints p={p} q={q} id={hintId} onlyIf={onlyIf} extra={extra} />
        <Messages p={p} id={errorId} messages={own} />
        {q.rows.map((row) => {
          const rowKey = `${q.key}.${row.key}`;
          const rowErrors = errors[rowKey] ?? [];
          const rowErrorId = `${id}-${safe(row.key)}-error`;
          return (
            <fieldset class="ds-fieldset" aria-describedby={rowErrors.length > 0 ? rowErrorId : undefined}>
              <legend class="ds-label">
                <LocalizedInline p={p} text={row.label} />
              </legend>
              <Messages p={p} id={rowErrorId} messages={rowErrors} />
              {q.columns.map((col) => (
                <Choice
                  id={`${id}-${safe(row.key)}-${safe(col.key)}`}
                  type="radio"
                  name={`q.${rowKey}`}
                  value={col.key}
                  checked={given[row.key] === col.key}
                  invalid={rowErrors.length > 0}
                  label={<LocalizedInline p={p} text={col.label} />}
                />
              ))}
            </fieldset>
          );
        })}
      </fieldset>
    );
  }

  const options =
    q.kind === 'rating'
      ? Array.from({ length: q.scale.max - q.scale.min + 1 }, (_, i) => {
          const n = q.scale.min + i;
          return { key: String(n), label: <>{String(n)}</> };
        })
      : q.options.map((o) => ({ key: o.key, label: <LocalizedInline p={p} text={o.label} /> }));
  const chosen = Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)];
  return (
    <fieldset class="ds-fieldset" id={id} aria-describedby={described}>
      <legend class="ds-label">
        <LocalizedInline p={p} text={q.text} />
        <RequiredMark p={p} q={q} />
      </legend>
      <Hints p={p} q={q} id={hintId} onlyIf={onlyIf} extra={extra} />
      <Messages p={p} id={errorId} messages={own} />
      {options.map((o) => (
        <Choice
          id={`${id}-${safe(o.key)}`}
          type={q.kind === 'multiple_choice' ? 'checkbox' : 'radio'}
          name={`q.${q.key}`}
          value={o.key}
          checked={chosen.includes(o.key)}
          invalid={own.length > 0}
          label={o.label}
        />
      ))}
    </fieldset>
  );
}

function Choice(props: { id: string; type: 'radio' | 'checkbox'; name: string; value: string; checked: boolean; invalid: boolean; label: any }) {
  return (
    <div class="ds-field">
      <input
        class="ds-input"
        type={props.type}
        id={props.id}
        name={props.name}
        value={props.value}
        checked={props.checked}
        // ARIA allows aria-invalid on a checkbox, not on a radio; the fieldset's description carries the error.
        aria-invalid={props.invalid && props.type === 'checkbox' ? 'true' : undefined}
      />
      <label class="ds-label" for={props.id}>
        {props.label}
      </label>
    </div>
  );
}
