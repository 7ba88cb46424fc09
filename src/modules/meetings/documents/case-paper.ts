/**
 * The case paper (saksfremlegg) as Norwegian councils print it: header with case officer and
 * archive reference, the table Saksnr | Utvalg | Møtedato for each body on the case's path, the
 * title, then Forslag til vedtak (or Innstilling), earlier treatment, Bakgrunn, Vurdering, Vedlegg.
 */
import { checkDate, checkText } from './check';
import { labelsFor } from './labels';
import type { CasePaperModel, EarlierResolution } from './models';
import { fieldBlocks, illustrativeBlocks, resolutionBlocks, textBlocks, type Block, type Outline } from './outline';
import { shortDate } from './when';

export function casePaperCaseNumber(model: CasePaperModel): string | undefined {
  return model.caseNumber ?? model.path[0]?.caseNumber;
}

export function casePaperOutline(model: CasePaperModel): Outline {
  const t = labelsFor(model.locale);
  checkText('casePaper.title', model.title);
  checkText('casePaper.cooperationName', model.cooperationName);
  const caseNumber = casePaperCaseNumber(model);
  const blocks: Block[] = [
    { kind: 'paragraph', text: t.casePaper, strong: true },
    ...fieldBlocks([
      [t.to, model.addressee],
      [t.caseOfficer, model.caseOfficer],
      [t.archiveReference, model.archiveReference],
      [t.exempt, model.exemptBasis],
    ]),
  ];
  if (model.path.length) {
    blocks.push({
      kind: 'table',
      header: [t.caseNumber, t.body, t.meetingDate],
      rows: model.path.map((row, i) => [
        row.caseNumber,
        row.bodyName,
        row.meetingDate ? shortDate(checkDate(`casePaper.path[${i}].meetingDate`, row.meetingDate), model.locale) : '',
      ]),
      widths: [0.2, 0.55, 0.25],
    });
  }
  blocks.push({ kind: 'heading', level: 1, text: model.title });
  blocks.push(...illustrativeBlocks(t.illustrative, model.illustrativeNote));
  blocks.push({ kind: 'heading', level: 2, text: t[model.proposalKind] }, ...resolutionBlocks(model.proposal));
  if (model.earlierResolutions?.length) {
    blocks.push({ kind: 'heading', level: 2, text: t.earlierTreatment });
    model.earlierResolutions.forEach((earlier, i) => blocks.push(...earlierBlocks(model, earlier, i)));
  }
  if (model.background?.trim()) blocks.push({ kind: 'heading', level: 2, text: t.background }, ...textBlocks(model.background));
  if (model.assessment?.trim()) blocks.push({ kind: 'heading', level: 2, text: t.assessment }, ...textBlocks(model.assessment));
  blocks.push({ kind: 'heading', level: 2, text: t.attachments });
  blocks.push(
    model.attachments.length
      ? { kind: 'list', ordered: true, start: 1, items: model.attachments.map((a) => (a.fileName ? `${a.title} (${a.fileName})` : a.title)) }
      : { kind: 'paragraph', text: t.noAttachments },
  );
  return {
    locale: model.locale,
    title: [t.casePaper, caseNumber, model.title].filter(Boolean).join(' '),
    letterhead: model.cooperationName,
    author: model.cooperationName,
    blocks,
  };
}

/** "Styringsgruppen 07.12.2017 – sak 05/2017", the outcome, then the resolution as adopted. */
function earlierBlocks(model: CasePaperModel, earlier: EarlierResolution, i: number): Block[] {
  const t = labelsFor(model.locale);
  const date = shortDate(checkDate(`casePaper.earlierResolutions[${i}].date`, earlier.date), model.locale);
  const heading = [`${earlier.bodyName} ${date}`, earlier.caseNumber && `${t.case.toLowerCase()} ${earlier.caseNumber}`].filter(Boolean).join(' – ');
  return [
    { kind: 'heading', level: 3, text: heading },
    ...fieldBlocks([[t.outcome, earlier.outcomeLabel]]),
    { kind: 'paragraph', text: `${t.resolution}:`, strong: true },
    ...resolutionBlocks(earlier.resolution, t.noResolution),
  ];
}
