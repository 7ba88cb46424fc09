#!/usr/bin/env bash
# Runs one command against a throwaway PostgreSQL, then removes it:
#   bash scripts/with-postgres.sh npx vitest run src/modules/cooperations
# The command sees DATABASE_URL=postgres://postgres@127.0.0.1:<port>/samrad_test.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
[ $# -gt 0 ] || { echo "usage: bash scripts/with-postgres.sh <command> [args…]" >&2; exit 2; }
# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh
trap stop_throwaway_postgres EXIT
trap 'exit 130' INT TERM
start_throwaway_postgres || { echo "with-postgres: could not start PostgreSQL (see above)" >&2; exit 1; }
DATABASE_URL="$PG_URL" "$@"
