import { MANAGE } from '../manage-paths';

/** The survey pages of the workspace (bokmål form; link with `p.href`), under MANAGE.surveys(slug). */
export const MANAGE_SURVEYS = {
  list: (slug: string) => MANAGE.surveys(slug),
  import: (slug: string) => `${MANAGE.surveys(slug)}/importer`,
  survey: (slug: string, id: number | string) => `${MANAGE.surveys(slug)}/${id}`,
  status: (slug: string, id: number | string) => `${MANAGE.surveys(slug)}/${id}/status`,
  definition: (slug: string, id: number | string) => `${MANAGE.surveys(slug)}/${id}/sporsmal`,
  definitionJson: (slug: string, id: number | string) => `${MANAGE.surveys(slug)}/${id}/sporsmal.json`,
  newQuestion: (slug: string, id: number | string) => `${MANAGE.surveys(slug)}/${id}/sporsmal/ny`,
  editQuestion: (slug: string, id: number | string, key: string) => `${MANAGE.surveys(slug)}/${id}/sporsmal/endre/${key}`,
  editSection: (slug: string, id: number | string, key: string) => `${MANAGE.surveys(slug)}/${id}/sporsmal/del/${key}`,
  moveQuestion: (slug: string, id: number | string) => `${MANAGE.surveys(slug)}/${id}/sporsmal/flytt`,
  removeQuestion: (slug: string, id: number | string) => `${MANAGE.surveys(slug)}/${id}/sporsmal/fjern`,
  removeSection: (slug: string, id: number | string) => `${MANAGE.surveys(slug)}/${id}/sporsmal/fjern-del`,
  audience: (slug: string, id: number | string) => `${MANAGE.surveys(slug)}/${id}/mottakere`,
  mail: (slug: string, id: number | string) => `${MANAGE.surveys(slug)}/${id}/mottakere/epost`,
  reminder: (slug: string, id: number | string) => `${MANAGE.surveys(slug)}/${id}/mottakere/paminnelse`,
  results: (slug: string, id: number | string) => `${MANAGE.surveys(slug)}/${id}/resultater`,
  export: (slug: string, id: number | string, ext: 'csv' | 'xlsx' | 'pdf') => `${MANAGE.surveys(slug)}/${id}/resultater.${ext}`,
} as const;

const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';
const ID = ':id{[0-9]{1,12}}';
const KEY = ':key{[a-z][a-z0-9_]{0,39}}';
export const MANAGE_SURVEY_ROUTES = {
  list: MANAGE_SURVEYS.list(SLUG),
  import: MANAGE_SURVEYS.import(SLUG),
  survey: MANAGE_SURVEYS.survey(SLUG, ID),
  status: MANAGE_SURVEYS.status(SLUG, ID),
  definition: MANAGE_SURVEYS.definition(SLUG, ID),
  definitionJson: `${MANAGE.surveys(SLUG)}/${ID}/sporsmal.json`,
  newQuestion: MANAGE_SURVEYS.newQuestion(SLUG, ID),
  editQuestion: MANAGE_SURVEYS.editQuestion(SLUG, ID, KEY),
  editSection: MANAGE_SURVEYS.editSection(SLUG, ID, KEY),
  moveQuestion: MANAGE_SURVEYS.moveQuestion(SLUG, ID),
  removeQuestion: MANAGE_SURVEYS.removeQuestion(SLUG, ID),
  removeSection: MANAGE_SURVEYS.removeSection(SLUG, ID),
  audience: MANAGE_SURVEYS.audience(SLUG, ID),
  mail: MANAGE_SURVEYS.mail(SLUG, ID),
  reminder: MANAGE_SURVEYS.reminder(SLUG, ID),
  results: MANAGE_SURVEYS.results(SLUG, ID),
  exports: (['csv', 'xlsx', 'pdf'] as const).map((ext) => MANAGE_SURVEYS.export(SLUG, ID, ext)),
} as const;
