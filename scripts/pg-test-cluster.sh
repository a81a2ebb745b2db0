#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, CI and benchmarks; it never touches the system cluster.
#   scripts/pg-test-cluster.sh start   initdb (trust auth) + start; prints the URL on stdout
#   scripts/pg-test-cluster.sh stop    stop it and delete its files
#   scripts/pg-test-cluster.sh url     print the URL of the running cluster
#   scripts/pg-test-cluster.sh restart stop and start the server, keeping its data (fault tests)
# Env: PG_TEST_PORT (55432), PG_TEST_DIR (/tmp/parallax-pg-$PG_TEST_PORT), PG_BIN (newest /usr/lib/postgresql/*/bin),
# PG_TEST_DURABLE=1 for benchmarks (fsync and full-page writes on, synchronous_commit off: crash-safe like SQLite's
# WAL with synchronous=NORMAL). Otherwise durability is off (fsync, synchronous_commit, full_page_writes): the data
# is thrown away anyway. initdb refuses to run as root, so as root every server command runs as the postgres user.
set -euo pipefail

port=${PG_TEST_PORT:-55432}
dir=${PG_TEST_DIR:-/tmp/parallax-pg-$port}
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
url="postgres://postgres@127.0.0.1:$port/postgres"

if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg-test-cluster: PostgreSQL server binaries not found (apt-get install postgresql, or set PG_BIN)" >&2
  exit 1
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { [ -f "$dir/data/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; }

if [ "${PG_TEST_DURABLE:-0}" = 1 ]; then
  durability="-c synchronous_commit=off"
else
  durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
fi

start_server() {
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $durability -c max_connections=200" \
    start >/dev/null
}

case "${1:-}" in
  start)
    if running; then echo "$url"; exit 0; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres "$dir"
      as_postgres "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    start_server || { tail -n 20 "$dir/log" >&2; exit 1; }
    echo "$url"
    ;;
  stop)
    if running; then as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
    rm -rf "$dir"
    ;;
  restart)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    start_server
    echo "$url"
    ;;
  url)
    running || { echo "pg-test-cluster: not running (run: $0 start)" >&2; exit 1; }
    echo "$url"
    ;;
  *)
    echo "usage: $0 start|stop|restart|url" >&2
    exit 2
    ;;
esac
