import { randomBytes } from 'node:crypto';
import { ROLES, systemActor, type Role } from '../../platform/authz';
import { execute } from '../../platform/command';
import type { Db } from '../../platform/db/database';
import { ValidationError } from '../../platform/errors';
import { createUser, grantRole, validateGrantScope } from '../../modules/accounts';
import { getCooperationBySlug, listCooperations } from '../../modules/cooperations';
import { openMigratedDatabase } from '../open-database';
import { UsageError } from '../usage';

export interface UserCreateOptions {
  email?: string | undefined;
  name?: string | undefined;
  role?: string | undefined;
  municipality?: string | undefined;
  cooperation?: string | undefined;
  'password-stdin'?: boolean | undefined;
}

/** `samrad user create`: one account, and one role if asked, both in the audit trail as done by "cli". */
export async function userCreate(options: UserCreateOptions, out: (line: string) => void): Promise<void> {
  const request = checkOptions(options);
  const generated = !options['password-stdin'];
  const password = generated ? generatePassword() : await readPasswordFromStdin();

  const { database } = await openMigratedDatabase();
  try {
    const actor = systemActor('cli');
    // The role is checked before the account exists, so a mistyped role or slug leaves nothing half made.
    const grant = request.grant && (await resolveGrant(database.db, request.grant));
    if (grant) await validateGrantScope(database.db, grant.scope);
    const user = await createUser(database.db, actor, { email: request.email, name: request.name, password });
    out(`Created user ${user.id}: ${user.name} <${user.email}>.`);
    if (grant) {
      await execute(database.db, grantRole, actor, { userId: user.id, ...grant.scope });
      out(`Granted the role ${describeGrant(grant)}.`);
    }
    if (generated) {
      out('Generated password (shown only now; store it safely, or the user cannot sign in):');
      out(password);
    }
  } finally {
    await database.close();
  }
}

interface CheckedRequest {
  email: string;
  name: string;
  grant: RequestedGrant | null;
}

/** As typed: the cooperation may be an id or a slug, which only the database can turn into an id. */
interface RequestedGrant {
  role: Role;
  authorityCode: string | null;
  cooperation: { id: number } | { slug: string } | null;
}

interface ResolvedGrant {
  scope: { role: Role; authorityCode: string | null; cooperationId: number | null };
  cooperationSlug: string | null;
}

function checkOptions(options: UserCreateOptions): CheckedRequest {
  const help = 'Run "samrad user create --help" to see its options.';
  if (!options.email) throw new UsageError(`user create needs --email <address>. ${help}`);
  if (!options.name) throw new UsageError(`user create needs --name <name>. ${help}`);
  if (!options.role) {
    if (options.municipality || options.cooperation) throw new UsageError(`--municipality and --cooperation scope a role: give --role too. ${help}`);
    return { email: options.email, name: options.name, grant: null };
  }
  if (!(ROLES as readonly string[]).includes(options.role)) {
    throw new UsageError(`--role must be one of ${ROLES.join(', ')} (not "${options.role}").`);
  }
  return {
    email: options.email,
    name: options.name,
    grant: { role: options.role as Role, authorityCode: options.municipality ?? null, cooperation: checkCooperation(options.cooperation) },
  };
}

/** A whole number is an id; anything else is looked up as a slug, and if unknown answered with the known ones. */
function checkCooperation(value: string | undefined): RequestedGrant['cooperation'] {
  if (value === undefined) return null;
  if (/^[1-9]\d{0,9}$/.test(value)) return { id: Number(value) };
  if (/^\d*$/.test(value)) {
    throw new UsageError(`--cooperation must be a cooperation's slug, for example vestregionen, or its id, a whole number from 1 (not "${value}"). Run "samrad user create --help".`);
  }
  return { slug: value };
}

async function resolveGrant(db: Db, grant: RequestedGrant): Promise<ResolvedGrant> {
  const scope = { role: grant.role, authorityCode: grant.authorityCode };
  if (grant.cooperation === null) return { scope: { ...scope, cooperationId: null }, cooperationSlug: null };
  if ('id' in grant.cooperation) return { scope: { ...scope, cooperationId: grant.cooperation.id }, cooperationSlug: null };
  const slug = grant.cooperation.slug;
  const cooperation = await getCooperationBySlug(db, slug);
  if (cooperation) return { scope: { ...scope, cooperationId: cooperation.id }, cooperationSlug: cooperation.slug };
  const known = (await listCooperations(db)).map((c) => c.slug).sort();
  throw new ValidationError({
    cooperationId: [
      known.length === 0
        ? `"${slug}" is not the slug of a cooperation: the database has no cooperations yet`
        : `"${slug}" is not the slug of a cooperation; the known slugs are: ${known.join(', ')}`,
    ],
  });
}

/** 144 random bits, in characters that survive copying from a terminal. */
function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new UsageError('--password-stdin reads a password piped in, for example: printf \'%s\\n\' "$NEW_PASSWORD" | samrad user create … --password-stdin');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One line: the newline that `echo` or `printf '%s\n'` adds is not part of the password.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function describeGrant({ scope, cooperationSlug }: ResolvedGrant): string {
  const limits = [
    scope.authorityCode === null ? null : `municipality ${scope.authorityCode}`,
    scope.cooperationId === null ? null : `cooperation ${scope.cooperationId}${cooperationSlug ? ` (${cooperationSlug})` : ''}`,
  ].filter(Boolean);
  return limits.length === 0 ? scope.role : `${scope.role} (${limits.join(', ')})`;
}
