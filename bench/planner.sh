#!/usr/bin/env bash
# Call planner benchmark: on a 5,000-client demo file (with its contact log and planned calls),
# how fast practice.followUps().plan(today) is made — median and 95th percentile after warm-up,
# the number of rows, and two of its parts. The goal is 100 ms. No window needed.
#   bench/planner.sh [FILE]   (builds the jar and the tests; writes the demo file first unless FILE exists)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o package -DskipTests 2>/dev/null || mvn -q package -DskipTests
mvn -q -o test-compile 2>/dev/null || mvn -q test-compile
tmp=""
db=${1:-}
if [ -z "$db" ]; then
  tmp=$(mktemp -d)
  db=$tmp/planner-bench.db
fi
if [ ! -f "$db" ]; then
  java -jar target/kabinet.jar demo --db "$db" --clients 5000 --seed 7 --locale ru 2>/dev/null
fi
cp=target/test-classes:target/kabinet.jar:$(ls target/lib/*.jar | tr '\n' ':')
java -cp "$cp" org.kabinet.bench.PlannerBench "$db" 2>/dev/null
if [ -n "$tmp" ]; then
  rm -rf "$tmp"
fi
