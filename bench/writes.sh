#!/usr/bin/env bash
# Writes per second on one instance, measured with wrk (issue 14: ballots, registrations for one event, pledges to
# one campaign), each request body sent once (bench/http/post-each.lua), and what was written counted in the database
# afterwards: only what is there counts. Each build in APPS (extracted app directories, default target/app, as
# ./gongzhi run prepares it) runs on a PostgreSQL database of its own with the demo data; with several builds the
# kinds are measured build after build, ROUNDS times, side by side. SECONDS per measurement (default 5) after WARM
# seconds of the same kind (default 5), CONNECTIONS (default 16) over 2 wrk threads. The event has 10,000 places
# (the most an event may have), emptied before each measurement, so registrations take places, not the waiting list.
# KINDS chooses what is measured (default: ballots registrations pledges); JAVA_OPTS go to every build (a JFR
# recording: -XX:StartFlightRecording=filename=/tmp/w.jfr,settings=profile), OPTS_0, OPTS_1, … to one build only (one
# build twice with OPTS_1=-XX:+UseParallelGC compares collectors). KEEP=1 keeps the databases.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
read -r -a APPS <<<"${APPS:-$PWD/target/app}"
SECS=${SECONDS_EACH:-5}; WARM=${WARM:-5}; ROUNDS=${ROUNDS:-2}; CONNS=${CONNECTIONS:-16}
PORT=${PORT:-8140}
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -At -v ON_ERROR_STOP=1)
WORK=$(mktemp -d /tmp/gongzhi-writes.XXXXXX)
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [[ -z "${KEEP:-}" ]]; then
    for n in "${!APPS[@]}"; do "${PSQL[@]}" -c "drop database if exists gongzhi_writes_$n" || true; done
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

