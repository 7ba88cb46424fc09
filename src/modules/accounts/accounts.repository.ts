import type { Kysely } from 'kysely';
import type { RoleGrant, Role } from '../../platform/authz';
import type { Database, NewRow, Row } from '../../platform/db/schema';

/** All SQL of the accounts module. Takes a database or a transaction; holds no rules. */
type Executor = Kysely<Database>;

// ── users ────────────────────────────────────────────────────────────────────

export function findUserByEmail(db: Executor, email: string): Promise<Row<'users'> | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Executor, id: number): Promise<Row<'users'> | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Executor, user: NewRow<'users'>): Promise<Row<'users'>> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export async function updateUser(db: Executor, id: number, changes: Partial<Pick<Row<'users'>, 'password_hash' | 'disabled_at' | 'last_sign_in_at'>>) {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

// ── role grants ──────────────────────────────────────────────────────────────

export async function listGrants(db: Executor, userId: number): Promise<Array<RoleGrant & { id: number }>> {
  const rows = await db
    .selectFrom('user_roles')
    .select(['id', 'role', 'cooperation_id', 'authority_code'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    role: row.role as Role,
    cooperationId: row.cooperation_id,
    authorityCode: row.authority_code,
  }));
}

export function findGrant(db: Executor, userId: number, grant: RoleGrant) {
  let query = db.selectFrom('user_roles').selectAll().where('user_id', '=', userId).where('role', '=', grant.role);
  query = grant.cooperationId === null ? query.where('cooperation_id', 'is', null) : query.where('cooperation_id', '=', grant.cooperationId);
  query = grant.authorityCode === null ? query.where('authority_code', 'is', null) : query.where('authority_code', '=', grant.authorityCode);
  return query.executeTakeFirst();
}

export function insertGrant(db: Executor, grant: NewRow<'user_roles'>) {
  return db.insertInto('user_roles').values(grant).returningAll().executeTakeFirstOrThrow();
}

export async function deleteGrant(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('user_roles').where('id', '=', id).execute();
}

/** Read-only look-ups in other modules' tables, to check and name a grant's scope. */
export async function authorityKind(db: Executor, code: string): Promise<'municipality' | 'county' | undefined> {
  const row = await db.selectFrom('authorities').select('kind').where('code', '=', code).executeTakeFirst();
  return row?.kind;
}

export async function cooperationExists(db: Executor, id: number): Promise<boolean> {
  return (await db.selectFrom('cooperations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function authorityNames(db: Executor, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('authorities').select(['code', 'name']).where('code', 'in', codes).execute();
  return new Map(rows.map((row) => [row.code, row.name]));
}

export async function cooperationNames(db: Executor, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('cooperations').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

// ── sessions ─────────────────────────────────────────────────────────────────

export async function insertSession(db: Executor, session: NewRow<'sessions'>): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export function findSessionWithUser(db: Executor, id: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token as csrfToken',
      'sessions.expires_at as expiresAt',
      'sessions.last_seen_at as lastSeenAt',
      'users.id as userId',
      'users.name as name',
      'users.email as email',
      'users.disabled_at as disabledAt',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteSessionsExpiredBy(db: Executor, at: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', at).execute();
}

// ── sign-in attempts ─────────────────────────────────────────────────────────

export async function recordSignInAttempt(db: Executor, attempt: NewRow<'sign_in_attempts'>): Promise<void> {
  await db.insertInto('sign_in_attempts').values(attempt).execute();
}

/** The times of the latest failed attempts since `since`, newest first, at most `limit` of them. */
export async function recentFailures(db: Executor, by: { email: string } | { ip: string }, since: string, limit: number): Promise<string[]> {
  let query = db.selectFrom('sign_in_attempts').select('attempted_at').where('succeeded', '=', 0).where('attempted_at', '>=', since);
  query = 'email' in by ? query.where('email', '=', by.email) : query.where('ip', '=', by.ip);
  const rows = await query.orderBy('attempted_at', 'desc').limit(limit).execute();
  return rows.map((row) => row.attempted_at);
}

export async function deleteSignInAttemptsBefore(db: Executor, at: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('attempted_at', '<', at).execute();
}

// ── audit trail ──────────────────────────────────────────────────────────────

export interface AuditFilter {
  entityType?: string | undefined;
  action?: string | undefined;
}

function auditQuery(db: Executor, filter: AuditFilter) {
  let query = db.selectFrom('audit_events');
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.action) query = query.where('action', '=', filter.action);
  return query;
}

export function listAuditRows(db: Executor, filter: AuditFilter, offset: number, limit: number) {
  return auditQuery(db, filter).selectAll().orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

export async function countAuditRows(db: Executor, filter: AuditFilter): Promise<number> {
  const row = await auditQuery(db, filter).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Every user without the password hash, and every grant: two queries, however many users. */
export function allUsersAndGrants(db: Executor) {
  return Promise.all([
    db.selectFrom('users').select(['id', 'email', 'name', 'created_at', 'disabled_at']).execute(),
    db.selectFrom('user_roles').select(['user_id', 'role', 'cooperation_id', 'authority_code']).orderBy('id').execute(),
  ]);
}
