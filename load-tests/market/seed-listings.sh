#!/usr/bin/env bash
# Seeds the search benchmark's catalogue into market-service's database (run against a started platform:
# the schema must exist). Usage: load-tests/market/seed-listings.sh [count] (default 100000).
# Connection: PGHOST/PGPORT/PGUSER/PGPASSWORD as usual (defaults 127.0.0.1, 5432, postgres); database
# MARKET_DB (default rallypoint_market).
set -euo pipefail
count="${1:-100000}"
here="$(cd "$(dirname "$0")" && pwd)"
PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}" \
    psql -d "${MARKET_DB:-rallypoint_market}" -v count="$count" -f "$here/seed-listings.sql"
echo "seeded $count listings"
