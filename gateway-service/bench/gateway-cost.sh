#!/usr/bin/env bash
# The gateway's own CPU per proxied request (docs/benchmarks.md, "Gateway cost per proxied request").
#
#   gateway-service/bench/gateway-cost.sh [jar] [seconds] [connections]
#
# Starts BenchUpstream (test classes: JWKS, /token, a cheap JSON upstream) on 18090 and the gateway jar on 18080
# (Eureka off, court-service found at the upstream, the shared Redis on 6379, user budget raised so the rate
# limiter runs but never refuses), with bin/rallypoint's JVM flags; warms up, then drives
# GET /api/v1/reservations/mine with a member's token through wrk and divides the gateway's CPU time
# (/proc/<pid>/stat utime+stime, and the request threads' alone) by the requests completed.
# Build first: ./mvnw -q -pl gateway-service -am package -DskipTests && ./mvnw -q -pl gateway-service test-compile
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR=${1:-$ROOT/gateway-service/target/gateway-service-0.1.0-SNAPSHOT.jar}
SECONDS_RUN=${2:-40}
CONNECTIONS=${3:-16}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DIR=$(mktemp -d)
cd "$ROOT"
./mvnw -q -pl gateway-service dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$DIR/cp" >/dev/null
"$JAVA" -Xmx128m -XX:+UseSerialGC -cp "gateway-service/target/test-classes:$(cat "$DIR/cp")" \
  dev.rallypoint.gateway.bench.BenchUpstream 18090 "$DIR" >"$DIR/upstream.log" 2>&1 &
UPSTREAM=$!
trap 'kill $UPSTREAM ${GATEWAY:-} 2>/dev/null' EXIT
until [ -f "$DIR/jwks-uri" ] && curl -fs -o /dev/null http://127.0.0.1:18090/token; do sleep 1; done
env PORT=18080 JWKS_URI="$(cat "$DIR/jwks-uri")" ADMISSION_TOKEN_SECRET="bench-$(head -c 32 /dev/urandom | base64 | tr -d '=+/')" \
  MALLOC_ARENA_MAX=2 "$JAVA" -Xms64m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m \
  -XX:ReservedCodeCacheSize=96m -XX:+UseCompactObjectHeaders -jar "$JAR" --eureka.client.enabled=false \
  '--spring.cloud.discovery.client.simple.instances.court-service[0].uri=http://127.0.0.1:18090' \
  --rallypoint.gateway.rate-limits.user.replenish-rate=100000 --rallypoint.gateway.rate-limits.user.burst-capacity=200000 \
  >"$DIR/gateway.log" 2>&1 &
GATEWAY=$!
until curl -fs -o /dev/null http://127.0.0.1:18080/actuator/health; do sleep 1; done
printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$(curl -fs http://127.0.0.1:18090/token)" >"$DIR/auth.lua"
URL=http://127.0.0.1:18080/api/v1/reservations/mine
wrk -t2 -c"$CONNECTIONS" -d60s -s "$DIR/auth.lua" "$URL" >/dev/null   # warm-up (JIT)
cpu() { awk '{print $14+$15}' "/proc/$GATEWAY/stat"; }
request_cpu() {
  for task in /proc/$GATEWAY/task/*; do
    case "$(cat "$task/comm")" in reactor-http*|parallel*|lettuce-*|loomBounded*|boundedElas*|ForkJoinPool*)
      awk '{s=$0; sub(/^.*\) /,"",s); split(s,f," "); print f[12]+f[13]}' "$task/stat";; esac
  done | awk '{s+=$1} END {print s+0}'
}
C0=$(cpu); R0=$(request_cpu)
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency -s "$DIR/auth.lua" "$URL" | tee "$DIR/wrk.txt" | grep -E "Requests/sec|50%|99%|Non-2xx"
C1=$(cpu); R1=$(request_cpu)
REQUESTS=$(awk '/requests in/ {print $1}' "$DIR/wrk.txt")
TICK=$(getconf CLK_TCK)
echo "gateway CPU per request: $(echo "scale=3; ($C1-$C0)*1000/$TICK/$REQUESTS" | bc) ms" \
  "(request threads: $(echo "scale=3; ($R1-$R0)*1000/$TICK/$REQUESTS" | bc) ms), $REQUESTS requests," \
  "load average $(cut -d' ' -f1 /proc/loadavg)"
