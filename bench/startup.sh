#!/usr/bin/env bash
# Run ./gongzhi run once first (it builds and prepares target/app). Measures how long the app takes, from launch, until a demo user can sign in and read the home page's
# figures: first on an empty ./data (demo data loads), then again on the same data (a plain restart).
set -euo pipefail
cd "$(dirname "$0")/.."
# the app as ./gongzhi run prepares it: the extracted jar, with its start-up cache when the JDK has one
JAR=$(ls target/app/gongzhi-*.jar | head -1)
AOT=(); [[ -f target/app/app.aot ]] && AOT=(-XX:AOTCache="$PWD/target/app/app.aot")
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
WORK=$(mktemp -d)
PORT=${PORT:-8097}

usable_after() {
  local start end pid
  start=$(date +%s%N)
  (cd "$WORK" && exec "$JAVA" "${AOT[@]}" -jar "$OLDPWD/$JAR" --spring.profiles.active=demo \
      --server.port="$PORT" > "$WORK/app-$1.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do
    # the public card answers once the register (and the demo accounts, opened with it) is there; signing in before
    # that would count as failed sign-ins and the throttle would hold the address back
    if ! curl -sf -o /dev/null "http://localhost:$PORT/api/v1/stairwells/AY-1-1"; then
      sleep 0.2
      continue
    fi
    token=$(curl -s -H 'Content-Type: application/json' -d '{"username":"resident","password":"gongzhi-demo"}' \
      "http://localhost:$PORT/api/v1/auth/token" | sed -nE 's/.*"accessToken":"([^"]+)".*/\1/p' || true)
    if [[ -n $token ]] && curl -sf -o /dev/null -H "Authorization: Bearer $token" \
        "http://localhost:$PORT/api/v1/community/overview"; then
      end=$(date +%s%N)
      echo "$1: usable after $(( (end - start) / 1000000 )) ms"
      break
    fi
    sleep 0.2
  done
  sleep "${2:-0}"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

usable_after "first start (loads the demo)" 90
usable_after "restart"
grep -h "Loaded the Aoyuan\|Demo data complete" "$WORK"/app-*.log | sed 's/.*: //'
rm -rf "$WORK"
