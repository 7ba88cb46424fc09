import { AppError } from '../../platform/errors';
import { formatDate, type LocalizedText } from '../../platform/i18n';

/**
 * The survey does not take answers now. The message is in bokmål and English (the API's readers);
 * `texts` has it in all three languages for pages, and `date` the day it closed or will open.
 */
export class SurveyNotOpenError extends AppError {
  constructor(
    readonly reason: 'draft' | 'not_yet_open' | 'closed',
    readonly date: string | null,
    readonly texts: Required<LocalizedText>,
  ) {
    super(`${texts.nb} (${texts.en})`, 409, reason === 'closed' ? 'survey_closed' : 'survey_not_open');
  }
}

export function notOpenTexts(reason: 'draft' | 'not_yet_open' | 'closed', date: string | null): Required<LocalizedText> {
  const d = date ? formatDate(date) : '';
  switch (reason) {
    case 'closed':
      return { nb: `Undersøkelsen ble stengt ${d}.`, nn: `Undersøkinga vart stengd ${d}.`, en: `The survey closed on ${d}.` };
    case 'not_yet_open':
      return { nb: `Undersøkelsen åpner ${d}.`, nn: `Undersøkinga opnar ${d}.`, en: `The survey opens on ${d}.` };
    case 'draft':
      return { nb: 'Undersøkelsen er ikke åpnet ennå.', nn: 'Undersøkinga er ikkje opna enno.', en: 'The survey has not been opened yet.' };
  }
}

/** This personal link (or this open-link form) has already been used to send a response. */
export class AlreadyAnsweredError extends AppError {
  constructor() {
    super('Svaret er allerede sendt inn; hver lenke gir ett svar. (The response has already been sent; each link gives one response.)', 409, 'already_answered');
  }
}
