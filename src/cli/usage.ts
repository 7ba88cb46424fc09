import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was typed: one line that names the fix, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The command was typed right but could not be done (a file that is not there, a file that cannot be
 * read): exit code 1, each line printed on its own.
 */
export class CommandError extends Error {
  readonly lines: string[];
  constructor(lines: string | string[]) {
    const all = typeof lines === 'string' ? [lines] : lines;
    super(all.join('\n'));
    this.name = 'CommandError';
    this.lines = all;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `util.parseArgs` with our wording for its errors. `command` is how the command is typed
 * ("user create"), so every message says where to find help. No arguments besides options.
 */
export function parseOptions<O extends Options>(command: string, args: string[], options: O) {
  return parseCommandLine(command, args, options, 0).values;
}

/**
 * As `parseOptions`, for a command that also takes up to `maxArguments` plain arguments (a file
 * name). More than that is a usage error rather than silently ignored. After `--` everything is an
 * argument, so a file whose name starts with "-" can still be given.
 */
export function parseCommandLine<O extends Options>(command: string, args: string[], options: O, maxArguments: number) {
  const help = `Run "samrad ${command} --help" to see its options.`;
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: maxArguments > 0 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const quoted = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      if (/^--?password(=|$)/.test(quoted)) {
        throw new UsageError(
          'a password is never taken as an argument, because other users can see arguments in the process list and the shell keeps them in its history. ' +
            'Pipe it in with --password-stdin, or leave it out to get a generated one.',
        );
      }
      throw new UsageError(`unknown option ${quoted} for "samrad ${command}". ${help}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`${quoted.split(' ')[0]} needs a value. ${help}`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(`unexpected argument ${quoted} for "samrad ${command}". ${help}`);
    }
    throw new UsageError(`${(error as Error).message} ${help}`);
  }
  const extra = parsed.positionals[maxArguments];
  if (extra !== undefined) {
    const expected = maxArguments === 1 ? 'one argument' : `${maxArguments} arguments`;
    throw new UsageError(`unexpected argument ${extra} for "samrad ${command}", which takes ${expected}. ${help}`);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
