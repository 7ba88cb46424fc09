import type { Locale } from '../../../platform/i18n';
import type { SummonsModel } from '../documents/models';
import { exemptLabel } from '../documents/exempt';
import { labelsFor } from '../documents/labels';
import { meetingTime, shortDate } from '../documents/when';
import type { SummonsRecipient } from './recipients';

// The summons as a plain-text e-mail. Exempt items show only "Unntatt offentlighet, <basis>", whoever
// the recipient is: an e-mail leaves our control, so it never carries an exempt title.

const WORDS = {
  nb: {
    to: (name: string, deputy: boolean) => `Til ${name}${deputy ? ', varamedlem' : ''}`,
    hello: 'Hei!',
    intro: (body: string) => `Du blir med dette kalt inn til møte i ${body}.`,
    asDeputy: 'Du får innkallingen som varamedlem, til orientering.',
    page: 'Møtesiden',
    attached: 'Innkallingen med saksliste er vedlagt som PDF.',
  },
  nn: {
    to: (name: string, deputy: boolean) => `Til ${name}${deputy ? ', varamedlem' : ''}`,
    hello: 'Hei!',
    intro: (body: string) => `Du blir med dette kalla inn til møte i ${body}.`,
    asDeputy: 'Du får innkallinga som varamedlem, til orientering.',
    page: 'Møtesida',
    attached: 'Innkallinga med sakliste er lagd ved som PDF.',
  },
  en: {
    to: (name: string, deputy: boolean) => `To ${name}${deputy ? ', deputy member' : ''}`,
    hello: 'Hello,',
    intro: (body: string) => `You are hereby summoned to a meeting of ${body}.`,
    asDeputy: 'You receive the summons as a deputy member, for information.',
    page: 'Meeting page',
    attached: 'The summons with the agenda is attached as a PDF.',
  },
} as const;

export function summonsSubject(model: SummonsModel): string {
  return `${labelsFor(model.locale).summons}: ${model.bodyName} ${shortDate(model.startsAt, model.locale)}`;
}

export function agendaLines(model: SummonsModel): string[] {
  const t = labelsFor(model.locale);
  return model.agenda.map((item) => {
    const exempt = !item.isPublic || Boolean(item.exemptBasis?.trim());
    const title = exempt ? exemptLabel(t, item.exemptBasis) : item.title;
    return item.caseNumber ? `${t.case} ${item.caseNumber} ${title}` : title;
  });
}

export function summonsText(model: SummonsModel, recipient: SummonsRecipient, meetingUrl: string): string {
  const locale: Locale = model.locale;
  const t = labelsFor(locale);
  const w = WORDS[locale];
  return [
    recipient.name ? w.to(recipient.name, recipient.isDeputy) : w.hello,
    '',
    w.intro(model.bodyName),
    ...(recipient.isDeputy ? [w.asDeputy] : []),
    '',
    `${t.time}: ${meetingTime(model.startsAt, model.endsAt, locale)}`,
    ...(model.place ? [`${t.place}: ${model.place}`] : []),
    '',
    `${t.agenda}:`,
    ...agendaLines(model),
    '',
    ...(model.note ? [model.note, ''] : []),
    `${w.page}: ${meetingUrl}`,
    w.attached,
    '',
    t.regards,
    model.sender ?? '',
    model.cooperationName,
    '',
  ].join('\n');
}

/** The public meeting page, absolute, in the summons' language. */
export function meetingUrl(baseUrl: string, locale: Locale, cooperationSlug: string, meetingId: number): string {
  const prefix = locale === 'nb' ? '' : `/${locale}`;
  return `${baseUrl.replace(/\/+$/, '')}${prefix}/${cooperationSlug}/moter/${meetingId}`;
}
