/** The `samrad` command (bin/samrad.js, `npm run samrad -- …`). Run `samrad --help`. */
import { run } from './run';

const write = (stream: NodeJS.WriteStream) => (line: string) => void stream.write(line.endsWith('\n') ? line : `${line}\n`);

// exitCode rather than exit(): output still being written to a pipe is not cut off.
process.exitCode = await run(process.argv.slice(2), write(process.stdout), write(process.stderr));