token() { # base user
  curl -s -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"gongzhi-demo\"}" \
    "$1/api/v1/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

for n in "${!APPS[@]}"; do
  app=${APPS[$n]}; db=gongzhi_writes_$n; port=$((PORT + n)); dir=$WORK/a$n
  mkdir -p "$dir"
  "${PSQL[@]}" -c "drop database if exists $db" -c "create database $db"
  aot=(); [[ -f "$app/app.aot" ]] && aot=(-XX:AOTCache="$app/app.aot")
  opts_n=OPTS_$n; read -r -a opts <<<"${JAVA_OPTS:-} ${!opts_n:-}"
  (cd "$dir" && exec "$JAVA" -Xmx512m "${aot[@]}" "${opts[@]}" -jar "$(ls "$app"/gongzhi-*.jar | head -1)" \
      --spring.profiles.active=demo,postgres --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" \
      --server.port="$port" --gongzhi.files.dir="$dir/files" --gongzhi.pii.key-file="$dir/pii.key" >"$dir/app.log" 2>&1) &
  PIDS+=($!)
done
for n in "${!APPS[@]}"; do
  dir=$WORK/a$n; db=gongzhi_writes_$n; base="http://127.0.0.1:$((PORT + n))"
  for _ in $(seq 1 300); do grep -q "Demo data complete" "$dir/app.log" 2>/dev/null && break; sleep 1; done
  grep -q "Demo data complete" "$dir/app.log" || { echo "build $n did not start: $dir/app.log" >&2; exit 2; }
  "${PSQL[@]}" -d "$db" -c "select id from activity_programme order by id limit 1" >"$dir/programme"
  "$JAVA" -Dcapacity=10000 bench/InstancesLoad.java setup "$base" "$dir" >/dev/null
  token "$base" rc.staff >"$dir/staff"; token "$base" resident >"$dir/resident"
  vote=$("${PSQL[@]}" -d "$db" -c "select v.id from vote v where v.state = 'OPEN' and v.closes_at > now()
    order by (select count(*) from vote_elector e where e.vote_id = v.id) desc limit 1")
  option=$("${PSQL[@]}" -d "$db" -c "select min(position) from vote_option where vote_id = $vote")
  choice='"answer":"AGREE"'; [[ -n "$option" ]] && choice="\"options\":[$option]"
  echo "$vote" >"$dir/vote"; echo "$choice" >"$dir/choice"
  "${PSQL[@]}" -d "$db" -c "select id from resident where community_id = 1 and moved_out is null
    and birth_date < current_date - interval '18 years' order by random()" >"$dir/residents"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg); $CONNS connections, ${SECS}s each after ${WARM}s of warm-up"

# CPU time used so far, in clock ticks: of a process (by pid), or of the whole machine (no pid) less its idle time
cpu_ticks() {
  if [[ -n "${1:-}" ]]; then awk '{ print $14 + $15 }' "/proc/$1/stat"
  else awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; fi
}
# CPU time of every PostgreSQL process so far, in clock ticks (the app's connections live through a measurement)
pg_ticks() {
  local t=0 p
  for p in $(pgrep -x postgres); do t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$t"
}

# one measurement: kind, build, seconds; prints "counted/s p50 p95 p99 (ms)" after writing the bodies it needs, and
# the CPU time each counted write took: in the build's JVM, in PostgreSQL's processes, in wrk, and on the whole machine
# (those three, the kernel's loopback and anything else): less noisy than the rate on a shared machine
measure() {
  local kind=$1 n=$2 secs=$3 dir=$WORK/a$2 db=gongzhi_writes_$2 base="http://127.0.0.1:$((PORT + $2))"
  local path count token
  case $kind in
    ballots)
      local vote; vote=$(cat "$dir/vote")
      # every elector once: the vote's ballots are taken back before each measurement (the electorate, about 11,500,
      # bounds what a measurement can count: 2,300/s in 5 s)
      "${PSQL[@]}" -d "$db" -c "delete from current_ballot where vote_id = $vote" \
        -c "delete from ballot_option where ballot_id in (select id from ballot where vote_id = $vote)" \
        -c "update ballot set corrects_ballot_id = null where vote_id = $vote" -c "delete from ballot where vote_id = $vote"
      "${PSQL[@]}" -d "$db" -c "select e.id from vote_elector e where e.vote_id = $vote and not exists
        (select 1 from current_ballot c where c.vote_id = $vote and c.elector_id = e.id) order by random()" |
        awk -v c="$(cat "$dir/choice")" '{ printf "{\"electorId\":%s,%s,\"channel\":\"PAPER\",\"evidence\":\"纸质表决票 %s\"}\n", $1, c, $1 }' >"$dir/bodies"
      path=/api/v1/votes/$vote/ballots; token=$(cat "$dir/staff")
      count="select count(*) from current_ballot where vote_id = $vote" ;;
    registrations)
      local event; event=$(cat "$dir/event")
      "${PSQL[@]}" -d "$db" -c "delete from activity_registration where event_id = $event" \
        -c "update activity_event set registered = 0 where id = $event"
      awk '{ printf "{\"residentId\":%s}\n", $1 }' "$dir/residents" >"$dir/bodies"
      path=/api/v1/events/$event/registrations; token=$(cat "$dir/staff")
      count="select count(*) from activity_registration where event_id = $event" ;;
    pledges)
      local project; project=$(cat "$dir/campaign")
      seq 1 20000 | awk '{ printf "{\"amount\":\"%d.%02d\"}\n", 1 + $1 / 100, $1 % 100 }' >"$dir/bodies"
      path=/api/v1/projects/$project/campaign/pledges; token=$(cat "$dir/resident")
      count="select count(*) from renewal_pledge p join renewal_campaign c on c.id = p.campaign_id
        where c.project_id = $project" ;;
  esac
  # this machine's PostgreSQL runs without autovacuum (its CI settings); in production autovacuum clears the dead
  # versions a hot row leaves (an event's, a campaign's) within a minute. Without it, every measurement found the
  # row behind the versions of all before it, and the rate fell from round to round. VACUUM=0 leaves them.
  [[ ${VACUUM:-1} == 0 ]] || "${PSQL[@]}" -d "$db" -c "vacuum (analyze)" >/dev/null
  local before after out
  before=$("${PSQL[@]}" -d "$db" -c "$count")
  local app_before all_before pg_before; app_before=$(cpu_ticks "${PIDS[$n]}"); all_before=$(cpu_ticks)
  pg_before=$(pg_ticks)
  # wrk's own CPU (user and system seconds) from bash's time, written after its figures
  out=$( { TIMEFORMAT='WRKCPU %U %S'; time BODIES="$dir/bodies" PATH_TO_POST=$path TOKEN=$token THREADS=2 \
    wrk -t2 -c"$CONNS" -d"${secs}s" -s bench/http/post-each.lua "$base"; } 2>&1 | grep -E 'FIGURES|WRKCPU')
  local app_cpu=$(($(cpu_ticks "${PIDS[$n]}") - app_before)) all_cpu=$(($(cpu_ticks) - all_before))
  local pg_cpu=$(($(pg_ticks) - pg_before)) wrk_cpu
  wrk_cpu=$(awk '/WRKCPU/ { print $2 + $3 }' <<<"$out"); out=$(grep FIGURES <<<"$out")
  after=$("${PSQL[@]}" -d "$db" -c "$count")
  read -r _ rps p50 p95 p99 errors <<<"$out"
  awk -v n=$((after - before)) -v s="$secs" -v a="$p50" -v b="$p95" -v c="$p99" -v e="$errors" \
    -v app="$app_cpu" -v all="$all_cpu" -v pg="$pg_cpu" -v wrk="$wrk_cpu" -v hz="$(getconf CLK_TCK)" -v bodies="$(wc -l <"$dir/bodies")" \
    'BEGIN { printf "%7.0f/s  p50 %5.1f  p95 %5.1f  p99 %5.1f ms  refused %d  CPU per write: app %.2f, PostgreSQL %.2f, wrk %.2f, all %.2f ms%s",
      n / s, a / 1000, b / 1000, c / 1000, e, app * 1000 / hz / n, pg * 1000 / hz / n, wrk * 1000 / n,
      all * 1000 / hz / n,
      n >= bodies ? "  (every request body used: the rate is a lower bound; shorten SECONDS_EACH)" : "" }'
}

for kind in ${KINDS:-ballots registrations pledges}; do
  for n in "${!APPS[@]}"; do measure "$kind" "$n" "$WARM" >/dev/null; done
  for r in $(seq 1 "$ROUNDS"); do
    for n in "${!APPS[@]}"; do
      printf "%-14s build %d  round %d  %s\n" "$kind" "$n" "$r" "$(measure "$kind" "$n" "$SECS")"
    done
  done
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg); errors in the logs: $(for n in "${!APPS[@]}"; do
  grep -c ' ERROR ' "$WORK/a$n/app.log" | tr '\n' ' '; done)"
