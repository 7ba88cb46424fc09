import type { CouncilView, DiffPart, JointCaseView } from '../../../modules/joint-cases';
import { formatDate } from '../../../platform/i18n';
import { isReadableDiff } from '../../../modules/joint-cases/documents';
import { jointCases as messages } from '../../locales/joint-cases';
import { councilBodyName } from './cells';
import type { PageContext } from '../../page-context';

/**
 * Each council's record and its resolution compared word by word with the proposal. Removed words are
 * `<del>`, added ones `<ins>`, each wrapped in visible brackets with a sign ([− …], [+ …]) and words
 * for screen readers, so the difference survives print, high contrast and speech: never colour alone.
 */
export function Resolutions({ p, view }: { p: PageContext; view: JointCaseView }) {
  const t = messages(p.locale);
  return (
    <section class="section" aria-labelledby="resolutions-heading">
      <h2 id="resolutions-heading">{t.resolutionsHeading}</h2>
      <p>{t.diffLegend}</p>
      {view.councils.map((council) => (
        <CouncilResolution p={p} council={council} />
      ))}
    </section>
  );
}

function CouncilResolution({ p, council }: { p: PageContext; council: CouncilView }) {
  const t = messages(p.locale);
  const id = `council-${council.memberCode}`;
  const changed = council.diff?.some((part) => part.kind !== 'same') ?? false;
  // A resolution that is mostly new text reads better whole than with every other word bracketed.
  const marked = council.diff && changed && isReadableDiff(council.diff) ? council.diff : null;
  return (
    <section class="section" aria-labelledby={id}>
      <h3 id={id}>
        {council.memberName} <span class="muted">{council.memberCode}</span>
      </h3>
      {council.isIllustrative ? (
        <p>
          <span class="ds-tag" data-color="info">
            {t.illustrative}
          </span>{' '}
          <span lang={council.illustrativeNote && p.locale !== 'nb' ? 'nb' : undefined}>{council.illustrativeNote || t.illustrativeNote}</span>
        </p>
      ) : null}
      <dl class="facts facts--compact">
        <dt>{t.colStatus}</dt>
        <dd>
          {t.statusText(council.status)}
          {council.outcome ? ` – ${t.outcomeText(council.outcome)}` : ''}
          {council.isLate ? ` – ${t.lateMark}` : ''}
        </dd>
        {council.councilBody ? <Fact term={t.councilBody} value={councilBodyName(p, council.councilBody)} /> : null}
        {council.meetingDate ? <Fact term={t.meetingDate} value={formatDate(council.meetingDate, p.locale)} /> : null}
        {council.localCaseNumber ? <Fact term={t.localCaseNumber} value={council.localCaseNumber} /> : null}
        {council.localArchiveNumber ? <Fact term={t.localArchiveNumber} value={council.localArchiveNumber} /> : null}
      </dl>
      {council.resolutionText === null ? (
        <p>{t.noResolution}</p>
      ) : (
        <>
          <h4>{t.resolutionHeading}</h4>
          {marked ? <DiffText p={p} parts={marked} /> : <Paragraphs text={council.resolutionText} />}
          {council.diff && !changed ? <p class="muted">{t.sameAsProposal}</p> : null}
        </>
      )}
      {council.publicRecordUrl || council.minuteExtractDocumentId ? (
        <ul class="plain-list">
          {council.publicRecordUrl ? (
            <li>
              <a href={council.publicRecordUrl} rel="noopener noreferrer">
                {t.publicRecord}
              </a>
            </li>
          ) : null}
          {council.minuteExtractDocumentId ? (
            <li>
              <a href={p.href(`/dokumenter/${council.minuteExtractDocumentId}`)}>{t.minuteExtract}</a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** Text with blank lines as paragraph breaks and single line breaks kept. */
export function Paragraphs({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
  return (
    <div lang="nb">
      {paragraphs.map((para) => (
        <p>
          {para.split('\n').map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </div>
  );
}

/** The resolution with its differences marked, in one paragraph with its line breaks kept. */
function DiffText({ p, parts }: { p: PageContext; parts: DiffPart[] }) {
  return (
    <p class="diff" lang="nb">
      {parts.map((part) => (part.kind === 'same' ? <Lines text={part.text} /> : <Change p={p} part={part} />))}
    </p>
  );
}

function Lines({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n/).map((line, i) => (
        <>
          {i > 0 ? <br /> : null}
          {line}
        </>
      ))}
    </>
  );
}

/** One added or removed run: the spaces around it stay outside the marks. */
function Change({ p, part }: { p: PageContext; part: DiffPart }) {
  const t = messages(p.locale);
  const lead = /^\s*/.exec(part.text)![0];
  const trail = /\s*$/.exec(part.text)![0];
  const words = part.text.trim();
  // A change of whitespace alone (a line break) has nothing to mark.
  if (!words) return <>{part.kind === 'added' ? part.text : ''}</>;
  const inner = (label: string, sign: string) => (
    <>
      <span class="ds-sr-only" lang={p.locale}>
        {label}{' '}
      </span>
      <span aria-hidden="true">[{sign} </span>
      {words}
      <span aria-hidden="true">]</span>
      <span class="ds-sr-only" lang={p.locale}>
        {' '}({t.diffEnd})
      </span>
    </>
  );
  return (
    <>
      {lead}
      {part.kind === 'added' ? <ins>{inner(t.diffAdded, '+')}</ins> : <del>{inner(t.diffRemoved, '−')}</del>}
      {trail}
    </>
  );
}
