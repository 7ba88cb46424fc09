import type { Question } from '../../../modules/surveys';
import { LocalizedInline, textIn } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';

/** One question as the respondent will meet it, in short: text, kind, key, choices, scale and condition. */
export function QuestionPreview({ p, q, all }: { p: PageContext; q: Question; all: Question[] }) {
  const t = surveys(p.locale);
  const target = q.condition ? all.find((x) => x.key === q.condition!.questionKey) : undefined;
  const equals = q.condition ? String(q.condition.equals) : '';
  const answer = target && (target.kind === 'single_choice' || target.kind === 'multiple_choice') ? textIn(p, target.options.find((o) => o.key === equals)?.label) || equals : equals;
  const choices = q.kind === 'single_choice' || q.kind === 'multiple_choice' ? q.options : q.kind === 'matrix' ? q.rows : [];
  return (
    <>
      <strong>
        <LocalizedInline p={p} text={q.text} />
      </strong>{' '}
      <span class="muted">
        ({t.kindNames(q.kind)}, <code>{q.key}</code>) {q.required ? t.required : t.optionalMark}
      </span>
      {q.kind === 'rating' ? <p>{t.scaleEnds(String(q.scale.min), textIn(p, q.scale.minLabel), String(q.scale.max), textIn(p, q.scale.maxLabel))}</p> : null}
      {choices.length > 0 ? (
        <ul>
          {choices.map((o) => (
            <li>
              <LocalizedInline p={p} text={o.label} />
            </li>
          ))}
        </ul>
      ) : null}
      {q.kind === 'matrix' ? <p>{q.columns.map((col) => textIn(p, col.label)).join(' · ')}</p> : null}
      {target ? <p>{t.conditionNote(textIn(p, target.text), answer)}</p> : null}
    </>
  );
}
