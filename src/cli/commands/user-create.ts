import { randomBytes } from 'node:crypto';
import { ROLES, systemActor, type Role } from '../../platform/authz';
import { execute } from '../../platform/command';
import { createUser, grantRole, validateGrantScope } from '../../modules/accounts';
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
    // The role is checked before the account exists, so a mistyped role leaves nothing half made.
    if (request.grant) await validateGrantScope(database.db, request.grant);
    const user = await createUser(database.db, actor, { email: request.email, name: request.name, password });
    out(`Created user ${user.id}: ${user.name} <${user.email}>.`);
    if (request.grant) {
      await execute(database.db, grantRole, actor, { userId: user.id, ...request.grant });
      out(`Granted the role ${describeGrant(request.grant)}.`);
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
  grant: { role: Role; authorityCode: string | null; cooperationId: number | null } | null;
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
  if (options.cooperation !== undefined && !/^[1-9]\d{0,9}$/.test(options.cooperation)) {
    throw new UsageError(`--cooperation must be the id of a cooperation, a whole number (not "${options.cooperation}").`);
  }
  return {
    email: options.email,
    name: options.name,
    grant: {
      role: options.role as Role,
      authorityCode: options.municipality ?? null,
      cooperationId: options.cooperation === undefined ? null : Number(options.cooperation),
    },
  };
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

function describeGrant(grant: NonNullable<CheckedRequest['grant']>): string {
  const scope = [
    grant.authorityCode === null ? null : `municipality ${grant.authorityCode}`,
    grant.cooperationId === null ? null : `cooperation ${grant.cooperationId}`,
  ].filter(Boolean);
  return scope.length === 0 ? grant.role : `${grant.role} (${scope.join(', ')})`;
}
