#!/usr/bin/env bash
# Deterministic bench data (issue 14, item 1): FACTOR communities shaped like the Aoyuan demo community, loaded into
# an empty database whose schema the application's own Flyway migrations create first (PostgreSQL by COPY, H2 by
# batched inserts). See bench/README.md, "Generated data".
# Usage: bench/datagen.sh FACTOR [SEED] [JDBC-URL]   (default seed 1, default URL jdbc:postgresql://127.0.0.1:5432/gongzhi_gen)
#        DB_USER / DB_PASSWORD as named (default postgres / empty; sa / empty for H2); KEY_FILE to keep the ID-number key.
set -euo pipefail
FACTOR=${1:?usage: bench/datagen.sh FACTOR [SEED] [JDBC-URL]}
SEED=${2:-1}
URL=${3:-jdbc:postgresql://127.0.0.1:5432/gongzhi_gen}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"

cd "$ROOT"
# the application's classes (migrations, ID-number cipher) and its runtime dependencies, offline
if [[ ! -d target/classes/db/migration ]]; then
  ./mvnw -B -q -o compile
fi
cp_file=target/datagen.classpath
if [[ ! -s $cp_file || pom.xml -nt $cp_file ]]; then
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null
fi
args=("$FACTOR" "$SEED" "$URL")
if [[ -n ${DB_USER:-} ]]; then args+=("$DB_USER" "${DB_PASSWORD:-}"); fi
out=$(mktemp)
start=$(date +%s.%N)
"$JAVA" -Xmx${DATAGEN_HEAP:-2g} -cp "target/classes:$(cat "$cp_file")" "$HERE/datagen/DataGen.java" "${args[@]}" | tee "$out"
end=$(date +%s.%N)
if [[ -n ${KEY_FILE:-} ]]; then
  sed -n 's/^GONGZHI_PII_KEY=//p' "$out" > "$KEY_FILE"
fi
rm -f "$out"
awk -v s="$start" -v e="$end" 'BEGIN { printf "wall clock (JVM start, schema, generation, load): %.1f s\n", e - s }'
