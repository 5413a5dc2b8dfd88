#!/usr/bin/env bash
# Several identical instances behind nginx on one PostgreSQL (issue 14, item 5). Starts the packaged app (prepared
# by ./gongzhi run, as bench/kill-test.sh uses it) up to three times on one database (gongzhi_inst_bench) with one
# shared photo directory and key file, nginx in front (deploy/nginx/gongzhi.conf; installed from Debian if missing,
# run unprivileged in the foreground with its own prefix under the work directory, on 127.0.0.1 only), and
# bench/InstancesLoad.java as the client:
#   1. throughput with one instance: ballots, registrations for one event, pledges, each alone for EACH seconds (default 8)
#   2. the same with three instances
#   3. all three kinds at once for KILL_LOAD seconds (default 24); KILL_AFTER seconds in (default 8) instance 2 is
#      killed with kill -9 and started again
# then checks in the database that every acknowledged ballot, registration and pledge is there exactly once, that no
# elector is counted twice, that the event is not overbooked and that no pledge (each of an amount of its own) is there
# twice, acknowledged or not. Exits 1 if not. Ports: nginx PORT (default 8120), instances PORT+1..PORT+3.
# KEEP=1 keeps the work directory and the database. ONE=1 measures one instance directly (no nginx, no second and
# third instance, no kill) and then checks; JAVA_OPTS adds options to every instance (e.g. a flight recording).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$(ls "$PWD"/target/app/gongzhi-*.jar | head -1)
AOT=(); [[ -f target/app/app.aot ]] && AOT=(-XX:AOTCache="$PWD/target/app/app.aot")
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PORT=${PORT:-8120}
EACH=${EACH:-8}
DB=${DB:-gongzhi_inst_bench}
BASE="http://127.0.0.1:$PORT"
[[ "${ONE:-}" ]] && BASE="http://127.0.0.1:$((PORT + 1))"
read -r -a EXTRA <<<"${JAVA_OPTS:-}"
WORK=$(mktemp -d /tmp/gongzhi-instances.XXXXXX)
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)
declare -A PIDS
NGINX_PID=

command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || apt-get install -y nginx >/dev/null
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

cleanup() {
  for n in "${!PIDS[@]}"; do kill "${PIDS[$n]}" 2>/dev/null || true; done
  [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  if [[ "${KEEP:-}" ]]; then echo "kept $WORK and database $DB"; else
    rm -rf "$WORK"; "${PSQL[@]}" -c "drop database if exists $DB" || true; fi
}
trap cleanup EXIT

"${PSQL[@]}" -c "drop database if exists $DB" -c "create database $DB"
mkdir -p "$WORK/files" "$WORK/nginx/logs"

# every instance alike: one database, one photo directory (NFS in production), one key file for the ID numbers
start() {
  local n=$1 port=$((PORT + $1))
  mkdir -p "$WORK/i$n"
  (cd "$WORK/i$n" && exec "$JAVA" -Xmx512m "${AOT[@]}" "${EXTRA[@]}" -jar "$JAR" \
      --spring.profiles.active=demo,postgres --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
      --server.port="$port" --gongzhi.files.dir="$WORK/files" --gongzhi.pii.key-file="$WORK/pii.key" \
      >>"$WORK/i$n/app.log" 2>&1) &
  PIDS[$n]=$!
}
ready() {
  local port=$((PORT + $1))
  for _ in $(seq 1 900); do
    curl -s -o /dev/null -H 'Content-Type: application/json' -d '{"username":"resident","password":"gongzhi-demo"}' \
      -w '%{http_code}' "http://127.0.0.1:$port/api/v1/auth/token" | grep -q 200 && return
    sleep 0.2
  done
  echo "instance $1 did not start; see $WORK/i$1/app.log" >&2; exit 2
}

# nginx: the repository's configuration, its ports moved to this run's, inside a minimal unprivileged main file
conf() {
  local p1=$((PORT + 1)) p2=$((PORT + 2)) p3=$((PORT + 3))
  sed -e "s/127\.0\.0\.1:8081/127.0.0.1:$p1/" -e "s/127\.0\.0\.1:8082/127.0.0.1:$p2/" \
      -e "s/127\.0\.0\.1:8083/127.0.0.1:$p3/" -e "s/listen 127\.0\.0\.1:8080/listen 127.0.0.1:$PORT/" \
      deploy/nginx/gongzhi.conf >"$WORK/nginx/gongzhi.conf"
  cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/client_body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    include $WORK/nginx/gongzhi.conf;
}
EOF
}
if [[ -z "${ONE:-}" ]]; then
  conf
  "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
  NGINX_PID=$!
