#!/usr/bin/env bash
# Issue 14: "any community's pages no more than 1.5x slower at factor 60 than at factor 1". Two running apps, A on
# factor-1 data and B on factor-60 data (bench/datagen.sh), are asked the same pages one request at a time, A and B
# alternating, so that a shared machine's ups and downs fall on both alike. Prints per path the median and mean of
# each side and B's median over A's. Loopback only; bounded loops.
# Usage: BASE_A=http://localhost:8111 BASE_B=http://localhost:8112 STAFF_A=rc.staff.c1 STAFF_B=rc.staff.c17 \
#        CARD_A=C1-1-1 CARD_B=C17-1-1 ROUNDS=20 bench/scale-compare.sh
set -euo pipefail
BASE_A=${BASE_A:-http://localhost:8111}
BASE_B=${BASE_B:-http://localhost:8112}
STAFF_A=${STAFF_A:-rc.staff.c1}
STAFF_B=${STAFF_B:-rc.staff.c1}
CARD_A=${CARD_A:-C1-1-1}
CARD_B=${CARD_B:-C1-1-1}
PASSWORD=${PASSWORD:-gongzhi-demo}
ROUNDS=${ROUNDS:-20}
WARMUP=${WARMUP:-3}

token() {
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"$PASSWORD\"}" \
    "$1/api/v1/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}
# a form sign-in's session cookie, for the pages
session() {
  local jar csrf
  jar=$(mktemp)
  csrf=$(curl -sf -c "$jar" -b "$jar" "$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$2" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$1/login"
  echo "JSESSIONID=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")"
  rm -f "$jar"
}
TOKEN_A=$(token "$BASE_A" "$STAFF_A"); TOKEN_B=$(token "$BASE_B" "$STAFF_B")
SESSION_A=$(session "$BASE_A" "$STAFF_A"); SESSION_B=$(session "$BASE_B" "$STAFF_B")

# one request: prints milliseconds; fails on an answer other than 200
once() {
  local base=$1 path=$2 auth=$3 token=$4 cookie=$5 out
  case $auth in
    token) out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" "$base$path") ;;
    session) out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$cookie" "$base$path") ;;
    *) out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$base$path") ;;
  esac
  [[ ${out%% *} == 200 ]] || { echo "HTTP ${out%% *} for $base$path" >&2; return 1; }
  awk -v t="${out#* }" 'BEGIN { printf "%.1f\n", t * 1000 }'
}

stats() { sort -n | awk '{ v[NR] = $1; s += $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f %.1f\n", m, s / NR }'; }

compare() {
  local label=$1 path_a=$2 path_b=$3 auth=$4 a=() b=()
  for _ in $(seq 1 "$WARMUP"); do
    once "$BASE_A" "$path_a" "$auth" "$TOKEN_A" "$SESSION_A" >/dev/null
    once "$BASE_B" "$path_b" "$auth" "$TOKEN_B" "$SESSION_B" >/dev/null
  done
  for i in $(seq 1 "$ROUNDS"); do
    if (( i % 2 )); then
      a+=("$(once "$BASE_A" "$path_a" "$auth" "$TOKEN_A" "$SESSION_A")"); b+=("$(once "$BASE_B" "$path_b" "$auth" "$TOKEN_B" "$SESSION_B")")
    else
      b+=("$(once "$BASE_B" "$path_b" "$auth" "$TOKEN_B" "$SESSION_B")"); a+=("$(once "$BASE_A" "$path_a" "$auth" "$TOKEN_A" "$SESSION_A")")
    fi
  done
  read -r ma ea < <(printf '%s\n' "${a[@]}" | stats)
  read -r mb eb < <(printf '%s\n' "${b[@]}" | stats)
  printf '%-26s A median %7.1f ms mean %7.1f   B median %7.1f ms mean %7.1f   B/A %5.2f\n' "$label" "$ma" "$ea" "$mb" "$eb" \
    "$(awk -v a="$ma" -v b="$mb" 'BEGIN { printf "%.2f", b / a }')"
}

echo "A $BASE_A as $STAFF_A, card $CARD_A; B $BASE_B as $STAFF_B, card $CARD_B; $ROUNDS rounds each, alternating ($(date -u +%FT%TZ))"
compare "staff home API"        /api/v1/me/today          /api/v1/me/today          token
compare "dashboard API"         /api/v1/dashboard         /api/v1/dashboard         token
compare "dashboard page"        /dashboard                /dashboard                session
compare "proposal list API"     /api/v1/proposals         /api/v1/proposals         token
compare "proposal list page"    /proposals                /proposals                session
compare "stairwell card (/s/)"  "/s/$CARD_A"              "/s/$CARD_B"              none
compare "stairwell card API"    "/api/v1/stairwells/$CARD_A" "/api/v1/stairwells/$CARD_B" none
compare "Open311 request list"  /open311/v2/requests.json /open311/v2/requests.json none
