import type { ResolutionView, TreatmentView, VotesView } from '../../../modules/cases';
import { formatNumber } from '../../../platform/i18n';
import { meetings as messages } from '../../locales/meetings';
import type { PageContext } from '../../page-context';
import { IllustrativeNotice, OutcomeTag, Points, Prose } from './parts';

/** A proposal or a resolution: its text, then its numbered points. */
export function ResolutionText({ resolution, lang }: { resolution: ResolutionView; lang?: string | undefined }) {
  return (
    <>
      <Prose text={resolution.text} lang={lang} />
      <Points points={resolution.points} lang={lang} />
    </>
  );
}

function Votes({ p, votes, unanimous }: { p: PageContext; votes: VotesView | null; unanimous: boolean }) {
  const t = messages(p.locale);
  if (!votes) return unanimous ? <p>{t.unanimous}</p> : null;
  if (votes.kind === 'counts') {
    return (
      <p>
        {unanimous ? `${t.unanimous}: ` : null}
        {t.voteCounts(formatNumber(votes.for), formatNumber(votes.against), formatNumber(votes.blank))}
      </p>
    );
  }
  const groups = [
    { label: t.votedFor, names: votes.entries.filter((e) => e.vote === 'for') },
    { label: t.votedAgainst, names: votes.entries.filter((e) => e.vote === 'against') },
    { label: t.votedBlank, names: votes.entries.filter((e) => e.vote === 'blank') },
  ].filter((g) => g.names.length > 0);
  return (
    <dl class="facts facts--compact">
      {groups.map((g) => (
        <>
          <dt>
            {g.label} ({formatNumber(g.names.length)})
          </dt>
          <dd>{g.names.map((n) => n.name).join(', ')}</dd>
        </>
      ))}
    </dl>
  );
}

/** How one body treated a case: outcome in words, the resolution (kept apart from the proposal), amendments and the vote. */
export function TreatmentDetails({ p, treatment, lang }: { p: PageContext; treatment: TreatmentView; lang?: string | undefined }) {
  const t = messages(p.locale);
  return (
    <div class="section">
      {treatment.isIllustrative ? <IllustrativeNotice p={p} note={treatment.illustrativeNote} /> : null}
      <p>
        <span class="muted">{t.colResult}: </span>
        <OutcomeTag p={p} outcome={treatment.outcome} />
        {treatment.isUnanimous && !treatment.votes ? ` ${t.unanimous}` : null}
      </p>
      {treatment.resolution.text || treatment.resolution.points.length > 0 ? (
        <>
          <p>
            <strong>{t.resolution}:</strong>
          </p>
          <ResolutionText resolution={treatment.resolution} lang={lang} />
        </>
      ) : null}
      {treatment.amendments.length > 0 ? (
        <>
          <p>
            <strong>{t.amendments}:</strong>
          </p>
          <ul lang={lang}>
            {treatment.amendments.map((a) => (
              <li>{a}</li>
            ))}
          </ul>
        </>
      ) : null}
      {treatment.votes || treatment.isUnanimous ? (
        <>
          <p>
            <strong>{t.votes}:</strong>
          </p>
          <Votes p={p} votes={treatment.votes} unanimous={treatment.isUnanimous} />
        </>
      ) : null}
      {treatment.notes ? <Prose text={treatment.notes} lang={lang} /> : null}
    </div>
  );
}
