#!/usr/bin/env bash
# On-screen benchmark: on a 5,000-client demo file, how fast the card of the client with the most
# sessions appears with its sessions tab, and how fast the program report redraws for another
# period — each from the action to the frame that shows it, in the real window.
#   bench/on-screen.sh [DEMO-FILE]   (needs xvfb-run; builds the jar first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o package -DskipTests 2>/dev/null || mvn -q package -DskipTests
mvn -q -o test-compile 2>/dev/null || mvn -q test-compile
# A file given (a demo: the benchmark opens it as the window does) or a fresh 5,000-client demo.
db=${1:-}
made=false
if [ -z "$db" ]; then
  db=$(mktemp -d)/bench.db
  java -jar target/kabinet.jar demo --db "$db" --clients 5000 --seed 7 --locale ru >/dev/null
  made=true
fi
cp=target/test-classes:target/kabinet.jar:$(ls target/lib/*.jar | tr '\n' ':')
xvfb-run -a -s "-screen 0 1440x900x24" java -cp "$cp" org.kabinet.bench.OnScreenBench\$Launcher "$db" 2>/dev/null
if $made; then rm -f "$db" "$db-wal" "$db-shm"; fi
