import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { clerkAccounts, insertLink, type CouncilRow } from './joint-cases.repository';
import { hashLinkToken, linkExpiry, newLinkToken, RECORDING_LINK_PREFIX } from './links';
import type { RecordingLinkToSend } from './views';

/** Where a council's links and reminders go: its clerk_email and the accounts clerking for its code, once each. */
export async function recipientsOf(db: Kysely<Database>, councils: Pick<CouncilRow, 'member_code' | 'clerk_email'>[]): Promise<Map<string, string[]>> {
  const accounts = await clerkAccounts(db, [...new Set(councils.map((c) => c.member_code))]);
  const byCode = new Map<string, string[]>();
  for (const council of councils) {
    const emails = [council.clerk_email, ...accounts.filter((a) => a.code === council.member_code).map((a) => a.email)]
      .filter((e): e is string => !!e)
      .map((e) => e.toLowerCase());
    byCode.set(council.member_code, [...new Set(emails)]);
  }
  return byCode;
}

/**
 * One fresh personal link per recipient of each council (a link is spent by one submission, so each
 * person gets their own). Only the hash is stored; the tokens leave in the result, to be e-mailed.
 * A caller that has looked up the recipients already (recipientsOf) passes them in.
 */
export async function issueLinks(
  db: Kysely<Database>,
  councils: CouncilRow[],
  deadline: string,
  now: Date,
  options: { validDays?: number; recipients?: Map<string, string[]> } = {},
): Promise<{ links: RecordingLinkToSend[]; withoutAddress: CouncilRow[] }> {
  const recipients = options.recipients ?? (await recipientsOf(db, councils));
  const expiresAt = linkExpiry(now, deadline, options.validDays);
  const links: RecordingLinkToSend[] = [];
  const withoutAddress: CouncilRow[] = [];
  for (const council of councils) {
    const emails = recipients.get(council.member_code) ?? [];
    if (emails.length === 0) withoutAddress.push(council);
    for (const email of emails) {
      const token = newLinkToken();
      await insertLink(db, { council_id: council.id, token_hash: hashLinkToken(token), email, expires_at: expiresAt, created_at: now.toISOString() });
      links.push({
        councilId: council.id,
        memberCode: council.member_code,
        memberName: council.member_name,
        email,
        token,
        path: `${RECORDING_LINK_PREFIX}${token}`,
        expiresAt,
      });
    }
  }
  return { links, withoutAddress };
}
