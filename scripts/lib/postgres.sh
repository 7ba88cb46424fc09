# A throwaway PostgreSQL for tests, started from Debian's binaries (/usr/lib/postgresql/*/bin):
# a temp data directory, a free port from 55432 up, 127.0.0.1 only, trust authentication, a database
# `samrad_test`. Source this file, then:
#   start_throwaway_postgres   sets PG_URL, PG_PORT, PG_TMP, PG_VERSION (returns non-zero on failure)
#   stop_throwaway_postgres    stops the server and removes its directory (safe to call twice)
# PostgreSQL refuses to run as root: as root it runs as the `postgres` user.

# Only ever remove the directory this file made.
PG_TMP=""

_pg_bin() {
  local dir found=""
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && found="$dir"
  done
  printf '%s' "$found"
}

_as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

_port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_throwaway_postgres() {
  PG_BIN=$(_pg_bin)
  if [ -z "$PG_BIN" ]; then
    echo "PostgreSQL's server binaries are not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql" >&2
    return 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "there is no 'postgres' user to run PostgreSQL as (apt-get install postgresql creates it)" >&2
    return 1
  fi
  PG_VERSION=$("$PG_BIN/postgres" --version | sed 's/.* //')
  PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/samrad-pg.XXXXXX")
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_TMP"
  chmod 700 "$PG_TMP"
  PG_PORT=${PG_PORT:-55432}

  # --no-sync only skips syncing initdb's own files; the server keeps fsync on (the durability test needs it).
  if ! _as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync \
    >"$PG_TMP/initdb.log" 2>&1; then
    cat "$PG_TMP/initdb.log" >&2
    return 1
  fi
  # Another run may take the same free port between our look and our bind: then try the next one.
  local attempt
  for attempt in 1 2 3 4 5; do
    while _port_in_use "$PG_PORT"; do PG_PORT=$((PG_PORT + 1)); done
    if _as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
      -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_TMP -c max_connections=200" start >/dev/null; then
      break
    fi
    if [ "$attempt" -eq 5 ] || ! grep -q 'could not bind\|Address already in use' "$PG_TMP/server.log"; then
      cat "$PG_TMP/server.log" >&2
      return 1
    fi
    PG_PORT=$((PG_PORT + 1))
  done
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres samrad_test || return 1
  PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/samrad_test"
  export PG_URL PG_PORT PG_TMP PG_VERSION
}

stop_throwaway_postgres() {
  [ -n "${PG_TMP:-}" ] || return 0
  if [ -f "$PG_TMP/data/postmaster.pid" ]; then
    _as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_TMP"
  PG_TMP=""
}
