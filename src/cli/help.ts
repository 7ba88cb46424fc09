import { ROLES } from '../platform/authz';

/** The help texts, kept together so they read as one manual. */
export const HELP = {
  program: `samrad — look after a Samråd installation

Usage: samrad <command> [options]

Commands:
  migrate         Bring the database up to date: schema migrations and the municipality register
  seed            Load the Vestregionen demo data into a database that has no cooperations yet
  user create     Create a user account, optionally with a role
  import population
                  Import population per 1 January from an SSB CSV file (table 07459)

Options:
  -h, --help      Show this help. Every command has its own: samrad user create --help

Environment:
  DATA_DIR        Directory of the SQLite database (default ./data)
  DATABASE_URL    Use PostgreSQL instead: postgres://user:password@host:5432/database
`,

  migrate: `Usage: samrad migrate

Runs the schema migrations that have not run yet, then brings the municipality register
(municipalities, counties and their numbers over time) up to date with the data shipped in this
version. Safe to run any number of times; it reports what it changed.

Options:
  -h, --help      Show this help
`,

  seed: `Usage: samrad seed

Migrates the database, then loads the Vestregionen demo data (2017–2018) if the database has no
cooperations yet. If it already has some, it changes nothing and says so. The demo creates no user
accounts and so ships no password: create one with "samrad user create".

Options:
  -h, --help      Show this help
`,

  user: `Usage: samrad user <command> [options]

Commands:
  create          Create a user account, optionally with a role

Run "samrad user create --help" for its options.
`,

  userCreate: `Usage: samrad user create --email <address> --name <name> [--role <role>]
                          [--municipality <number>] [--cooperation <slug|id>] [--password-stdin]

Creates a user account and, with --role, gives it a role. Both are written to the audit trail as
done by "cli".

Options:
  --email <address>        E-mail address the user signs in with (required)
  --name <name>            The user's name, as shown in the workspace (required)
  --role <role>            One of: ${ROLES.join(', ')}
  --municipality <number>  With --role municipal_clerk (required there): the municipality's
                           number, for example 0220
  --cooperation <slug|id>  Limit the role to one cooperation, given by its slug (as in its
                           address, for example vestregionen) or its numeric id
  --password-stdin         Read the password from standard input (one line, 12–256 characters)
  -h, --help               Show this help

The password is never accepted as an argument: other users can see a command's arguments in the
process list, and the shell keeps them in its history. Without --password-stdin a strong password
is generated and printed once; store it safely at once.

Examples:
  samrad user create --email admin@example.org --name "Administrator" --role administrator
  samrad user create --email clerk@example.org --name "Saksbehandler" --role municipal_clerk --municipality 0220
  samrad user create --email sekretariat@example.org --name "Sekretariatet" --role secretariat --cooperation vestregionen
  printf '%s\\n' "$NEW_PASSWORD" | samrad user create --email a@example.org --name "A" --password-stdin
`,

  import: `Usage: samrad import <kind> <file> [options]

Kinds:
  population      Population per 1 January, from Statistics Norway's table 07459 as CSV

Run "samrad import population --help" for its options and the file's layout.
`,

  importPopulation: `Usage: samrad import population <file> [--source <text>]

Imports population per 1 January by municipality and county from a CSV file exported from
Statistics Norway's StatBank, table 07459 "Befolkning, etter region og år", as
"CSV (semikolonseparert) med overskrift". Figures already stored for the same number and year are
replaced. The import is written to the audit trail as done by "cli"; a file with any line that
cannot be read changes nothing, and every such line is named.

The file looks like this (UTF-8 or Windows-1252; the English export is read too):

  07459: Befolkning, etter region og år
  "region";"år";"07459: Befolkning"
  "0219 Bærum";"2018";124000
  "0220 Asker";"2018";61500

The whole country ("0 Hele landet") is skipped, as are rows with no figure ("..") and rows with
0 for a number that was not valid that year. A table with more columns (sex, age) is added up
per region and year. Every municipality or county number must be in the register and valid on
1 January of its year.

Options:
  --source <text>          Where the figures come from, shown beside them
                           (default: "SSB, tabell 07459")
  -h, --help               Show this help

Example:
  samrad import population 07459.csv --source "SSB, tabell 07459, lastet ned 2. januar 2019"
`,
} as const;
