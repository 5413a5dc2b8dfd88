#!/usr/bin/env bash
# Durability under kill -9 (issue 17, item 12). Starts the demo on a throw-away database, lets four clients file
# 随手拍 reports (bench/KillLoad.java records every acknowledged id), kills the process with kill -9 after
# KILL_AFTER seconds (default 7), starts it again on the same data and reads every acknowledged report back.
#   bench/kill-test.sh              the embedded H2 database, as ./gongzhi run uses it
#   bench/kill-test.sh --postgres   PostgreSQL on 127.0.0.1:5432 (user postgres), database gongzhi_killtest
# Extra arguments after the flag go to the app (e.g. --spring.datasource.url=... to try another H2 URL).
# Run ./gongzhi run once first (it builds and prepares target/app). Exits 1 when a report was lost.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$(ls "$PWD"/target/app/gongzhi-*.jar | head -1)
AOT=(); [[ -f target/app/app.aot ]] && AOT=(-XX:AOTCache="$PWD/target/app/app.aot")
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PORT=${PORT:-8096}
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
ARGS=(--spring.profiles.active=demo --server.port="$PORT")
if [[ "${1:-}" == "--postgres" ]]; then
  shift
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists gongzhi_killtest" -c "create database gongzhi_killtest"
  ARGS=(--spring.profiles.active=demo,postgres
        --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/gongzhi_killtest --server.port="$PORT")
fi
ARGS+=("$@")

start() {
  (cd "$WORK" && exec "$JAVA" "${AOT[@]}" -jar "$JAR" "${ARGS[@]}" >>"$WORK/app.log" 2>&1) &
  PID=$!
  for _ in $(seq 1 600); do
    curl -s -o /dev/null -H 'Content-Type: application/json' -d '{"username":"resident","password":"gongzhi-demo"}' \
      -w '%{http_code}' "$BASE/api/v1/auth/token" | grep -q 200 && return
    sleep 0.2
  done
  echo "the app did not start; see $WORK/app.log" >&2; exit 2
}

start
# the demo's register and stories load in the background on a first start: let them finish, so the kill hits
# the reports only
for _ in $(seq 1 300); do grep -q "Demo data complete" "$WORK/app.log" && break; sleep 1; done
"$JAVA" bench/KillLoad.java file "$BASE" "$WORK/ids" &
CLIENT=$!
sleep "${KILL_AFTER:-7}"
kill -9 "$PID"
wait "$CLIENT" || true
wait "$PID" 2>/dev/null || true
start
status=0
"$JAVA" bench/KillLoad.java check "$BASE" "$WORK/ids" || status=$?
kill "$PID"; wait "$PID" 2>/dev/null || true
if [[ "${KEEP:-}" ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
exit $status