fi

start 1; ready 1
# the demo's register and stories load in the background on a first start: let them finish first
for _ in $(seq 1 300); do grep -q "Demo data complete" "$WORK/i1/app.log" && break; sleep 1; done

# what the client acts on: the open vote of the whole community and its electors without a ballot, the adult
# residents for the event (adults: a child needs a guardian), and the first amount in fen for pledges
VOTE=$("${PSQL[@]}" -At -d "$DB" -c "select v.id from vote v where v.state = 'OPEN' and v.closes_at > now()
  order by (select count(*) from vote_elector e where e.vote_id = v.id) desc limit 1")
echo "$VOTE" >"$WORK/vote"
OPTION=$("${PSQL[@]}" -At -d "$DB" -c "select min(position) from vote_option where vote_id = $VOTE")
if [[ -n "$OPTION" ]]; then echo "\"options\":[$OPTION]" >"$WORK/choice"; else echo '"answer":"AGREE"' >"$WORK/choice"; fi
"${PSQL[@]}" -At -d "$DB" -c "select e.id from vote_elector e where e.vote_id = $VOTE and not exists
  (select 1 from current_ballot c where c.vote_id = $VOTE and c.elector_id = e.id) order by random()" >"$WORK/electors"
"${PSQL[@]}" -At -d "$DB" -c "select id from activity_programme order by id limit 1" >"$WORK/programme"
"${PSQL[@]}" -At -d "$DB" -c "select id from resident where community_id = 1 and moved_out is null
  and birth_date < current_date - interval '18 years' order by random()" \
  >"$WORK/residents"
echo 1 >"$WORK/pledge-next"
for kind in ballots registrations pledges; do touch "$WORK/ack-$kind" "$WORK/unsure-$kind"; done
"$JAVA" -Dcapacity="${CAPACITY:-300}" bench/InstancesLoad.java setup "$BASE" "$WORK"
EVENT=$(cat "$WORK/event"); PROJECT=$(cat "$WORK/campaign")
echo "vote $VOTE ($(wc -l <"$WORK/electors") electors without a ballot), event $EVENT (capacity ${CAPACITY:-300}," \
  "$(wc -l <"$WORK/residents") residents), campaign of project $PROJECT; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# the client takes electors and residents from the lists and leaves the rest for the next round
load() { # kinds seconds label
  "$JAVA" -Dthreads="${THREADS:-6}" bench/InstancesLoad.java run "$BASE" "$WORK" "$1" "$2" "$3"
  local list kind
  for list in electors:ballots residents:registrations; do
    kind=${list#*:}; list=${list%:*}
    sort "$WORK/$list" >"$WORK/$list.all"
    cat "$WORK/ack-$kind" "$WORK/unsure-$kind" 2>/dev/null | awk '{ print $NF }' | sort -u >"$WORK/used"
    comm -23 "$WORK/$list.all" "$WORK/used" | shuf >"$WORK/$list"
  done
}

for kind in ballots registrations pledges; do load "$kind" "$EACH" "1 inst"; done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -z "${ONE:-}" ]]; then
  start 2; start 3; ready 2; ready 3
  for kind in ballots registrations pledges; do load "$kind" "$EACH" "3 inst"; done
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"

  # all at once; one instance is killed in the middle and comes back
  "$JAVA" -Dthreads="${THREADS:-6}" bench/InstancesLoad.java run "$BASE" "$WORK" ballots,registrations,pledges \
    "${KILL_LOAD:-24}" "kill" &
  CLIENT=$!
  sleep "${KILL_AFTER:-8}"
  kill -9 "${PIDS[2]}"; wait "${PIDS[2]}" 2>/dev/null || true
  echo "killed instance 2 (kill -9) at $(date -u +%T)"
  start 2
  wait "$CLIENT"
  ready 2
  echo "instance 2 answers again at $(date -u +%T); load average $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# every acknowledged action once; nothing unacknowledged counted twice; no overbooking
