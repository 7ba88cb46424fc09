import { AppError, StartupError, ValidationError } from '../platform/errors';
import { HELP } from './help';
import { CommandError, UsageError, parseCommandLine, parseOptions } from './usage';

type Out = (line: string) => void;

/** How the CLI names the fields that module errors are keyed by. */
const FIELD_NAMES: Record<string, string> = {
  email: '--email',
  name: '--name',
  password: 'password',
  role: '--role',
  authorityCode: '--municipality',
  cooperationId: '--cooperation',
  source: '--source',
};

/**
 * Runs one `samrad` command line and returns the exit code: 0 done, 1 refused or failed (the
 * message says why), 2 typed wrongly (the message says how to type it).
 */
export async function run(argv: string[], out: Out, err: Out): Promise<number> {
  try {
    await dispatch(argv, out);
    return 0;
  } catch (error) {
    return report(error, err);
  }
}

async function dispatch(argv: string[], out: Out): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      throw new UsageError('no command given. Run "samrad --help" to see the commands.');
    case '-h':
    case '--help':
    case 'help':
      return out(HELP.program);
    case 'migrate': {
      if (parseOptions('migrate', rest, {}).help) return out(HELP.migrate);
      // Each command loads its modules only when it runs, so help never touches the database.
      return (await import('./commands/migrate')).migrate(out);
    }
    case 'seed': {
      if (parseOptions('seed', rest, {}).help) return out(HELP.seed);
      return (await import('./commands/seed')).seed(out);
    }
    case 'user':
      return dispatchUser(rest, out);
    case 'import':
      return dispatchImport(rest, out);
    default:
      throw new UsageError(`unknown command "${command}". Run "samrad --help" to see the commands.`);
  }
}

async function dispatchUser(argv: string[], out: Out): Promise<void> {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return out(HELP.user);
  if (command === undefined) throw new UsageError('"samrad user" needs a command, for example "samrad user create". Run "samrad user --help".');
  if (command !== 'create') throw new UsageError(`unknown command "user ${command}". Run "samrad user --help" to see the user commands.`);
  const options = parseOptions('user create', rest, {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    municipality: { type: 'string' },
    cooperation: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  });
  if (options.help) return out(HELP.userCreate);
  return (await import('./commands/user-create')).userCreate(options, out);
}

async function dispatchImport(argv: string[], out: Out): Promise<void> {
  const [kind, ...rest] = argv;
  if (kind === '-h' || kind === '--help') return out(HELP.import);
  if (kind === undefined) throw new UsageError('"samrad import" needs to know what to import, for example "samrad import population <file>". Run "samrad import --help".');
  if (kind !== 'population') throw new UsageError(`unknown import "${kind}": samrad imports "population". Run "samrad import --help" to see what it imports.`);
  // The file is the one plain argument; parseOptions, which takes none, would refuse it.
  const { values, positionals } = parseCommandLine('import population', rest, { source: { type: 'string' } }, 1);
  if (values.help) return out(HELP.importPopulation);
  const [file] = positionals;
  if (file === undefined) {
    throw new UsageError('"samrad import population" needs the CSV file to read: samrad import population <file>. Run "samrad import population --help".');
  }
  return (await import('./commands/import-population')).importPopulation(file, values.source, out);
}

function report(error: unknown, err: Out): number {
  if (error instanceof UsageError) {
    err(`samrad: ${error.message}`);
    return 2;
  }
  if (error instanceof CommandError) {
    for (const line of error.lines) err(`samrad: ${line}`);
    return 1;
  }
  if (error instanceof ValidationError) {
    for (const [field, messages] of Object.entries(error.fieldErrors)) {
      const name = Object.hasOwn(FIELD_NAMES, field) ? FIELD_NAMES[field] : field;
      for (const message of messages) err(`samrad: ${name} ${message}`);
    }
    return 1;
  }
  if (error instanceof StartupError || error instanceof AppError) {
    err(`samrad: ${error.message}`);
    return 1;
  }
  // Not something we expected: the stack is what a bug report needs.
  err(`samrad: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
}
