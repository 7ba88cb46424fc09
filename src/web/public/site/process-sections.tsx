import type { ProcessView } from '../../../modules/processes';
import { formatDate, pickText, todayInOslo } from '../../../platform/i18n';
import { DateChoiceForm } from '../../components/date-choice-form';
import { LocalizedInline, LocalizedProse } from '../../components/localized';
import { site as messages } from '../../locales/site';
import type { PageContext } from '../../page-context';
import { TranslationNote } from './markdown-body';
import { PlanVersions } from './plan-versions';

/**
 * A process as seed 2 shows it: introduction, the questions for discussion, the alternatives, the
 * survey, and the progress plan. Headings start at h2 (the page around it has the h1).
 */
export function ProcessSections(props: { p: PageContext; process: ProcessView; day: string; asked: string | null; invalid: boolean; withIntroduction: boolean }) {
  const { p, process } = props;
  const t = messages(p.locale);
  const shownLang = pickText(process.introduction, p.locale)?.lang ?? pickText(process.title, p.locale)?.lang;
  return (
    <>
      {props.withIntroduction ? <LocalizedProse p={p} text={process.introduction} class="lead" /> : null}
      {shownLang ? <TranslationNote p={p} lang={shownLang} translations={process.translations} /> : null}

      {process.questions.length > 0 ? (
        <section class="section" aria-labelledby="questions-heading">
          <h2 id="questions-heading">{t.questions}</h2>
          <LocalizedProse p={p} text={process.questionsIntro} />
          <ul class="plain-list">
            {process.questions.map((q) => (
              <li>
                <LocalizedInline p={p} text={q} note />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {process.alternatives.length > 0 ? (
        <section class="section" aria-labelledby="alternatives-heading">
          <h2 id="alternatives-heading">{t.alternatives}</h2>
          <LocalizedProse p={p} text={process.alternativesIntro} />
          <ul class="plain-list">
            {process.alternatives.map((a) => (
              <li>
                <strong>{a.label})</strong> <LocalizedInline p={p} text={a.text} note />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {pickText(process.surveyText, p.locale) ? (
        <section class="section" aria-labelledby="survey-heading">
          <h2 id="survey-heading">{t.survey}</h2>
          <LocalizedProse p={p} text={process.surveyText} />
          <p>
            <a href={p.href(`/${process.cooperationSlug}/undersokelser`)}>{t.surveyLink}</a>
          </p>
        </section>
      ) : null}

      <section class="section" aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t.plan}</h2>
        <DateChoiceForm
          p={p}
          name="dato"
          value={props.asked ?? ''}
          invalid={props.invalid}
          texts={{ label: t.asOfLabel, invalid: t.invalidDate, submit: t.show }}
          variant="secondary"
        />
        <p class="muted" role="status">
          {props.asked && !props.invalid ? t.asOfNote(formatDate(props.day, p.locale)) : t.asOfToday(formatDate(todayInOslo(), p.locale))}
        </p>
        <PlanVersions p={p} process={process} day={props.day} />
        <p>
          <a href={p.href(`/${process.cooperationSlug}/prosesser/${process.slug}/plan.ics`)}>{t.calendar}</a>
        </p>
      </section>
    </>
  );
}
