import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import { bodiesOf, type BodyView } from '../../../modules/people';
import {
  MILESTONE_KINDS,
  processById,
  publishProcess,
  removeMilestone,
  revisePlan,
  saveMilestone,
  saveProcess,
  type MilestoneKind,
  type PlanVersionView,
  type ProcessView,
} from '../../../modules/processes';
import { execute } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { LOCALES, formatDate, type Locale, type LocalizedText } from '../../../platform/i18n';
import { PeriodText } from '../../components/dates';
import { Layout } from '../../components/layout';
import { LocalizedInline, textIn } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { site, siteEditing as messages } from '../../locales/site';
import type { PageContext } from '../../page-context';
import { CooperationNav, onCooperation } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormMessages, FormModel, LocalizedFields, SelectInput, TextInput, localizedInput, localizedLabels, localizedValues, type FailedForm } from '../form-kit';
import { attempt, idOf, isoDate, postedValues, savedRedirect } from '../handler-kit';
import { SiteSaved, TranslationFields, refuseUnlessEditor, translationValues, translationsFrom } from './kit';
import { itemEditorRoutes } from './item-editor';
import { SITE } from './paths';
import { PublishSection, publishSubmit } from './publishing';

const TEXT_FORM = 'process';
const REVISE_FORM = 'revise';
const milestoneForm = (versionId: number) => `milestone-${versionId}`;

async function processInPath(c: Context<AppEnv>, coop: CooperationView): Promise<ProcessView> {
  const id = idOf(c.req.param('id'));
  const process = id === null ? null : await processById(c.var.db, coop.id, id, { publishedOnly: false });
  if (!process) throw new NotFoundError();
  return process;
}

/** Lines of one textarea per language → a list of texts, line 1 of each language together. */
function linesToTexts(values: Record<string, string>, name: string): LocalizedText[] {
  const lines = Object.fromEntries(LOCALES.map((l) => [l, (values[`${name}.${l}`] ?? '').split(/\r?\n/).map((s) => s.trim())])) as Record<Locale, string[]>;
  const count = Math.max(...LOCALES.map((l) => lines[l].length));
  return Array.from({ length: count }, (_, i) => Object.fromEntries(LOCALES.map((l) => [l, lines[l][i] ?? ''])) as LocalizedText).filter((t) =>
    LOCALES.some((l) => t[l]),
  );
}
const textsToLines = (name: string, texts: LocalizedText[]) => Object.fromEntries(LOCALES.map((l) => [`${name}.${l}`, texts.map((t) => t[l] ?? '').join('\n')]));

/** `GET …/prosesser/ny` and `…/prosesser/:id`: the process's texts, its plan versions and their milestones. */
export const { newForm: newProcessForm, editor: processEditor, create: createProcessSubmit, save: saveProcessSubmit } = itemEditorRoutes({
  newPath: SITE.newProcess,
  inPath: processInPath,
  show: ({ c, p, coop }, process) => render(c, p, coop, process, null),
  submit: ({ c, p, coop }, process) => saveTexts(c, p, coop, process),
});

async function saveTexts(c: Context<AppEnv>, p: PageContext, coop: CooperationView, process: ProcessView | null) {
  const v = await postedValues(c);
  const outcome = await attempt(() =>
    execute(c.var.db, saveProcess, p.actor, {
      cooperation_id: coop.id,
      process_id: process?.id ?? null,
      slug: v.slug ?? '',
      title: localizedInput(v, 'title'),
      introduction: localizedInput(v, 'introduction'),
      questions_intro: localizedInput(v, 'questions_intro'),
      questions: linesToTexts(v, 'questions'),
      alternatives_intro: localizedInput(v, 'alternatives_intro'),
      alternatives: linesToTexts(v, 'alternatives').map((text, i) => ({ label: String.fromCharCode(97 + (i % 26)), text })),
      survey_text: localizedInput(v, 'survey_text'),
      survey_id: v.survey_id ?? '',
      translations: translationsFrom(v),
    }),
  );
  refuseUnlessEditor({ p, coop });
  if (outcome.ok) return savedRedirect(c, p, SITE.process(coop.slug, outcome.value.id), 'prosess');
  return render(c, p, coop, process, { form: TEXT_FORM, values: v, errors: outcome.errors }, 422);
}

/** `POST …/prosesser/:id/publiser`. */
export const publishProcessSubmit = publishSubmit({
  inPath: processInPath,
  publish: ({ c, p }, id, publish) => execute(c.var.db, publishProcess, p.actor, { id, publish }),
  editor: SITE.process,
});

