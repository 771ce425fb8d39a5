#!/usr/bin/env bash
# Open-a-client benchmark: on a 5,000-client demo file (three years of sessions), how long the
# card of the client with the most sessions takes to load (card, sessions, program progress, list
# row), how long the whole client list takes (with last/next session and progress columns), and
# the program report of the Base.
#   bench/open-client.sh        (no display needed; builds the jar first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o package -DskipTests 2>/dev/null || mvn -q package -DskipTests
mvn -q -o test-compile 2>/dev/null || mvn -q test-compile
db=$(mktemp -d)/bench.db
java -jar target/kabinet.jar demo --db "$db" --clients 5000 --seed 7 --locale ru
cp=target/test-classes:target/kabinet.jar:$(ls target/lib/*.jar | tr '\n' ':')
java -cp "$cp" org.kabinet.bench.OpenClientBench "$db" 2>/dev/null
rm -f "$db" "$db-wal" "$db-shm"
