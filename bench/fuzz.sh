#!/usr/bin/env bash
# Fuzzes each target (issue 17, item 10) with Jazzer: the statutory tally calculator, the resident import's .xlsx
# reader, the Open311 endpoints and the forms' binders. Each runs for DURATION seconds (default 600, the ten-minute
# run); new inputs that reach new code are kept under .cifuzz-corpus/ (copy the interesting ones into the test's
# ...Inputs directory under src/test/resources so that every test run replays them). A finding stops the target,
# prints the input and leaves it under src/test/resources as a crash file; the script then exits 1.
#   bench/fuzz.sh                     all four targets
#   DURATION=60 bench/fuzz.sh Open311FuzzTest
set -uo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DURATION=${DURATION:-600}
TARGETS=("$@")
[[ ${#TARGETS[@]} -eq 0 ]] && TARGETS=(TallyFuzzTest ResidentWorkbookFuzzTest Open311FuzzTest FormBindersFuzzTest)
./mvnw -q -B test-compile 2>/dev/null
status=0
for target in "${TARGETS[@]}"; do
  log=$(mktemp)
  # the tests' maxDuration is ten minutes; a shorter run is ended DURATION seconds after fuzzing began (the
  # application's start is not counted) by SIGINT, which libFuzzer takes as "stop and report"
  JAZZER_FUZZ=1 ./mvnw -B -o surefire:test@fuzz -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    >"$log" 2>&1 &
  mvn=$!
  until grep -q 'INITED' "$log" || ! kill -0 "$mvn" 2>/dev/null; do sleep 1; done
  # Maven forks the test JVM through a shell: the JVM is a grandchild
  ( sleep "$DURATION"; for shell in $(pgrep -P "$mvn"); do pkill -INT -P "$shell" java; done ) &
  timer=$!
  wait "$mvn"
  result=$?
  kill "$timer" 2>/dev/null
  runs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  done_line=$(grep -E '^Done [0-9]+ runs' "$log" | tail -1)
  echo "$target: ${done_line:-${runs:-0} runs}; $(grep -cE '^#[0-9]+.*NEW' "$log") new inputs (exit $result)"
  if grep -qE '== Java Exception|FuzzTestFindingException|Tests run:.*(Failures: [1-9]|Errors: [1-9])' "$log"; then
    echo "  FINDING: see $log"; grep -E -A12 '== Java Exception' "$log" | head -30; status=1
  elif ! grep -qE 'INITED' "$log"; then
    echo "  the run failed ($result): see $log"; status=1
  else
    rm -f "$log"
  fi
done
exit $status
