import { formatDate, pickText, type Locale, type LocalizedText } from '../../../platform/i18n';
import { localHref } from '../../../platform/http/locale';
import type { Mail } from '../../../platform/mail';
import { ANONYMITY_LABELS } from '../surveys.catalog';
import type { AnonymityPromise } from '../survey-definition';

/** The e-mails of a survey, in the survey's language, with the personal link as an absolute address. */
export interface MailSurvey {
  title: LocalizedText;
  language: Locale;
  anonymity: AnonymityPromise;
  closesOn: string;
}

const T = {
  nb: {
    invitation: 'Invitasjon til spørreundersøkelse',
    reminder: 'Påminnelse om spørreundersøkelse',
    hello: 'Hei,',
    invited: 'du er invitert til å svare på spørreundersøkelsen',
    remind: 'vi har ikke fått svaret ditt på spørreundersøkelsen',
    open: 'Svar her:',
    closes: (d: string) => `Undersøkelsen er åpen til og med ${d}.`,
    personal: 'Lenken er personlig og gir ett svar. Du kan lagre og fortsette senere før du sender. Ikke del lenken.',
    ignore: 'Har du allerede svart, kan du se bort fra denne e-posten.',
  },
  nn: {
    invitation: 'Invitasjon til spørjeundersøking',
    reminder: 'Påminning om spørjeundersøking',
    hello: 'Hei,',
    invited: 'du er invitert til å svare på spørjeundersøkinga',
    remind: 'vi har ikkje fått svaret ditt på spørjeundersøkinga',
    open: 'Svar her:',
    closes: (d: string) => `Undersøkinga er open til og med ${d}.`,
    personal: 'Lenkja er personleg og gir eitt svar. Du kan lagre og halde fram seinare før du sender. Ikkje del lenkja.',
    ignore: 'Har du alt svart, kan du sjå bort frå denne e-posten.',
  },
  en: {
    invitation: 'Invitation to a survey',
    reminder: 'Reminder: survey',
    hello: 'Hello,',
    invited: 'you are invited to answer the survey',
    remind: 'we have not yet received your answer to the survey',
    open: 'Answer here:',
    closes: (d: string) => `The survey is open until ${d} (inclusive).`,
    personal: 'The link is personal and gives one response. You can save and continue later before you send. Do not share the link.',
    ignore: 'If you have already answered, please ignore this e-mail.',
  },
} as const;

export function personalLinkUrl(baseUrl: string, language: Locale, token: string): string {
  return new URL(localHref(language, `/svar/${token}`), baseUrl).toString();
}

export function surveyMail(kind: 'invitation' | 'reminder', survey: MailSurvey, to: string, link: string): Mail {
  const t = T[survey.language];
  const title = pickText(survey.title, survey.language)?.text ?? '';
  const text = [
    t.hello,
    '',
    `${kind === 'invitation' ? t.invited : t.remind} «${title}».`,
    '',
    t.open,
    link,
    '',
    t.closes(formatDate(survey.closesOn)),
    ANONYMITY_LABELS[survey.anonymity][survey.language],
    t.personal,
    ...(kind === 'reminder' ? ['', t.ignore] : []),
  ].join('\n');
  return { to, subject: `${kind === 'invitation' ? t.invitation : t.reminder}: ${title}`, text };
}