/** `POST …/prosesser/:id/revider`: a new plan version, copied from the latest. */
export const revisePlanSubmit = onCooperation(SITE.home, async ({ c, p, coop }) => {
  const process = await processInPath(c, coop);
  const v = await postedValues(c);
  const outcome = await attempt(() =>
    execute(c.var.db, revisePlan, p.actor, { process_id: process.id, label: localizedInput(v, 'label'), adopted_on: isoDate(v.adopted_on), case_id: v.case_id ?? '' }),
  );
  refuseUnlessEditor({ p, coop });
  if (outcome.ok) return savedRedirect(c, p, SITE.process(coop.slug, process.id), 'revidert');
  return render(c, p, coop, process, { form: REVISE_FORM, values: v, errors: outcome.errors }, 422);
});

/** `POST …/prosesser/:id/milepaeler`: add a milestone to a version, or change one (`milestone_id`). */
export const milestoneSubmit = onCooperation(SITE.home, async ({ c, p, coop }) => {
  const process = await processInPath(c, coop);
  const v = await postedValues(c);
  const version = process.versions.find((x) => String(x.id) === v.plan_version_id);
  if (!version) {
    refuseUnlessEditor({ p, coop });
    throw new NotFoundError();
  }
  const outcome = await attempt(() =>
    execute(c.var.db, saveMilestone, p.actor, {
      plan_version_id: version.id,
      milestone_id: v.milestone_id ?? '',
      kind: (v.kind ?? '') as MilestoneKind,
      title: localizedInput(v, 'title'),
      starts_on: isoDate(v.starts_on),
      ends_on: isoDate(v.ends_on),
      body_id: v.body_id ?? '',
      meeting_id: v.meeting_id ?? '',
      case_id: v.case_id ?? '',
      survey_id: v.survey_id ?? '',
      note: localizedInput(v, 'note'),
    }),
  );
  refuseUnlessEditor({ p, coop });
  if (outcome.ok) return savedRedirect(c, p, SITE.process(coop.slug, process.id), 'milepael');
  return render(c, p, coop, process, { form: milestoneForm(version.id), values: v, errors: outcome.errors }, 422);
});

