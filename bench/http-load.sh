#!/usr/bin/env bash
# HTTP load (issue 14, item 2) with wrk on loopback against a running demo (./gongzhi run): for each read path,
# throughput and p50/p95/p99 at CONNECTIONS concurrent clients, beside the same server serving its small static
# stylesheet in the same run, measured just before, so that a noisy machine shows in both figures.
# Usage: bench/http-load.sh   (BASE, CONNECTIONS=32, SECONDS_EACH=10, WARMUP=5 change it; STAFF=rc.staff and
# CARD=AY-1-1 name the staff account and the stairwell, e.g. STAFF=rc.staff.c17 CARD=C17-1-1 on generated data,
# PASSWORD its password). Installs wrk if missing.
# BASE may name several servers ("http://localhost:8096 http://localhost:8099"): each line is then measured on each
# in turn, side by side (before and after a change, two JVM settings, H2 and PostgreSQL). ONLY=<regex> keeps the
# lines whose label matches.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
CONNECTIONS=${CONNECTIONS:-32}
SECONDS_EACH=${SECONDS_EACH:-10}
WARMUP=${WARMUP:-5}
ONLY=${ONLY:-.}
STAFF=${STAFF:-rc.staff}
PASSWORD=${PASSWORD:-gongzhi-demo}
CARD=${CARD:-AY-1-1}
HERE=$(cd "$(dirname "$0")" && pwd)

if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

declare -A tokens sessions statics
for base in $BASE; do
  tokens[$base]=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$STAFF\",\"password\":\"$PASSWORD\"}" \
    "$base/api/v1/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  # a signed-in browser's session for the pages (the form sign-in, as a person does)
  jar=$(mktemp)
  csrf=$(curl -sf -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="//;s/"//')
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$STAFF" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$base/login"
  sessions[$base]="JSESSIONID=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")"
  rm -f "$jar"
  static=$(curl -sf "$base/login" | grep -o '/css/app-[0-9a-f]*\.css' | head -1)
  statics[$base]=${static:-/css/app.css}
done

# figures <url> <token, "session:<base>" or empty> <seconds>: "rps p50 p95 p99 errors"; a slow answer is waited for
# (10 s) and counted, not dropped as a time-out
figures() {
  local token=$2 cookie=
  if [[ $token == session:* ]]; then cookie=${sessions[${token#session:}]} token=; fi
  TOKEN=$token COOKIE=$cookie wrk -t2 -c"$CONNECTIONS" -d"$3s" --timeout 10s --latency -s "$HERE/http/report.lua" "$1" \
    | awk '/^FIGURES/ { print $2, $3, $4, $5, $6 }'
}

ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

# run <label> <path> [token|session]
run() {
  local label=$1 auth=${3:-} base credential path
  [[ $label =~ $ONLY ]] || return 0
  for base in $BASE; do
    path=$2
    case $auth in
      token) credential=${tokens[$base]} ;;
      session) credential=session:$base ;;
      *) credential= ;;
    esac
    [[ $path == static ]] && path=${statics[$base]}
    figures "$base$path" "$credential" "$WARMUP" >/dev/null
    read -r s_rps _ _ _ _ < <(figures "$base${statics[$base]}" "" "$SECONDS_EACH")
    read -r rps p50 p95 p99 errors < <(figures "$base$path" "$credential" "$SECONDS_EACH")
    printf '%-28s %8s req/s  p50 %6s ms  p95 %6s ms  p99 %6s ms  errors %s   static %8s req/s  ratio %s%%%s\n' \
      "$label" "$rps" "$(ms "$p50")" "$(ms "$p95")" "$(ms "$p99")" "$errors" "$s_rps" \
      "$(awk -v a="$rps" -v b="$s_rps" 'BEGIN { printf "%.0f", 100 * a / b }')" \
      "$([[ $BASE == *" "* ]] && echo "   ${base##*:}")"
  done
}

echo "wrk, $CONNECTIONS connections, ${SECONDS_EACH}s each after ${WARMUP}s warm-up, against $BASE ($(date -u +%FT%TZ))"
run "static stylesheet"           static
run "stairwell card (public)"     "/s/$CARD"
run "stairwell card API"          "/api/v1/stairwells/$CARD"
run "proposal list API"           "/api/v1/proposals" token
run "proposal list (HTML)"        "/proposals" session
run "Open311 request list"        "/open311/v2/requests.json"
run "staff home API ($STAFF)"     "/api/v1/me/today" token
run "dashboard API ($STAFF)"      "/api/v1/dashboard" token
