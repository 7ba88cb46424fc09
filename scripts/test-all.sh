#!/usr/bin/env bash
# The one test command (`npm run test:all`, and CI through .ci/run): on a Debian machine with Node 20
# it installs what is missing (Chromium, fonts, PostgreSQL), starts a throwaway PostgreSQL on a port
# of its own, and runs, failing fast:
#   1. the type check
#   2. the Vitest suite on SQLite        (unit, module and integration tests)
#   3. the same suite on PostgreSQL      (DATABASE_URL set: module tests use fresh PostgreSQL databases)
#   4. the browser tests                 (real server on SQLite, Debian's Chromium, axe)
#   5. a browser smoke test on PostgreSQL
# The last line is `N passed, N failed` over all runs; the exit status is 0 only when all passed.
#
# TEST_ALL_KEEP_GOING=1 runs every phase even after one fails (the summary still says which failed).
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
KEEP_GOING="${TEST_ALL_KEEP_GOING:-0}"
RUN_START=$(date +%s)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/samrad-test-all.XXXXXX")
# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh
cleanup() {
  stop_throwaway_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -t 1 ]; then
  say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
else
  say() { printf '\n==> %s\n' "$*"; }
  # Logs (CI) get plain text, so lines such as "Tests  12 passed" can be searched as they read.
  export NO_COLOR=1
  unset FORCE_COLOR
fi
TOTAL_PASSED=0
TOTAL_FAILED=0
# Stops the run; the last line stays the count CI reads, with this fault as one failure.
fail() {
  printf 'test-all: %s\n' "$*" >&2
  echo "$TOTAL_PASSED passed, $((TOTAL_FAILED + 1)) failed"
  exit 1
}
is_root() { [ "$(id -u)" -eq 0 ]; }
duration() { local s=$1; if [ "$s" -ge 60 ]; then printf '%dm%02ds' $((s / 60)) $((s % 60)); else printf '%ds' "$s"; fi; }

# ---- 1. what the machine needs -----------------------------------------------------------------

[ -d node_modules ] || fail "node_modules is missing: run 'npm install' first (CI runs 'npm install && npm run test:all')."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
find_pg_bin() {
  PG_BIN=""
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && PG_BIN="$dir"
  done
  return 0
}
find_pg_bin

missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
# Without any font Chromium lays text out with zero-width glyphs and the layout checks mean nothing.
compgen -G '/usr/share/fonts/truetype/dejavu/DejaVuSans*.ttf' >/dev/null || missing+=(fonts-dejavu-core)
[ -n "$PG_BIN" ] || missing+=(postgresql)

if [ ${#missing[@]} -gt 0 ]; then
  if ! is_root; then
    fail "missing Debian packages: ${missing[*]}. Install them (sudo apt-get install ${missing[*]}) or run this script as root, then run it again."
  fi
  command -v apt-get >/dev/null || fail "missing ${missing[*]} and there is no apt-get here: install them with this system's package manager."
  say "Installing ${missing[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  # The package would create and start a cluster on port 5432; we only want its binaries.
  if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    mkdir -p /etc/postgresql-common
    echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf
  fi
  if ! { apt-get update -qq && UCF_FORCE_CONFFOLD=1 apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"; } >"$WORK/apt.log" 2>&1; then
    tail -n 30 "$WORK/apt.log" >&2
    fail "could not install ${missing[*]} (the apt-get output is above)."
  fi
  find_pg_bin
  [ -x "$CHROMIUM" ] || fail "Chromium is still not at $CHROMIUM after installing it."
  [ -n "$PG_BIN" ] || fail "PostgreSQL's initdb is still not in /usr/lib/postgresql/*/bin after installing it."
fi

# ---- 2. a throwaway PostgreSQL -------------------------------------------------------------------

say "Starting a throwaway PostgreSQL"
start_throwaway_postgres || fail "could not start PostgreSQL (see above)."
echo "PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT (data in $PG_TMP, removed at the end)"

# ---- 3. the phases -------------------------------------------------------------------------------

names=() states=() times=() counts=()
STOPPED=0

# run_phase "label" json-file|"" command…  — runs one phase unless an earlier one failed.
run_phase() {
  local label=$1 json=$2
  shift 2
  names+=("$label")
  if [ "$STOPPED" -eq 1 ]; then
    states+=(skipped) times+=("") counts+=("")
    return
  fi
  say "$label"
  local start rc
  start=$(date +%s)
  "$@"
  rc=$?
  times+=("$(duration $(($(date +%s) - start)))")
  local passed=0 failed=0
  if [ -n "$json" ] && [ -s "$json" ]; then
    read -r passed failed < <(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      // A file that fails to load has no tests to count: count it as one failure.
      const failed = r.numFailedTests + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? r.numFailedTestSuites : 0);
      console.log(r.numPassedTests, failed);' "$json")
    passed=${passed:-0} failed=${failed:-0}
  fi
  # A phase that failed without a failed test (type errors, a crash, an unhandled error) still counts.
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  if [ -n "$json" ]; then counts+=("$passed passed, $failed failed"); else counts+=(""); fi
  if [ "$rc" -eq 0 ]; then
    states+=(passed)
  else
    states+=(FAILED)
    [ "$KEEP_GOING" = 1 ] || STOPPED=1
  fi
}

vitest() {
  local json=$1
  shift
  npx vitest run --reporter=default --reporter=json --outputFile.json="$json" "$@"
}
typecheck() { npm run --silent typecheck; }
suite_sqlite() { (unset DATABASE_URL && vitest "$WORK/sqlite.json"); }
suite_postgres() { (export DATABASE_URL="$PG_URL" && vitest "$WORK/postgres.json"); }
e2e_sqlite() { (unset DATABASE_URL && export CHROMIUM_PATH="$CHROMIUM" && vitest "$WORK/e2e.json" --config vitest.e2e.config.ts); }
e2e_postgres() {
  (export DATABASE_URL="$PG_URL" CHROMIUM_PATH="$CHROMIUM" && vitest "$WORK/e2e-pg.json" --config vitest.e2e.config.ts tests/e2e/smoke.test.ts)
}

run_phase "Type check (tsc)" "" typecheck
run_phase "Vitest on SQLite" "$WORK/sqlite.json" suite_sqlite
run_phase "Vitest on PostgreSQL" "$WORK/postgres.json" suite_postgres
run_phase "Browser tests (Chromium, server on SQLite)" "$WORK/e2e.json" e2e_sqlite
run_phase "Browser smoke test (server on PostgreSQL)" "$WORK/e2e-pg.json" e2e_postgres

# ---- 4. summary ----------------------------------------------------------------------------------

say "Summary"
for i in "${!names[@]}"; do
  printf '  %-45s %-8s %8s   %s\n' "${names[$i]}" "${states[$i]}" "${times[$i]}" "${counts[$i]}"
done
printf '  %-45s %-8s %8s\n' "Total" "" "$(duration $(($(date +%s) - RUN_START)))"
echo
echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
[ "$TOTAL_FAILED" -eq 0 ]
