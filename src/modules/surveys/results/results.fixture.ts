import type { Question } from '../survey-definition';
import type { ResponseForResults, SurveyResultsInput } from './results.types';

/**
 * A survey whose results test suppression: Hole × other staff is a cell of 2 respondents (and they are
 * all Hole's and all other staff's respondents), with answers nobody else gives ('lite', rating 1).
 * Lier's 5 heads of department are the smallest groups that can hide them by complementary suppression.
 */
const t = (nb: string) => ({ nb, nn: nb, en: nb });

export const FIXTURE_QUESTIONS: Question[] = [
  {
    key: 'kjennskap',
    kind: 'single_choice',
    text: t('Hvor godt kjenner du Vestregionens arbeid?'),
    required: true,
    illustrative: true,
    options: [
      { key: 'godt', label: t('Godt') },
      { key: 'noe', label: t('Noe') },
      { key: 'lite', label: t('<script>alert("lite")</script> Lite') },
    ],
  },
  { key: 'nytte', kind: 'rating', text: t('Hvor nyttig er arbeidet?'), required: false, illustrative: true, scale: { min: 1, max: 5, minLabel: t('Lite nyttig'), maxLabel: t('Svært nyttig') } },
  {
    key: 'omrader',
    kind: 'multiple_choice',
    text: t('Hvilke innsatsområder kjenner du?'),
    required: false,
    illustrative: true,
    options: [
      { key: 'helse', label: t('Helse') },
      { key: 'kultur', label: t('Kultur') },
      { key: 'regional', label: t('Regional utvikling') },
    ],
  },
  {
    key: 'matrise',
    kind: 'matrix',
    text: t('Vurder nytten av hvert innsatsområde'),
    required: false,
    illustrative: true,
    rows: [
      { key: 'helse', label: t('Helse') },
      { key: 'kultur', label: t('Kultur') },
    ],
    columns: [
      { key: 'lav', label: t('Lav') },
      { key: 'middels', label: t('Middels') },
      { key: 'hoy', label: t('Høy') },
    ],
  },
  { key: 'moter', kind: 'number', text: t('Hvor mange møter har du deltatt på?'), required: false, illustrative: true, min: 0, max: 20, integer: true },
  { key: 'kommentar', kind: 'text', text: t('Kommentar'), required: false, illustrative: true, maxLength: 2000, multiline: true },
];

function many(n: number, role: string, municipalityCode: string, answers: Record<string, unknown>): ResponseForResults[] {
  return Array.from({ length: n }, () => ({ role, municipalityCode, answers }));
}

export const FIXTURE_RESPONSES: ResponseForResults[] = [
  ...many(6, 'mayor', '0220', { kjennskap: 'godt', nytte: 4, omrader: ['helse', 'kultur'], matrise: { helse: 'hoy', kultur: 'middels' }, moter: 8, kommentar: 'Nyttig samarbeid' }),
  ...many(6, 'chief_executive', '0219', { kjennskap: 'noe', nytte: 3, omrader: ['helse'], matrise: { helse: 'middels', kultur: 'middels' }, moter: 12 }),
  ...many(5, 'head_of_department', '0626', { kjennskap: 'noe', nytte: 3, omrader: ['kultur'], matrise: { helse: 'middels', kultur: 'hoy' }, moter: 4 }),
  ...many(2, 'other_staff', '0612', { kjennskap: 'lite', nytte: 1, omrader: ['regional'], matrise: { helse: 'lav', kultur: 'lav' }, moter: 19 }),
];

export const FIXTURE_INPUT: SurveyResultsInput = {
  questions: FIXTURE_QUESTIONS,
  responses: FIXTURE_RESPONSES,
  // Everyone answered through an invitation; Hole's mayor was invited too and has not answered.
  invitations: {
    role: [
      { key: 'mayor', invited: 7, answered: 6 },
      { key: 'chief_executive', invited: 6, answered: 6 },
      { key: 'head_of_department', invited: 5, answered: 5 },
      { key: 'other_staff', invited: 2, answered: 2 },
    ],
    municipality: [
      { key: '0220', invited: 6, answered: 6 },
      { key: '0219', invited: 6, answered: 6 },
      { key: '0612', invited: 3, answered: 2 },
      { key: '0626', invited: 5, answered: 5 },
    ],
  },
  groups: {
    role: [
      { key: 'mayor', label: { nb: 'Ordfører', nn: 'Ordførar', en: 'Mayor' } },
      { key: 'chief_executive', label: { nb: 'Rådmann', nn: 'Rådmann', en: 'Chief executive' } },
      { key: 'head_of_department', label: { nb: 'Kommunalsjef', nn: 'Kommunalsjef', en: 'Head of department' } },
      { key: 'other_staff', label: { nb: 'Annen ansatt', nn: 'Annan tilsett', en: 'Other staff' } },
    ],
    municipality: [
      { key: '0220', label: t('Asker') },
      { key: '0219', label: t('Bærum') },
      { key: '0612', label: t('Hole') },
      { key: '0626', label: t('Lier') },
    ],
  },
};
