import type { Question } from '../../../modules/surveys';
import { LocalizedInline, textIn } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import { conditionInWords } from '../../public/surveys/survey-form';

/** One question as the respondent will meet it, in short: text, kind, key, choices, scale and condition. */
export function QuestionPreview({ p, q, all }: { p: PageContext; q: Question; all: Question[] }) {
  const t = surveys(p.locale);
  const condition = conditionInWords(p, q, all);
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
      {condition ? <p>{t.conditionNote(condition.question, condition.answer)}</p> : null}
    </>
  );
}
