#!/usr/bin/env bash
# Backup benchmark: a backup of a practice of 5,000 clients and 200,000 notes (about 300 MB),
# beside the sqlite3 shell's .backup of the same file. No window needed.
#   bench/backup.sh [FILE]   (builds the jar; writes the demo file first unless FILE exists; needs sqlite3)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o package -DskipTests 2>/dev/null || mvn -q package -DskipTests
mvn -q -o test-compile 2>/dev/null || mvn -q test-compile
db=${1:-$(mktemp -d)/backup-bench.db}
if [ ! -f "$db" ]; then
  java -jar target/kabinet.jar demo --db "$db" --clients 5000 --notes 200000 --seed 7 --locale ru
fi
cp=target/test-classes:target/kabinet.jar:$(ls target/lib/*.jar | tr '\n' ':')
java -cp "$cp" org.kabinet.bench.BackupBench "$db" 2>/dev/null
