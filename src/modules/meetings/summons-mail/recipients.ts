import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { norwegianCollator } from '../../../platform/i18n';
import { canManageMeetings } from '../../cases';
import { meetingWithBody } from '../meetings.repository';
import { osloDate } from '../oslo-time';
import { seatHoldersWithEmail } from './summons-mail.repository';

export interface SummonsRecipient {
  email: string;
  /** null for an extra address typed in the summons form. */
  name: string | null;
  /** A deputy gets the summons too, and the greeting says so. */
  isDeputy: boolean;
}

/**
 * Who gets the summons: the persons holding a seat in the meeting's body on the meeting's day, with
 * an e-mail address, each address once (a principal seat wins over a deputy seat), sorted by name.
 * Null when there is no such meeting or the actor may not manage it.
 */
export async function summonsRecipients(db: Db, meetingId: number, actor: Actor): Promise<SummonsRecipient[] | null> {
  // The meeting row alone: the agenda and minutes that getMeeting would load are not needed here.
  const meeting = await meetingWithBody(db, meetingId);
  if (!meeting || !canManageMeetings(actor, meeting.cooperation_id)) return null;
  const rows = await seatHoldersWithEmail(db, meeting.body_id, osloDate(meeting.starts_at));
  const byAddress = new Map<string, SummonsRecipient>();
  // Principal seats come first from the query, so a person who is both keeps the principal greeting.
  for (const row of rows) {
    const email = row.email?.trim() ?? '';
    if (email && !byAddress.has(email.toLowerCase())) byAddress.set(email.toLowerCase(), { email, name: row.name, isDeputy: row.is_deputy === 1 });
  }
  return [...byAddress.values()].sort((a, b) => Number(a.isDeputy) - Number(b.isDeputy) || norwegianCollator.compare(a.name ?? '', b.name ?? ''));
}

/** The seat holders and the extra addresses, each address once. */
export function withExtraAddresses(recipients: SummonsRecipient[], extra: string[]): SummonsRecipient[] {
  const known = new Set(recipients.map((r) => r.email.toLowerCase()));
  const added: SummonsRecipient[] = [];
  for (const email of extra) {
    if (known.has(email.toLowerCase())) continue;
    known.add(email.toLowerCase());
    added.push({ email, name: null, isDeputy: false });
  }
  return [...recipients, ...added];
}
