#!/usr/bin/env bash
# PostgreSQL stopped in the middle of a load (issue 17, item 11). Starts a private PostgreSQL cluster on PGPORT
# (default 5433) in a throw-away directory, the demo app on it, and bench/OutageLoad.java: four clients filing
# 随手拍 reports, a signed-in person opening pages, a monitor reading /actuator/health. After BEFORE seconds the
# cluster is stopped the hard way (pg_ctl -m immediate, as a crash), after DOWN seconds started again, and the load
# goes on for AFTER seconds. Then every acknowledged report is read back.
# Fails (exit 1) on any 500 or other answer than 201/503, a 503 without Retry-After or the friendly page, health not
# DOWN during the outage or not UP at the end, no report acknowledged after the return, or a lost acknowledged report.
# Run ./gongzhi run once first (it builds and prepares target/app). Needs PostgreSQL's initdb and pg_ctl.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$(ls "$PWD"/target/app/gongzhi-*.jar | head -1)
AOT=(); [[ -f target/app/app.aot ]] && AOT=(-XX:AOTCache="$PWD/target/app/app.aot")
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
PGPORT=${PGPORT:-5433}
PORT=${PORT:-8097}
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
chmod 755 "$WORK"
mkdir "$WORK/pg"
# PostgreSQL will not run as root: the cluster belongs to the postgres user then
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[[ $(id -u) == 0 ]] && chown postgres "$WORK/pg"
as_pg "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 >/dev/null
pg() { as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w "$@" >/dev/null; }
pg start -o "-p $PGPORT -k $WORK/pg -c listen_addresses=127.0.0.1"
as_pg "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "create database gongzhi"

cleanup() {
  if [[ -n "${APP:-}" ]]; then kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true; fi
  pg stop -m fast 2>/dev/null || true
  if [[ "${KEEP:-}" ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

(cd "$WORK" && exec "$JAVA" "${AOT[@]}" -jar "$JAR" --spring.profiles.active=demo,postgres \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/gongzhi" --server.port="$PORT" >"$WORK/app.log" 2>&1) &
APP=$!
for _ in $(seq 1 600); do grep -q "Demo data complete" "$WORK/app.log" && break; sleep 1; done
grep -q "Demo data complete" "$WORK/app.log" || { echo "the demo did not start; see $WORK/app.log" >&2; KEEP=1; exit 2; }

echo before > "$WORK/phase"
"$JAVA" bench/OutageLoad.java run "$BASE" "$WORK" &
CLIENT=$!
sleep "${BEFORE:-10}"
pg stop -m immediate
echo down > "$WORK/phase"
echo "$(date +%T) PostgreSQL stopped (immediate)"
sleep "${DOWN:-20}"
pg start -o "-p $PGPORT -k $WORK/pg -c listen_addresses=127.0.0.1"
echo after > "$WORK/phase"
echo "$(date +%T) PostgreSQL started again"
sleep "${AFTER:-20}"
touch "$WORK/stop"
status=0
wait "$CLIENT" || status=$?
"$JAVA" bench/OutageLoad.java check "$BASE" "$WORK" || status=$?
echo "stack traces in the app log: $(grep -c "^\s*at " "$WORK/app.log" || true)"
exit $status