/** `POST …/prosesser/:id/milepaeler/fjern`. */
export const removeMilestoneSubmit = onCooperation(SITE.home, async ({ c, p, coop }) => {
  const process = await processInPath(c, coop);
  const v = await postedValues(c);
  const owned = process.versions.some((x) => x.milestones.some((m) => String(m.id) === v.milestone_id));
  refuseUnlessEditor({ p, coop });
  if (!owned) throw new NotFoundError();
  const outcome = await attempt(() => execute(c.var.db, removeMilestone, p.actor, { milestone_id: v.milestone_id ?? '' }));
  if (!outcome.ok) throw new NotFoundError();
  return savedRedirect(c, p, SITE.process(coop.slug, process.id), 'fjernet');
});

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, process: ProcessView | null, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = messages(p.locale);
  const f = new FormModel(p, TEXT_FORM, {
    failed,
    defaults: process
      ? {
          slug: process.slug,
          ...localizedValues('title', process.title),
          ...localizedValues('introduction', process.introduction),
          ...localizedValues('questions_intro', process.questionsIntro),
          ...textsToLines('questions', process.questions),
          ...localizedValues('alternatives_intro', process.alternativesIntro),
          ...textsToLines('alternatives', process.alternatives.map((a) => a.text)),
          ...localizedValues('survey_text', process.surveyText),
          survey_id: process.surveyId === null ? '' : String(process.surveyId),
          ...translationValues(process.translations),
        }
      : {},
    labels: {
      ...localizedLabels(p, 'title', t.fieldTitle),
      ...localizedLabels(p, 'introduction', t.fieldIntroduction),
      ...localizedLabels(p, 'questions_intro', t.fieldQuestionsIntro),
      questions: t.fieldQuestions,
      ...localizedLabels(p, 'alternatives_intro', t.fieldAlternativesIntro),
      alternatives: t.fieldAlternatives,
      ...localizedLabels(p, 'survey_text', t.fieldSurveyText),
      survey_id: t.fieldSurveyId,
      slug: t.fieldSlug,
    },
  });
  const bodies = await bodiesOf(c.var.db, coop.id);
  const forms = [f, ...(process ? [reviseModel(p, failed), ...process.versions.map((version) => milestoneModel(p, c, version, failed))] : [])];
  const title = process ? t.editProcess(textIn(p, process.title)) : t.newProcessTitle;
  return c.html(
    <Layout p={p} title={forms.some((m) => m.refused) ? `${site(p.locale).errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="site" />
      <p>
        <a href={p.href(SITE.home(coop.slug))}>{t.backToSite}</a>
      </p>
      <SiteSaved p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={forms} />
      {process ? (
        <PublishSection
          p={p}
          status={process.status}
          note={process.status === 'published' ? null : t.isDraft}
          publicHref={`/${coop.slug}/prosesser/${process.slug}`}
          action={SITE.publishProcess(coop.slug, process.id)}
        />
      ) : null}
      <form class="section" method="post" action={p.href(process ? SITE.process(coop.slug, process.id) : SITE.newProcess(coop.slug))} novalidate>
        <Csrf p={p} />
        <FormMessages f={f} />
        <LocalizedFields f={f} name="title" legend={t.fieldTitle} maxlength={300} />
        <TextInput f={f} name="slug" label={t.fieldSlug} hint={t.fieldSlugHint} autocomplete="off" required maxlength={60} />
        <LocalizedFields f={f} name="introduction" legend={t.fieldIntroduction} multiline />
        <LocalizedFields f={f} name="questions_intro" legend={t.fieldQuestionsIntro} multiline />
        <LocalizedFields f={f} name="questions" legend={t.fieldQuestions} hint={t.fieldQuestionsHint} multiline />
        <LocalizedFields f={f} name="alternatives_intro" legend={t.fieldAlternativesIntro} multiline />
        <LocalizedFields f={f} name="alternatives" legend={t.fieldAlternatives} hint={t.fieldAlternativesHint} multiline />
        <LocalizedFields f={f} name="survey_text" legend={t.fieldSurveyText} multiline />
        <TextInput f={f} name="survey_id" label={t.fieldSurveyId} hint={t.optional} inputmode="numeric" autocomplete="off" />
        <TranslationFields p={p} f={f} />
        <div>
          <button class="ds-button" type="submit">
            {t.save}
          </button>
        </div>
      </form>
      {process ? <Plan p={p} coop={coop} process={process} bodies={bodies} forms={forms} /> : null}
    </Layout>,
    status,
  );
}

function reviseModel(p: PageContext, failed: FailedForm | null) {
  const t = messages(p.locale);
  return new FormModel(p, REVISE_FORM, { failed, prefix: 'revise-', labels: { ...localizedLabels(p, 'label', t.fieldLabel), adopted_on: t.fieldAdoptedOn, case_id: t.fieldCaseId } });
}

/** The milestone form of one version: empty to add one, or filled from `?milepael=<id>` to change it. */
function milestoneModel(p: PageContext, c: Context<AppEnv>, version: PlanVersionView, failed: FailedForm | null) {
  const t = messages(p.locale);
  const editing = version.milestones.find((m) => String(m.id) === c.req.query('milepael'));
  return new FormModel(p, milestoneForm(version.id), {
    failed,
    prefix: `v${version.id}-`,
    defaults: editing
      ? {
          milestone_id: String(editing.id),
          kind: editing.kind,
          ...localizedValues('title', editing.title),
          starts_on: formatDate(editing.startsOn),
          ends_on: editing.endsOn ? formatDate(editing.endsOn) : '',
          body_id: editing.body ? String(editing.body.id) : '',
          meeting_id: editing.meetingId === null ? '' : String(editing.meetingId),
          case_id: editing.caseId === null ? '' : String(editing.caseId),
          survey_id: editing.surveyId === null ? '' : String(editing.surveyId),
          ...localizedValues('note', editing.note),
        }
      : { kind: 'body_meeting' },
    labels: {
      kind: t.fieldKind,
      ...localizedLabels(p, 'title', t.fieldTitle),
      starts_on: t.fieldStartsOn,
      ends_on: t.fieldEndsOn,
      body_id: t.fieldBody2,
      meeting_id: t.fieldMeetingId,
      case_id: t.fieldCaseId,
      survey_id: t.fieldSurveyId,
      ...localizedLabels(p, 'note', t.fieldNote),
    },
  });
}

function Plan({ p, coop, process, bodies, forms }: { p: PageContext; coop: CooperationView; process: ProcessView; bodies: BodyView[]; forms: FormModel[] }) {
  const t = messages(p.locale);
  const pub = site(p.locale);
  const revise = forms.find((m) => m.id === REVISE_FORM)!;
  return (
    <section class="section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t.planHeading}</h2>
      {[...process.versions].reverse().map((version) => {
        const f = forms.find((m) => m.id === milestoneForm(version.id))!;
        const label = textIn(p, version.label);
        return (
          <section class="section" aria-labelledby={`version-${version.id}-heading`}>
            <h3 id={`version-${version.id}-heading`}>{t.versionHeading(label, version.version)}</h3>
            {version.adoptedOn ? <p>{pub.adoptedOn(formatDate(version.adoptedOn, p.locale))}</p> : null}
            {version.milestones.length > 0 ? (
              <ScrollTable p={p} id={`milestones-${version.id}`} caption={t.milestonesCaption(label)}>
                <thead>
                  <tr>
                    <th scope="col">{t.colWhen}</th>
                    <th scope="col">{t.colTitle}</th>
                    <th scope="col">{t.colKind}</th>
                    <th scope="col">{t.colBody}</th>
                    <th scope="col">{t.edit}</th>
                  </tr>
                </thead>
                <tbody>
                  {version.milestones.map((m) => (
                    <tr>
                      <td class="num">
                        <PeriodText p={p} from={m.startsOn} to={m.endsOn} />
                      </td>
                      <th scope="row" class="note">
                        <LocalizedInline p={p} text={m.title} />
                      </th>
                      <td>{pub.kind(m.kind)}</td>
                      <td>{m.body ? <LocalizedInline p={p} text={m.body.name} /> : t.noBody}</td>
                      <td>
                        <a href={`${p.href(SITE.process(coop.slug, process.id))}?milepael=${m.id}#${f.fieldId('kind')}`}>
                          {t.editMilestone}
                          <span class="ds-sr-only"> {textIn(p, m.title)}</span>
                        </a>
                        <form method="post" action={p.href(SITE.removeMilestone(coop.slug, process.id))}>
                          <Csrf p={p} />
                          <input type="hidden" name="milestone_id" value={String(m.id)} />
                          <button class="ds-button" type="submit" data-variant="tertiary" data-size="sm">
                            {t.remove}
                            <span class="ds-sr-only"> {textIn(p, m.title)}</span>
                          </button>
                        </form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            ) : null}
            <MilestoneForm p={p} coop={coop} process={process} version={version} bodies={bodies} f={f} />
          </section>
        );
      })}
      <section class="section" aria-labelledby="revise-heading">
        <h3 id="revise-heading">{t.reviseHeading}</h3>
        <p>{t.reviseIntro}</p>
        <form class="section" method="post" action={p.href(SITE.revisePlan(coop.slug, process.id))} novalidate>
          <Csrf p={p} />
          <FormMessages f={revise} />
          <LocalizedFields f={revise} name="label" legend={t.fieldLabel} maxlength={300} />
          <TextInput f={revise} name="adopted_on" label={t.fieldAdoptedOn} hint={t.dateHint} autocomplete="off" />
          <TextInput f={revise} name="case_id" label={t.fieldCaseId} hint={t.optional} inputmode="numeric" autocomplete="off" />
          <div>
            <button class="ds-button" type="submit" data-variant="secondary">
              {t.revise}
            </button>
          </div>
        </form>
      </section>
    </section>
  );
}