for kind in ballots registrations pledges; do touch "$WORK/ack-$kind" "$WORK/unsure-$kind"; done
"${PSQL[@]}" -At -d "$DB" >"$WORK/check" <<EOF
create temp table ack_ballot (id bigint, elector bigint);
create temp table ack_reg (id bigint, resident bigint);
create temp table ack_pledge (id bigint, fen bigint);
create temp table unsure_pledge (fen bigint);
\copy ack_ballot from '$WORK/ack-ballots' with (delimiter ' ')
\copy ack_reg from '$WORK/ack-registrations' with (delimiter ' ')
\copy ack_pledge from '$WORK/ack-pledges' with (delimiter ' ')
\copy unsure_pledge from '$WORK/unsure-pledges'
select 'ballots acknowledged ' || (select count(*) from ack_ballot)
  || ', counted ' || (select count(*) from current_ballot where vote_id = $VOTE and ballot_id in (select id from ack_ballot))
  || ', acknowledged but not counted ' || (select count(*) from ack_ballot a where not exists
       (select 1 from current_ballot c where c.vote_id = $VOTE and c.ballot_id = a.id and c.elector_id = a.elector));
select 'electors counted twice ' || count(*) from (select elector_id from current_ballot where vote_id = $VOTE
  group by elector_id having count(*) > 1) d;
select 'registrations acknowledged ' || (select count(*) from ack_reg)
  || ', acknowledged but missing ' || (select count(*) from ack_reg a where not exists
       (select 1 from activity_registration r where r.id = a.id and r.event_id = $EVENT and r.resident_id = a.resident
        and r.cancelled_at is null));
select 'residents registered twice ' || count(*) from (select resident_id from activity_registration
  where event_id = $EVENT and cancelled_at is null group by resident_id having count(*) > 1) d;
select 'places taken ' || (select count(*) from activity_registration where event_id = $EVENT
  and status = 'REGISTERED' and cancelled_at is null) || ' of ' || (select capacity from activity_event where id = $EVENT)
  || ', overbooked ' || greatest(0, (select count(*) from activity_registration where event_id = $EVENT
  and status = 'REGISTERED' and cancelled_at is null) - (select capacity from activity_event where id = $EVENT));
select 'pledges acknowledged ' || (select count(*) from ack_pledge)
  || ', acknowledged but missing ' || (select count(*) from ack_pledge a where not exists
       (select 1 from renewal_pledge p join renewal_campaign c on c.id = p.campaign_id
        where c.project_id = $PROJECT and p.amount_fen = a.fen))
  || ', unanswered ' || (select count(*) from unsure_pledge)
  || ' (of which recorded ' || (select count(*) from unsure_pledge u where exists (select 1 from renewal_pledge p
        join renewal_campaign c on c.id = p.campaign_id where c.project_id = $PROJECT and p.amount_fen = u.fen)) || ')';
select 'pledges recorded twice ' || count(*) from (select p.amount_fen from renewal_pledge p
  join renewal_campaign c on c.id = p.campaign_id where c.project_id = $PROJECT group by p.amount_fen
  having count(*) > 1) d;
EOF
cat "$WORK/check"
status=0
grep -qE "but not counted [1-9]|twice [1-9]|but missing [1-9]|overbooked [1-9]" "$WORK/check" && status=1
[[ $(grep -c . "$WORK/ack-ballots") -gt 0 && $(grep -c . "$WORK/ack-registrations") -gt 0 \
   && $(grep -c . "$WORK/ack-pledges") -gt 0 ]] || { echo "a kind of action was never acknowledged" >&2; status=1; }
echo "instance logs: $(for n in "${!PIDS[@]}"; do grep -c ' ERROR ' "$WORK/i$n/app.log" | tr '\n' ' '; done)errors" \
  "(instances ${!PIDS[*]}); load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ $status -ne 0 ]]; then echo "FAILED" >&2; else echo "every acknowledged action is there exactly once"; fi
exit $status
