#!/usr/bin/env bash
# Kills one instance of a service under steady traffic and reports how long the gateways kept sending to it.
# Needs a platform started with `bin/rallypoint up --replicas 2` (docs/deployment.md). Not part of ./mvnw verify.
#
#   load-tests/scale-out/kill-one-instance.sh [instance] [signal] [path]
#     instance  extra instance to kill, default court-service-2 (its pid file is .run/<instance>.pid)
#     signal    KILL (a crash, default) or TERM (a graceful stop: the instance cancels its Eureka lease)
#     path      a public GET route of that service, default /api/v1/clubs
#
# Sends GETs through both gateways (8080 and 8180) in turn, 10 a second (under the gateway's anonymous budget of 20/s per address), for 10 s before the kill and 30 s after,
# then prints every answer that was not 2xx and the time from the kill to the last one. Expectation (issue 20): no
# failed answer later than 5 s after the kill.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
INSTANCE=${1:-court-service-2}
SIGNAL=${2:-KILL}
ROUTE=${3:-/api/v1/clubs}
GATEWAYS=(http://127.0.0.1:8080 http://127.0.0.1:8180)
PIDFILE="$ROOT/.run/$INSTANCE.pid"
OUT=$(mktemp)

[ -f "$PIDFILE" ] || { echo "no $PIDFILE: start the platform with bin/rallypoint up --replicas 2" >&2; exit 1; }
now_ms() { date +%s%3N; }

send_for() { # seconds
  local until=$(($(now_ms) + $1 * 1000)) i=0 gateway code
  while [ "$(now_ms)" -lt "$until" ]; do
    gateway=${GATEWAYS[$((i % ${#GATEWAYS[@]}))]}
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$gateway$ROUTE" || true)
    echo "$(now_ms) $gateway $code" >>"$OUT"
    i=$((i + 1))
    sleep 0.1
  done
}

send_for 10
killed_at=$(now_ms)
kill -"$SIGNAL" "$(cat "$PIDFILE")"
echo "sent SIG$SIGNAL to $INSTANCE at $killed_at"
send_for 30

total=$(wc -l <"$OUT")
before=$(awk -v k="$killed_at" '$1 < k && $3 !~ /^2/' "$OUT" | wc -l)
after=$(awk -v k="$killed_at" '$1 >= k && $3 !~ /^2/' "$OUT" | wc -l)
last=$(awk -v k="$killed_at" '$1 >= k && $3 !~ /^2/ {last = $1} END {print last + 0}' "$OUT")
echo "requests: $total; failed before the kill: $before; failed after it: $after"
awk -v k="$killed_at" '$1 >= k && $3 !~ /^2/ {printf "  +%5d ms %s %s\n", $1 - k, $2, $3}' "$OUT"
if [ "$after" -gt 0 ]; then
  echo "last failed answer $((last - killed_at)) ms after the kill (expected: at most 5000 ms)"
  [ $((last - killed_at)) -le 5000 ] || { rm -f "$OUT"; exit 1; }
fi
rm -f "$OUT"
echo "after a restart of the instance: bin/rallypoint start $INSTANCE"
