#!/usr/bin/env bash
# HTTP load (issue 14, item 2) with wrk on loopback against a running demo (./gongzhi run): for each read path,
# throughput and p50/p95/p99 at CONNECTIONS concurrent clients, beside the same server serving its small static
# stylesheet in the same run, measured just before, so that a noisy machine shows in both figures.
# Usage: bench/http-load.sh   (BASE, CONNECTIONS=32, SECONDS_EACH=10, WARMUP=5 change it). Installs wrk if missing.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
CONNECTIONS=${CONNECTIONS:-32}
SECONDS_EACH=${SECONDS_EACH:-10}
WARMUP=${WARMUP:-5}
HERE=$(cd "$(dirname "$0")" && pwd)

if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"rc.staff","password":"gongzhi-demo"}' \
  "$BASE/api/v1/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
static=$(curl -sf "$BASE/login" | grep -o '/css/app-[0-9a-f]*\.css' | head -1)
static=${static:-/css/app.css}

# figures <path> <token or empty> <seconds>: "rps p50 p95 p99 errors"
figures() {
  TOKEN=$2 wrk -t2 -c"$CONNECTIONS" -d"$3s" --latency -s "$HERE/http/report.lua" "$BASE$1" \
    | awk '/^FIGURES/ { print $2, $3, $4, $5, $6 }'
}

ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

run() {
  local label=$1 path=$2 auth=${3:-}
  figures "$path" "$auth" "$WARMUP" >/dev/null
  read -r s_rps _ _ _ _ < <(figures "$static" "" "$SECONDS_EACH")
  read -r rps p50 p95 p99 errors < <(figures "$path" "$auth" "$SECONDS_EACH")
  printf '%-28s %8s req/s  p50 %6s ms  p95 %6s ms  p99 %6s ms  errors %s   static %8s req/s  ratio %s%%\n' \
    "$label" "$rps" "$(ms "$p50")" "$(ms "$p95")" "$(ms "$p99")" "$errors" "$s_rps" \
    "$(awk -v a="$rps" -v b="$s_rps" 'BEGIN { printf "%.0f", 100 * a / b }')"
}

echo "wrk, $CONNECTIONS connections, ${SECONDS_EACH}s each after ${WARMUP}s warm-up, against $BASE ($(date -u +%FT%TZ))"
run "static stylesheet"           "$static"
run "stairwell card (public)"     "/s/AY-1-1"
run "stairwell card API"          "/api/v1/stairwells/AY-1-1"
run "proposal list API"           "/api/v1/proposals"
run "proposal list (HTML)"        "/proposals"
run "Open311 request list"        "/open311/v2/requests.json"
run "staff home API (rc.staff)"   "/api/v1/me/today" "$token"
run "dashboard API (rc.staff)"    "/api/v1/dashboard" "$token"
