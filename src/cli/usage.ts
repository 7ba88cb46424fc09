import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was typed: one line that names the fix, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `util.parseArgs` with our wording for its errors. `command` is how the command is typed
 * ("user create"), so every message says where to find help.
 */
export function parseOptions<O extends Options>(command: string, args: string[], options: O) {
  const help = `Run "samrad ${command} --help" to see its options.`;
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values;
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
}
