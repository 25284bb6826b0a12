#!/usr/bin/env bash
# The fault suite against the local platform (bin/rallypoint up, in another terminal):
#
#   ADMIN_PASSWORD=... load-tests/faults/run-faults.sh            # about 15 minutes
#
# While holds, payments, queue joins and wallet reads run at a steady rate (FaultLoad, 4 of each a second,
# through the gateway), it injects one fault after another:
#   kill -9 court-service, user-service, queue-service (each restarted after 5 s with bin/rallypoint start),
#   Kafka paused (SIGSTOP) for 60 s, Redis paused for 30 s, PostgreSQL restarted.
# Then it lets the sagas settle and judges:
#   - every call made during a fault and until recovery answered within 2 s (never a hang), and every 5xx
#     among them was a 503 carrying Retry-After;
#   - recovery by itself: seconds from the end of the fault to the first success of each kind of call;
#   - SQL invariants: no overlapping active reservations, no payment or reservation stuck in flight, no
#     event left in an outbox, every wallet balance equal to its ledger, and the court payments that
#     succeeded are exactly the wallet debits that were not paid back (no lost and no double debit).
# Results: target/faults/ (calls.csv, faults.csv, report.txt); exit status 1 when a check failed.
#
# Settings (environment): GATEWAY (http://127.0.0.1:8080), POSTGRES_HOST/PORT/USER (127.0.0.1/5432/postgres),
# REDIS_PORT (6379), KAFKA_PORT (9092), QUIET (seconds between faults, 30), LOAD_RATE (4).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT="$ROOT/load-tests/target/faults"
RUN="$ROOT/.run"
GATEWAY=${GATEWAY:-http://127.0.0.1:8080}
PGHOST=${POSTGRES_HOST:-127.0.0.1}
PGPORT=${POSTGRES_PORT:-5432}
PGUSER=${POSTGRES_USER:-postgres}
REDIS_PORT=${REDIS_PORT:-6379}
KAFKA_PORT=${KAFKA_PORT:-9092}
QUIET=${QUIET:-30}
LOAD_RATE=${LOAD_RATE:-4}
HANG_MS=2000

say() { printf '\033[1m[faults]\033[0m %s\n' "$*"; }
die() { say "$*" >&2; exit 2; }
now_ms() { date +%s%3N; }
sql() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$1" -At -c "$2"; }
healthy() { curl -fs -o /dev/null --max-time 2 "$GATEWAY/health/$1"; }

command -v psql >/dev/null || die "psql is needed for the SQL checks"
command -v curl >/dev/null || die "curl is needed"
[ -n "${ADMIN_PASSWORD:-}" ] || die "set ADMIN_PASSWORD (the platform's bootstrap admin)"
healthy court-service && healthy user-service && healthy queue-service || die "start the platform first: bin/rallypoint up"

mkdir -p "$OUT"
rm -f "$OUT/failed"
echo "fault,startedAtMillis,endedAtMillis,recoveredAtMillis,kinds" >"$OUT/faults.csv"
RUN_STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# fault <name> <kinds affected> <inject...> -- <recover...>; waits for health, records the timeline
record_fault() { echo "$1,$2,$3,$4,$5" >>"$OUT/faults.csv"; }

wait_healthy() {
  local service=$1 deadline=$((SECONDS + 180))
  until healthy "$service"; do
    [ "$SECONDS" -lt "$deadline" ] || { say "$service not healthy 180 s after the fault"; return 1; }
    sleep 0.5
  done
}

kill_service() {
  local service=$1 kinds=$2 pid started ended
  pid=$(cat "$RUN/$service.pid" 2>/dev/null) || die "$service has no pid file in .run/ (was the platform started with bin/rallypoint up?)"
  say "kill -9 $service (pid $pid)"
  started=$(now_ms)
  kill -KILL "$pid"
  rm -f "$RUN/$service.pid"
  sleep 5
  "$ROOT/bin/rallypoint" start "$service" >/dev/null
  ended=$(now_ms)
  wait_healthy "$service" || true
  record_fault "kill-9 $service" "$started" "$ended" "$(now_ms)" "$kinds"
}

pause_process() {
  local name=$1 pid=$2 seconds=$3 kinds=$4 started ended
  [ -n "$pid" ] || die "no process found for $name"
  say "pause $name (pid $pid) for ${seconds}s"
  started=$(now_ms)
  kill -STOP "$pid"
  sleep "$seconds"
  kill -CONT "$pid"
  ended=$(now_ms)
  record_fault "pause $name ${seconds}s" "$started" "$ended" "$ended" "$kinds"
}

kafka_pid() {
  cat "$RUN/kafka.pid" 2>/dev/null || ss -ltnpH "sport = :$KAFKA_PORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1
}

redis_pid() { redis-cli -p "$REDIS_PORT" info server | tr -d '\r' | sed -n 's/^process_id://p'; }

restart_postgres() {
  local started ended cluster
  [ ! -f "$RUN/postgres.pid" ] || { say "PostgreSQL is the embedded one of bin/rallypoint; its restart is skipped"; return; }
  cluster=$(ls /etc/postgresql 2>/dev/null | head -1)
  [ -n "$cluster" ] || { say "no PostgreSQL cluster under /etc/postgresql; its restart is skipped"; return; }
  say "restart PostgreSQL $cluster"
  started=$(now_ms)
  pg_ctlcluster --skip-systemctl-redirect "$cluster" main restart -m fast
  ended=$(now_ms)
  record_fault "restart postgresql" "$started" "$ended" "$ended" "hold pay join balance"
}

# --- the load ----------------------------------------------------------------------------------------
# In its own process group (setsid), for at most an hour: it is stopped a minute after the last fault.
say "load at $LOAD_RATE calls a second per kind (set-up first: members, club, gate)"
# exec:java runs in Maven's own JVM, which must be a JDK 21 or newer (the classes are compiled for 21)
if [ -z "${JAVA_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/*; do
    "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && export JAVA_HOME=$jdk
  done
fi
setsid bash -c "cd '$ROOT' && exec ./mvnw -q -Pload-tests -pl load-tests test-compile \
    org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
    -Dexec.mainClass=dev.rallypoint.load.faults.FaultLoad -Dseconds=3600 -DratePerKind='$LOAD_RATE' \
    -Dout='$OUT/calls.csv' -DmailDir='$RUN/mail' -DadminPassword='$ADMIN_PASSWORD' -Dgateway='$GATEWAY'" >"$OUT/load.log" 2>&1 &
LOAD=$!
stop_load() { kill -TERM -- "-$LOAD" 2>/dev/null || true; }
trap stop_load EXIT
until [ -s "$OUT/calls.csv" ] && [ "$(wc -l <"$OUT/calls.csv")" -gt 20 ]; do
  kill -0 "$LOAD" 2>/dev/null || die "the load did not start (see $OUT/load.log)"
  sleep 1
done
sleep 30

# --- the faults --------------------------------------------------------------------------------------
kill_service court-service "hold pay"; sleep "$QUIET"
kill_service user-service "balance pay"; sleep "$QUIET"
kill_service queue-service "join"; sleep "$QUIET"
pause_process kafka "$(kafka_pid)" 60 "pay"; sleep "$QUIET"
pause_process redis "$(redis_pid)" 30 "hold join"; sleep "$QUIET"
restart_postgres; sleep "$QUIET"

sleep 30
kill -0 "$LOAD" 2>/dev/null || say "the load stopped early (see $OUT/load.log)"
stop_load
trap - EXIT
say "load stopped; 90 s for the sagas to settle"
sleep 90

# --- judging -----------------------------------------------------------------------------------------
FAILED=0
REPORT="$OUT/report.txt"
{
  echo "Fault suite of $RUN_STARTED, load $LOAD_RATE calls/s per kind"
  printf '%-26s %7s %6s %6s %8s %10s\n' fault calls 5xx hangs no-retry recovery_s
} >"$REPORT"
tail -n +2 "$OUT/faults.csv" | while IFS=, read -r fault started ended recovered kinds; do
  awk -F, -v s="$started" -v e="$ended" -v r="$recovered" -v kinds=" $kinds " -v hang="$HANG_MS" -v name="$fault" \
      -v failed="$OUT/failed" '
    NR == 1 { next }
    index(kinds, " " $2 " ") == 0 { next }
    $1 >= s && $1 <= r + 2000 { calls++; if ($3 >= 500 || $3 == 0) errors++; if ($4 > hang) hangs++;
                                if (($3 >= 500 || $3 == 0) && ($3 != 503 || $5 == "-")) bad++ }
    $1 > e && $3 >= 200 && $3 < 300 && first == "" { first = $1 }
    END { recovery = first == "" ? "never" : sprintf("%.1f", (first - e) / 1000);
          printf "%-26s %7d %6d %6d %8d %10s\n", name, calls, errors, hangs, bad, recovery;
          if (hangs > 0 || bad > 0 || first == "") print name > failed }
  ' "$OUT/calls.csv"
done >>"$REPORT"
[ ! -s "$OUT/failed" ] || FAILED=1

check() {
  local what=$1 value=$2
  printf '%-70s %s\n' "$what" "$value" >>"$REPORT"
  [ "$value" = "0" ] || FAILED=1
}
{ echo; echo "SQL invariants (0 = holds)"; } >>"$REPORT"
check "overlapping active reservations" "$(sql rallypoint_court "select count(*) from reservation a join reservation b
  on a.court_id = b.court_id and a.id < b.id and tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')
  where a.status in ('HELD','PAYMENT_PENDING','CONFIRMED') and b.status in ('HELD','PAYMENT_PENDING','CONFIRMED')")"
check "payments still waiting for the wallet" "$(sql rallypoint_court "select count(*) from payment where status = 'REQUESTED'")"
check "reservations still PAYMENT_PENDING" "$(sql rallypoint_court "select count(*) from reservation where status = 'PAYMENT_PENDING'")"
for db in rallypoint_court rallypoint_user rallypoint_queue; do
  check "events left in the outbox of $db" "$(sql "$db" "select count(*) from event_publication where completion_date is null" 2>/dev/null || echo 0)"
done
check "wallets whose balance is not their ledger's sum" "$(sql rallypoint_user "select count(*) from wallet w
  where w.balance <> (select coalesce(sum(amount), 0) from ledger_entry e where e.wallet_id = w.user_id)")"
check "payments debited more than once" "$(sql rallypoint_user "select count(*) from (select operation_id from ledger_entry
  where type = 'USE' group by operation_id having count(*) > 1) twice")"
sql rallypoint_court "select id from payment where status = 'SUCCEEDED' and requested_at >= '$RUN_STARTED'" | sort >"$OUT/court-succeeded.txt"
sql rallypoint_user "select p.payment_id from wallet_payment p where p.status = 'DEBITED' and p.reference like 'court-reservation/%'
  and p.updated_at >= '$RUN_STARTED'
  and not exists (select 1 from ledger_entry e where e.type = 'REFUND' and e.operation_id = p.payment_id)" | sort >"$OUT/wallet-kept.txt"
check "court payments succeeded without a wallet debit (lost debit)" "$(comm -23 "$OUT/court-succeeded.txt" "$OUT/wallet-kept.txt" | wc -l)"
check "wallet debits kept for a payment court-service gave up (not refunded)" "$(comm -13 "$OUT/court-succeeded.txt" "$OUT/wallet-kept.txt" | wc -l)"

cat "$REPORT"
[ "$FAILED" = 0 ] && say "every check held" || say "some checks failed (see $REPORT)"
exit "$FAILED"