function MilestoneForm(props: { p: PageContext; coop: CooperationView; process: ProcessView; version: PlanVersionView; bodies: BodyView[]; f: FormModel }) {
  const { p, f } = props;
  const t = messages(p.locale);
  const pub = site(p.locale);
  const editing = f.value('milestone_id');
  return (
    <form class="section" method="post" action={p.href(SITE.milestone(props.coop.slug, props.process.id))} novalidate aria-label={`${t.addMilestone}: ${textIn(p, props.version.label)}`}>
      <Csrf p={p} />
      <input type="hidden" name="plan_version_id" value={String(props.version.id)} />
      {editing ? <input type="hidden" name="milestone_id" value={editing} /> : null}
      <FormMessages f={f} />
      <SelectInput f={f} name="kind" label={t.fieldKind} choices={MILESTONE_KINDS.map((k) => ({ value: k, label: pub.kind(k) }))} required />
      <LocalizedFields f={f} name="title" legend={t.fieldTitle} maxlength={300} />
      <TextInput f={f} name="starts_on" label={t.fieldStartsOn} hint={t.dateHint} autocomplete="off" required />
      <TextInput f={f} name="ends_on" label={t.fieldEndsOn} hint={`${t.dateHint} ${t.optional}`} autocomplete="off" />
      <SelectInput f={f} name="body_id" label={t.fieldBody2} choices={[{ value: '', label: t.noBody }, ...props.bodies.map((b) => ({ value: String(b.id), label: textIn(p, b.name) }))]} />
      <TextInput f={f} name="meeting_id" label={t.fieldMeetingId} hint={t.optional} inputmode="numeric" autocomplete="off" />
      <TextInput f={f} name="case_id" label={t.fieldCaseId} hint={t.optional} inputmode="numeric" autocomplete="off" />
      <TextInput f={f} name="survey_id" label={t.fieldSurveyId} hint={t.optional} inputmode="numeric" autocomplete="off" />
      <LocalizedFields f={f} name="note" legend={t.fieldNote} multiline />
      <div>
        <button class="ds-button" type="submit" data-variant="secondary">
          {editing ? t.save : t.addMilestone}
        </button>
      </div>
    </form>
  );
}
