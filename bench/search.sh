#!/usr/bin/env bash
# Search benchmark: how fast the client list answers a keystroke with 5,000 clients, in the real
# window (Russian names and phone digits, typed one key at a time).
#   bench/search.sh [DEMO-FILE]   (needs xvfb-run; builds the jar first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o package -DskipTests 2>/dev/null || mvn -q package -DskipTests
# A file given (a demo: the benchmark opens it as the window does) or a fresh 5,000-client demo.
db=${1:-}
made=false
if [ -z "$db" ]; then
  db=$(mktemp -d)/bench.db
  java -jar target/kabinet.jar demo --db "$db" --clients 5000 --seed 7 --locale ru >/dev/null
  made=true
fi
cp=target/test-classes:target/kabinet.jar:$(ls target/lib/*.jar | tr '\n' ':')
xvfb-run -a -s "-screen 0 1440x900x24" java -cp "$cp" org.kabinet.bench.SearchKeystrokeBench\$Launcher "$db" 2>/dev/null
