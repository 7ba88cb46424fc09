/** The summons (møteinnkalling): body, time, place, a note, the agenda (saksliste) and the sender. */
import { visibleTitle } from './exempt';
import { labelsFor } from './labels';
import { meetingDocumentHead, meetingDocumentOutline } from './meeting-document';
import type { SummonsModel } from './models';
import { textBlocks, type Outline } from './outline';

export function summonsOutline(model: SummonsModel): Outline {
  const t = labelsFor(model.locale);
  const blocks = meetingDocumentHead('summons', model);
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
  return meetingDocumentOutline('summons', model, blocks);
}
