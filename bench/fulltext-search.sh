#!/usr/bin/env bash
# Full-text search benchmark: the search field over 5,000 clients and 200,000 notes (Russian),
# beside the same statements run by the sqlite3 shell on the same file. No window needed.
#   bench/fulltext-search.sh [FILE]   (builds the jar; writes the demo file first unless FILE exists;
#                                      needs sqlite3 on the PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o package -DskipTests 2>/dev/null || mvn -q package -DskipTests
mvn -q -o test-compile 2>/dev/null || mvn -q test-compile
db=${1:-$(mktemp -d)/notes-bench.db}
if [ ! -f "$db" ]; then
  java -jar target/kabinet.jar demo --db "$db" --clients 5000 --notes 200000 --seed 7 --locale ru
fi
cp=target/test-classes:target/kabinet.jar:$(ls target/lib/*.jar | tr '\n' ':')
java -cp "$cp" org.kabinet.bench.FullTextSearchBench "$db" 2>/dev/null
