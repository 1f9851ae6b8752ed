#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: a fresh cluster in a temporary folder on a
# free loopback port, DATABASE_URL set for the command, stopped and removed on exit.
#   bash scripts/with-postgres.sh npx vitest run lib/db
# PG_URL_VARIABLE names another variable for the address (the end-to-end run uses E2E_DATABASE_URL,
# so that only the spec that asks for PostgreSQL gets it).
# Uses Debian's postgresql package; installs it when missing and running as root (CI), otherwise
# says what to install.
set -euo pipefail

find_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
  return 1
}

if ! BINDIR="$(find_bindir)"; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed and this user cannot install it." >&2
    echo "Install it with: sudo apt-get install -y postgresql   (the database tests run against a real server too)" >&2
    exit 1
  fi
  echo "Installing Debian's postgresql package for the database tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
  BINDIR="$(find_bindir)"
fi

PORT="${PG_TEST_PORT:-55432}"
while (echo >"/dev/tcp/127.0.0.1/$PORT") >/dev/null 2>&1; do PORT=$((PORT + 1)); done

WORK="$(mktemp -d /tmp/portal-pg.XXXXXX)"
AS=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root: the cluster belongs to the postgres user.
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  chown postgres "$WORK"
  AS=(runuser -u postgres --)
fi

stop() {
  "${AS[@]}" "$BINDIR/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap stop EXIT

"${AS[@]}" "$BINDIR/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --no-sync >"$WORK/initdb.log" 2>&1 ||
  { cat "$WORK/initdb.log" >&2; exit 1; }
"${AS[@]}" "$BINDIR/pg_ctl" -D "$WORK/data" -w -l "$WORK/server.log" \
  -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$WORK/server.log" >&2; exit 1; }

echo "PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2
env "${PG_URL_VARIABLE:-DATABASE_URL}=postgres://postgres@127.0.0.1:$PORT/postgres" "$@"
