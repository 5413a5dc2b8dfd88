#!/usr/bin/env bash
# Times the register's busiest reads against a running demo (./gongzhi run): resident search by phone tail,
# by address and by name, the paged list, a stairwell card and the overview. Loopback only; bounded loops.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
ROUNDS=${ROUNDS:-50}

token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"rc.staff","password":"gongzhi-demo"}' \
  "$BASE/api/v1/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')

time_path() {
  local label=$1 path=$2 auth=${3:-yes} total=0 worst=0
  for _ in $(seq 1 "$ROUNDS"); do
    if [[ $auth == yes ]]; then
      t=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$BASE$path")
    else
      t=$(curl -sf -o /dev/null -w '%{time_total}' "$BASE$path")
    fi
    ms=$(awk -v t="$t" 'BEGIN { printf "%d", t * 1000 }')
    total=$((total + ms)); (( ms > worst )) && worst=$ms
  done
  printf '%-28s mean %4d ms   worst %4d ms   (%d requests)\n' "$label" $((total / ROUNDS)) "$worst" "$ROUNDS"
}

time_path "search by phone tail"      "/api/v1/residents?q=1234"
time_path "search by address"         "/api/v1/residents?q=12-2-301"
time_path "search by name"            "/api/v1/residents?q=%E7%A7%80%E8%8B%B1"
time_path "list, page 300"            "/api/v1/residents?page=300&size=20"
time_path "stairwell card (public)"   "/api/v1/stairwells/AY-30-3" no
time_path "community overview"        "/api/v1/community/overview"
