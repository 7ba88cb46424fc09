/**
 * The meetings module's document kit, reused so joint-case documents look, tag and number their pages
 * exactly like the case papers, summons and minutes.
 */
export {
  casePaperOutline,
  renderDocx,
  renderPdf,
  fill,
  labelsFor as meetingLabels,
  fieldBlocks,
  illustrativeBlocks,
  resolutionBlocks,
  textBlocks,
  type Block,
  type Outline,
} from '../../meetings/documents';
