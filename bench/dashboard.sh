#!/usr/bin/env bash
# Times the community dashboard (page and API, a whole year and five years, one grid), the public transparency page
# and the open data against a running demo (./gongzhi run). Loopback only; bounded loops.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
ROUNDS=${ROUNDS:-50}
STAFF=${STAFF:-rc.staff}          # e.g. rc.staff.c17 on generated data (bench/datagen.sh)
PASSWORD=${PASSWORD:-gongzhi-demo}
GRID=${GRID:-1}                   # a grid of that community, by its number

token=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$STAFF\",\"password\":\"$PASSWORD\"}" \
  "$BASE/api/v1/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
today=$(date -u +%F)
five_years=$(date -u -d "$today - 5 years + 1 day" +%F)

time_path() {
  local label=$1 path=$2 auth=${3:-yes} total=0 times=()
  for _ in $(seq 1 "$ROUNDS"); do
    if [[ $auth == yes ]]; then
      read -r code t < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $token" "$BASE$path")
    else
      read -r code t < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$path")
    fi
    if [[ $code != 200 ]]; then
      # e.g. the map of a generated community, which has no map: 404; the other lines still run
      printf '%-30s HTTP %s\n' "$label" "$code"
      return
    fi
    ms=$(awk -v t="$t" 'BEGIN { printf "%d", t * 1000 }')
    total=$((total + ms)); times+=("$ms")
  done
  read -r p50 p95 worst < <(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 }
    END { i50 = int(NR * 0.50 + 0.5); i95 = int(NR * 0.95 + 0.5); if (i50 < 1) i50 = 1; if (i95 < 1) i95 = 1
          print v[i50], v[i95], v[NR] }')
  printf '%-30s mean %4d ms   p50 %4d ms   p95 %4d ms   worst %4d ms   (%d requests)\n' "$label" $((total / ROUNDS)) \
    "$p50" "$p95" "$worst" "$ROUNDS"
}

time_path "staff home API"               "/api/v1/me/today"
time_path "dashboard API, last year"     "/api/v1/dashboard"
time_path "dashboard API, five years"    "/api/v1/dashboard?from=$five_years&to=$today"
time_path "dashboard API, one grid"      "/api/v1/dashboard?grid=$GRID"
time_path "dashboard map API"           "/api/v1/dashboard/map?measure=VOTED"
time_path "dashboard page (HTML)"        "/dashboard"
time_path "grid page (HTML)"             "/dashboard/grids/$GRID"
time_path "transparency API (public)"    "/api/v1/transparency" no
time_path "transparency page (public)"   "/transparency" no
time_path "open data zip (public)"       "/open-data.zip" no
