#!/usr/bin/env bash
# Times the public micro-renewal board (page and API, totals) and the basketball court's crowdfunding ledger once it
# holds 2,000 entries, against a running demo (./gongzhi run). Loopback only; bounded loops. It adds expenses of
# 0.01 yuan to the court's crowdfunding line until the ledger holds 2,000 entries: run it on a throw-away ./data.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
ROUNDS=${ROUNDS:-50}
ENTRIES=${ENTRIES:-2000}

token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"rc.staff","password":"gongzhi-demo"}' \
  "$BASE/api/v1/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
court=$(curl -sf "$BASE/api/v1/projects?kind=SPORTS" | python3 -c 'import json,sys
print(next(p["id"] for p in json.load(sys.stdin)["items"] if p["title"] == "众筹改造篮球场"))')
line=$(curl -sf "$BASE/api/v1/projects/$court" | python3 -c 'import json,sys
print(next(l["id"] for l in json.load(sys.stdin)["funding"] if l["source"] == "CROWDFUNDING"))')
entries() { curl -sf "$BASE/api/v1/projects/$court/ledger?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }

have=$(entries)
started=$(date +%s)
for _ in $(seq "$have" $((ENTRIES - 1))); do
  curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"lineId\":$line,\"amount\":\"0.01\",\"payee\":\"体育器材供应商\",\"purpose\":\"篮网零件\"}" \
    "$BASE/api/v1/projects/$court/spending"
done
have=$(entries)
echo "ledger of project $court: $have entries (expenses booked in $(( $(date +%s) - started )) s)"
last=$(( (have - 1) / 20 ))

time_path() {
  local label=$1 path=$2 total=0 worst=0
  for _ in $(seq 1 "$ROUNDS"); do
    t=$(curl -sf -o /dev/null -w '%{time_total}' "$BASE$path")
    ms=$(awk -v t="$t" 'BEGIN { printf "%d", t * 1000 }')
    total=$((total + ms)); (( ms > worst )) && worst=$ms
  done
  printf '%-32s mean %4d ms   worst %4d ms   (%d requests)\n' "$label" $((total / ROUNDS)) "$worst" "$ROUNDS"
}

time_path "board page (public HTML)"      "/projects"
time_path "board API (public)"            "/api/v1/projects"
time_path "board totals API (public)"     "/api/v1/projects/totals"
time_path "project page, court (HTML)"    "/projects/$court"
time_path "project API, court"            "/api/v1/projects/$court"
time_path "ledger API, first page"        "/api/v1/projects/$court/ledger"
time_path "ledger API, last page"         "/api/v1/projects/$court/ledger?page=$last"
time_path "campaign page, last (HTML)"    "/projects/$court/campaign?page=$last"
