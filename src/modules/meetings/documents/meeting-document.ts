import { checkInstant, checkText } from './check';
import { labelsFor } from './labels';
import type { SummonsModel } from './models';
import { fieldBlocks, illustrativeBlocks, type Block, type Outline } from './outline';
import { meetingTime, shortDate } from './when';

/** What the summons and the minutes both say about their meeting. */
type MeetingFacts = Pick<
  SummonsModel,
  'cooperationName' | 'locale' | 'bodyName' | 'meetingKindLabel' | 'startsAt' | 'endsAt' | 'place' | 'illustrativeNote'
>;

type MeetingDocument = 'summons' | 'minutes';

const headingOf = (document: MeetingDocument, model: MeetingFacts) => `${labelsFor(model.locale)[document]} – ${model.bodyName}`;

/**
 * The summons and the minutes of one meeting open alike ("Møteinnkalling – Styret", kind, time,
 * place, the illustrative note), so the two read as a pair. `document` also names the fields in the
 * check errors (`summons.startsAt`).
 */
export function meetingDocumentHead(document: MeetingDocument, model: MeetingFacts): Block[] {
  const t = labelsFor(model.locale);
  checkText(`${document}.bodyName`, model.bodyName);
  checkInstant(`${document}.startsAt`, model.startsAt);
  if (model.endsAt) checkInstant(`${document}.endsAt`, model.endsAt);
  return [
    { kind: 'heading', level: 1, text: headingOf(document, model) },
    ...fieldBlocks([
      [t.meetingKind, model.meetingKindLabel],
      [t.time, meetingTime(model.startsAt, model.endsAt, model.locale)],
      [t.place, model.place],
    ]),
    ...illustrativeBlocks(t.illustrative, model.illustrativeNote),
  ];
}

/** The finished document: titled by its heading and the meeting's date, under the cooperation's letterhead. */
export function meetingDocumentOutline(document: MeetingDocument, model: MeetingFacts, blocks: Block[]): Outline {
  return {
    locale: model.locale,
    title: `${headingOf(document, model)} ${shortDate(model.startsAt, model.locale)}`,
    letterhead: model.cooperationName,
    author: model.cooperationName,
    blocks,
  };
}
