import { OFFICES, labelOf } from '../people';
import type { LocalizedText } from '../../platform/i18n';
import type { AnonymityPromise } from './survey-definition';

/** The roles a respondent can have (DOMAIN.md): the people register's office keys, in this order. */
export const RESPONDENT_ROLE_KEYS = ['mayor', 'deputy_mayor', 'chief_executive', 'head_of_department', 'other_elected', 'other_staff'] as const;
export type RespondentRole = (typeof RESPONDENT_ROLE_KEYS)[number];
export const RESPONDENT_ROLES = RESPONDENT_ROLE_KEYS.map((key) => ({ key, label: labelOf(OFFICES, key) as Required<LocalizedText> }));

export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** Stronger promises first: a survey may move left in this list after its first answer, never right. */
export const PROMISE_ORDER: readonly AnonymityPromise[] = ['anonymous', 'confidential', 'named'];
export const isWeakerPromise = (next: AnonymityPromise, current: AnonymityPromise) => PROMISE_ORDER.indexOf(next) > PROMISE_ORDER.indexOf(current);

export const ANONYMITY_LABELS: Record<AnonymityPromise, Required<LocalizedText>> = {
  anonymous: {
    nb: 'Anonym: svarene kan ikke knyttes til deg.',
    nn: 'Anonym: svara kan ikkje knytast til deg.',
    en: 'Anonymous: the answers cannot be linked to you.',
  },
  confidential: {
    nb: 'Fortrolig: sekretariatet kan se hvem som har svart, men det vises aldri i resultatene.',
    nn: 'Fortruleg: sekretariatet kan sjå kven som har svart, men det blir aldri vist i resultata.',
    en: 'Confidential: the secretariat can see who answered, but it is never shown in the results.',
  },
  named: {
    nb: 'Med navn: sekretariatet ser hvem som har svart hva.',
    nn: 'Med namn: sekretariatet ser kven som har svart kva.',
    en: 'Named: the secretariat sees who answered what.',
  },
};
