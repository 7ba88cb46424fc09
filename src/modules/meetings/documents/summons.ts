/** The summons (møteinnkalling): body, time, place, a note, the agenda (saksliste) and the sender. */
import { checkInstant, checkText } from './check';
import { visibleTitle } from './exempt';
import { labelsFor } from './labels';
import type { SummonsModel } from './models';
import { fieldBlocks, illustrativeBlocks, textBlocks, type Block, type Outline } from './outline';
import { meetingTime, shortDate } from './when';

export function summonsOutline(model: SummonsModel): Outline {
  const t = labelsFor(model.locale);
  checkText('summons.bodyName', model.bodyName);
  checkInstant('summons.startsAt', model.startsAt);
  if (model.endsAt) checkInstant('summons.endsAt', model.endsAt);
  const heading = `${t.summons} – ${model.bodyName}`;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: heading },
    ...fieldBlocks([
      [t.meetingKind, model.meetingKindLabel],
      [t.time, meetingTime(model.startsAt, model.endsAt, model.locale)],
      [t.place, model.place],
    ]),
  ];
  blocks.push(...illustrativeBlocks(t.illustrative, model.illustrativeNote));
  blocks.push(...textBlocks(model.note));
  blocks.push({ kind: 'heading', level: 2, text: t.agenda });
  blocks.push(
    model.agenda.length
      ? {
          kind: 'table',
          header: [t.caseNumber, t.case],
          rows: model.agenda.map((item) => [item.caseNumber ?? '', visibleTitle(t, item)]),
          widths: [0.2, 0.8],
        }
      : { kind: 'paragraph', text: t.noAgenda },
  );
  if (model.sender) blocks.push({ kind: 'paragraph', text: `${t.regards}\n${model.sender}` });
  return {
    locale: model.locale,
    title: `${heading} ${shortDate(model.startsAt, model.locale)}`,
    letterhead: model.cooperationName,
    author: model.cooperationName,
    blocks,
  };
}
