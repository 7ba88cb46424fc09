import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import { ANONYMITY_LABELS, ANONYMITY_PROMISES, canManageSurveys, createSurvey, importDefinition, listSurveys } from '../../../modules/surveys';
import { execute } from '../../../platform/command';
import type { AppEnv } from '../../../platform/http/context';
import { formatNumber, todayInOslo } from '../../../platform/i18n';
import { PeriodText } from '../../components/dates';
import { Layout } from '../../components/layout';
import { LocalizedInline } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import { CooperationNav, onCooperation, refuseUnless } from '../cooperation-kit';
import { Checkbox, Csrf, ErrorSummary, FormMessages, FormModel, LocalizedFields, SelectInput, TextArea, TextInput, localizedLabels, type FailedForm } from '../form-kit';
import { attempt } from '../handler-kit';
import { MANAGE_SURVEYS } from './paths';
import { Saved, statusText } from './survey-kit';
import { definitionFromForm, renameDefinitionErrors } from './survey-form-input';

const CREATE = 'create-survey';
const IMPORT = 'import-survey';

/** `GET …/undersokelser`: the cooperation's surveys (drafts too), and forms to make one or import one. */
export const surveysPage = onCooperation(MANAGE_SURVEYS.list, async ({ c, p, coop }) => {
  refuseUnless(canManageSurveys, { p, coop });
  return render(c, p, coop, null);
});

/** `POST …/undersokelser`: a draft from the form's settings and one starter question. */
export const createSurveySubmit = onCooperation(MANAGE_SURVEYS.list, async ({ c, p, coop }) => {
  const body = await c.req.parseBody();
  const v = Object.fromEntries(Object.entries(body).filter(([, x]) => typeof x === 'string')) as Record<string, string>;
  const outcome = await attempt(() => execute(c.var.db, createSurvey, p.actor, { cooperation_id: coop.id, definition: definitionFromForm(p, v) as never }));
  refuseUnless(canManageSurveys, { p, coop });
  if (outcome.ok) return c.redirect(`${p.href(MANAGE_SURVEYS.definition(coop.slug, outcome.value.id))}?lagret=opprettet`, 303);
  return render(c, p, coop, { form: CREATE, values: v, errors: renameDefinitionErrors(outcome.errors) }, 422);
});

/** `POST …/undersokelser/importer`: a draft from a whole definition, pasted or uploaded. */
export const importSurveySubmit = onCooperation(MANAGE_SURVEYS.list, async ({ c, p, coop }) => {
  const body = await c.req.parseBody();
  const file = body.file;
  const pasted = typeof body.json === 'string' ? body.json : '';
  const json = file instanceof File && file.size > 0 ? await file.text() : pasted;
  const outcome = await attempt(() => execute(c.var.db, importDefinition, p.actor, { cooperation_id: coop.id, json }));
  refuseUnless(canManageSurveys, { p, coop });
  if (outcome.ok) return c.redirect(`${p.href(MANAGE_SURVEYS.definition(coop.slug, outcome.value.id))}?lagret=opprettet`, 303);
  // Errors name the place in the JSON (sections.0.questions.2.key); all are shown at the text field.
  const messages = Object.entries(outcome.errors).flatMap(([path, list]) => list.map((m) => ({ text: `${path}: ${m.text}`, english: true })));
  return render(c, p, coop, { form: IMPORT, values: { json }, errors: { json: messages } }, 422);
});

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = surveys(p.locale);
  const list = await listSurveys(c.var.db, { cooperationId: coop.id, actor: p.actor, includeDrafts: true });
  const create = new FormModel(p, CREATE, {
    failed,
    defaults: { anonymity: 'anonymous', opens_on: todayInOslo(), open_link: 'on' },
    labels: {
      ...localizedLabels(p, 'title', t.titleField),
      ...localizedLabels(p, 'intro', t.introField),
      ...localizedLabels(p, 'audience', t.audienceField),
      anonymity: t.promiseField,
      opens_on: t.opensField,
      closes_on: t.closesField,
      open_link: t.openLinkField,
    },
  });
  const imported = new FormModel(p, IMPORT, { failed, labels: { json: t.jsonField } });
  const title = t.manageTitle(coop.name);
  return c.html(
    <Layout p={p} title={create.refused || imported.refused ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="surveys" />
      <Saved p={p} c={c} />
      <ErrorSummary p={p} forms={[create, imported]} />
      <p>{t.manageIntro}</p>
      {list.length === 0 ? (
        <p>{t.noManaged}</p>
      ) : (
        <ScrollTable p={p} id="surveys" caption={t.manageCaption}>
          <thead>
            <tr>
              <th scope="col">{t.colTitle}</th>
              <th scope="col">{t.colStatus}</th>
              <th scope="col">{t.colPeriod}</th>
              <th scope="col" class="num">{t.colResponses}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr>
                <th scope="row">
                  <a href={p.href(MANAGE_SURVEYS.survey(coop.slug, s.id))}>
                    <LocalizedInline p={p} text={s.title} />
                  </a>
                </th>
                <td>{statusText(p, s)}</td>
                <td class="num">
                  <PeriodText p={p} from={s.opensOn} to={s.closesOn} />
                </td>
                <td class="num">{formatNumber(s.responseCount)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <section class="section" aria-labelledby="create-heading">
        <h2 id="create-heading">{t.createHeading}</h2>
        <p>{t.createHint}</p>
        <form class="section" method="post" action={p.href(MANAGE_SURVEYS.list(coop.slug))} novalidate>
          <Csrf p={p} />
          <FormMessages f={create} />
          <SettingsFields p={p} f={create} />
          <div>
            <button class="ds-button" type="submit">
              {t.createButton}
            </button>
          </div>
        </form>
      </section>
      <section class="section" aria-labelledby="import-heading">
        <h2 id="import-heading">{t.importHeading}</h2>
        <form class="section" method="post" action={p.href(MANAGE_SURVEYS.import(coop.slug))} enctype="multipart/form-data" novalidate>
          <Csrf p={p} />
          <TextArea f={imported} name="json" label={t.jsonField} hint={t.importHint} rows={8} />
          <div class="ds-field">
            <label class="ds-label" for="import-file">
              {t.fileField}
            </label>
            <input class="ds-input" type="file" id="import-file" name="file" accept=".json,application/json" />
          </div>
          <div>
            <button class="ds-button" type="submit">
              {t.importButton}
            </button>
          </div>
        </form>
      </section>
    </Layout>,
    status,
  );
}

/** Title, texts, promise, dates and open link: the same fields when making a survey and when changing it. */
export function SettingsFields({ p, f }: { p: PageContext; f: FormModel }) {
  const t = surveys(p.locale);
  return (
    <>
      <LocalizedFields f={f} name="title" legend={t.titleField} maxlength={300} />
      <LocalizedFields f={f} name="intro" legend={t.introField} multiline />
      <LocalizedFields f={f} name="audience" legend={t.audienceField} multiline />
      <SelectInput f={f} name="anonymity" label={t.promiseField} choices={ANONYMITY_PROMISES.map((a) => ({ value: a, label: ANONYMITY_LABELS[a][p.locale] }))} required />
      <TextInput f={f} name="opens_on" label={t.opensField} hint={undefined} required autocomplete="off" />
      <TextInput f={f} name="closes_on" label={t.closesField} required autocomplete="off" />
      <Checkbox f={f} name="open_link" label={t.openLinkField} />
    </>
  );
}
