import { MEETING_STATUSES, OUTCOMES, termLabel } from '../../../modules/meetings';
import { formatDate, type Locale } from '../../../platform/i18n';
import { meetings as messages } from '../../locales/meetings';
import type { PageContext } from '../../page-context';

/**
 * Small pieces the meetings and cases pages share, public and workspace alike. Every status says
 * itself in words; colour only repeats what the words say.
 */

const osloTime = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** `2018-03-15T09:00:00Z` → `10:00` (Oslo time, as the meeting is held there). */
export function timeInOslo(instant: string): string {
  return osloTime.format(new Date(instant)).replace('.', ':');
}

/** `15.03.2018 kl. 10:00–12:00` (Norwegian numeric dates in every UI language). */
export function meetingWhen(locale: Locale, startsAt: string, endsAt?: string | null): string {
  const at = locale === 'en' ? 'at' : 'kl.';
  const end = endsAt ? `–${timeInOslo(endsAt)}` : '';
  return `${formatDate(startsAt, locale)} ${at} ${timeInOslo(startsAt)}${end}`;
}

const STATUS_COLOURS: Record<string, string> = {
  planned: 'neutral',
  summoned: 'info',
  held: 'warning',
  cancelled: 'danger',
  minutes_approved: 'success',
  approved: 'success',
};

export function StatusTag({ p, status }: { p: PageContext; status: string }) {
  return (
    <span class="ds-tag" data-color={STATUS_COLOURS[status] ?? 'neutral'}>
      {termLabel(MEETING_STATUSES, status, p.locale)}
    </span>
  );
}

export function OutcomeTag({ p, outcome }: { p: PageContext; outcome: string }) {
  const colour = outcome === 'rejected' ? 'danger' : outcome === 'postponed' ? 'warning' : 'success';
  return (
    <span class="ds-tag" data-color={colour}>
      {termLabel(OUTCOMES, outcome, p.locale)}
    </span>
  );
}

/** "03/2018", the body's own case number, as a badge. */
export function CaseNumber({ number }: { number: string }) {
  return (
    <span class="ds-tag" data-color="neutral">
      {number}
    </span>
  );
}

/** Shown in place of anything exempt: the words and the legal basis, never the text itself. */
export function ExemptNotice({ p, basis }: { p: PageContext; basis: string | null | undefined }) {
  const t = messages(p.locale);
  return (
    <p>
      <span class="ds-tag" data-color="warning">
        {basis ? t.exemptWithBasis(basis) : t.exempt}
      </span>
    </p>
  );
}

/** Marks demo data that is not in the seed documents, with the record's own note on what was added. */
export function IllustrativeNotice({ p, note }: { p: PageContext; note?: string | null | undefined }) {
  const t = messages(p.locale);
  return (
    <div class="ds-alert" data-color="info">
      <p>
        <strong>{t.illustrative}:</strong> <span lang={note && p.locale !== 'nb' ? 'nb' : undefined}>{note || t.illustrativeNote}</span>
      </p>
    </div>
  );
}

type Block = { kind: 'p'; text: string } | { kind: 'ol'; start: number; items: string[] } | { kind: 'ul'; items: string[] };

const NUMBERED = /^(\d+)[.)]\s+/;
const BULLET = /^[-•]\s+/;

/**
 * Plain text as the case papers store it: blank lines separate paragraphs, lines starting with "1. "
 * form a numbered list (kept whole across blank lines, so the nine points of Sak 03/2018 stay one
 * list), lines starting with "- " a bulleted list.
 */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'p', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const last = blocks[blocks.length - 1];
    const numbered = NUMBERED.exec(line);
    if (line === '') {
      flush();
    } else if (numbered) {
      flush();
      const item = line.replace(NUMBERED, '');
      if (last?.kind === 'ol') last.items.push(item);
      else blocks.push({ kind: 'ol', start: Number(numbered[1]), items: [item] });
    } else if (BULLET.test(line)) {
      flush();
      const item = line.replace(BULLET, '');
      if (last?.kind === 'ul' && paragraph.length === 0) last.items.push(item);
      else blocks.push({ kind: 'ul', items: [item] });
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

export function Prose({ text, lang }: { text: string | null | undefined; lang?: string | undefined }) {
  if (!text || !text.trim()) return null;
  return (
    <div class="section" lang={lang}>
      {blocksOf(text).map((block) =>
        block.kind === 'p' ? (
          <p>{block.text}</p>
        ) : block.kind === 'ol' ? (
          <ol start={block.start === 1 ? undefined : block.start}>
            {block.items.map((item) => (
              <li>{item}</li>
            ))}
          </ol>
        ) : (
          <ul>
            {block.items.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}

/** A numbered list of points as stored (one string per point). */
export function Points({ points, lang }: { points: string[]; lang?: string | undefined }) {
  if (points.length === 0) return null;
  return (
    <ol lang={lang}>
      {points.map((point) => (
        <li>{point}</li>
      ))}
    </ol>
  );
}
