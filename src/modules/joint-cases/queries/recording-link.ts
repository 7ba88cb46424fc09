import { systemActor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { councilById, liveLinkByHash } from '../joint-cases.repository';
import { hashLinkToken } from '../links';
import type { RecordingLinkView } from '../views';
import { getJointCase } from './joint-cases';

/**
 * What a personal link opens: its council and joint case. Unknown, expired and spent links all give
 * null (one refusal that does not say which). The holder reads the joint case as the secretariat
 * would, except for addresses and who submitted, which stay hidden.
 */
export async function openRecordingLink(db: Db, token: string, options: { today?: string } = {}): Promise<RecordingLinkView | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const link = await liveLinkByHash(db, hashLinkToken(token), new Date().toISOString());
  if (!link) return null;
  const council = await councilById(db, link.council_id);
  if (!council) return null;
  const full = await getJointCase(db, council.joint_case_id, systemActor('job'), options);
  if (!full) return null;
  const hide = <T extends { clerkEmail: string | null; submittedBy: string | null }>(c: T): T => ({ ...c, clerkEmail: null, submittedBy: null });
  const jointCase = { ...full, canManage: false, councils: full.councils.map(hide) };
  const view = jointCase.councils.find((c) => c.id === council.id)!;
  return { linkId: link.id, jointCase, council: view, expiresAt: link.expires_at };
}
