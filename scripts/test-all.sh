#!/usr/bin/env bash
# Every test of the project, in the order that fails fastest: static checks, unit and integration
# tests, then the production build with end-to-end tests in a real browser, then page budgets.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# The service date of the build and of the end-to-end server (periods and deadlines depend on it).
export PORTAL_TODAY="${PORTAL_TODAY:-2025-11-20}"
PORT="${BUDGET_PORT:-3220}"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "lint";        npx eslint . --max-warnings 0
step "layers";      npx tsx scripts/check-layers.ts
step "typecheck";   npx tsc --noEmit
step "unit and integration tests"; npx vitest run
# The same database tests again on a real PostgreSQL server (a throwaway cluster; the first run used PGlite).
step "database tests on PostgreSQL"; bash scripts/with-postgres.sh npx vitest run lib/db lib/auth lib/services lib/registry lib/demo lib/observability
step "browser";     bash scripts/ensure-chromium.sh
# A demo build, as the end-to-end servers are demo servers: pages rendered at build time see the pinned date.
step "build";       PORTAL_DEMO=1 npx next build
# On a throwaway PostgreSQL too: e2e/multi-instance.spec.ts runs two production servers on it (E2E_DATABASE_URL).
step "end-to-end";  PG_URL_VARIABLE=E2E_DATABASE_URL bash scripts/with-postgres.sh npx playwright test

step "page budgets"
if curl -fs "http://127.0.0.1:$PORT/zh-Hans" >/dev/null 2>&1; then
  echo "Port $PORT is already serving something; stop it or set BUDGET_PORT." >&2
  exit 1
fi
# PORTAL_DEMO=1: the demo set-up (generated cookie secret, demo data), as in `npm run demo`, on its own
# data directory. setsid puts the server in its own process group, so that the whole group (npx and
# next-server) is stopped on exit rather than left holding the port.
PORTAL_DEMO=1 PORTAL_DATA_DIR=.data/budgets setsid npx next start -p "$PORT" -H 127.0.0.1 >/tmp/portal-budget-server.log 2>&1 &
server=$!
trap 'kill -- -$server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/zh-Hans" >/dev/null 2>&1 && break; sleep 1; done
PORTAL_DATA_DIR=.data/budgets npx tsx scripts/check-budgets.ts "http://127.0.0.1:$PORT"
