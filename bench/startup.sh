#!/usr/bin/env bash
# Start-up benchmark: Kabinet's main window on a 5,000-client demo file against a bare JavaFX
# window, both timed from process start to the first frame on screen ("ready in N ms").
#   bench/startup.sh [RUNS]        (needs xvfb-run; builds the jar first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
mvn -q -o package -DskipTests 2>/dev/null || mvn -q package -DskipTests
db=$(mktemp -d)/bench.db
java -jar target/kabinet.jar demo --db "$db" --clients 5000 --seed 7 --locale ru >/dev/null
cp=target/test-classes:target/kabinet.jar:$(ls target/lib/*.jar | tr '\n' ':')

inner=$(mktemp)
cat > "$inner" <<IN
set -eu
for i in \$(seq $runs); do
  java -cp "$cp" org.kabinet.ui.BareWindowProbe | sed -n 's/ready in \([0-9]*\) ms/bare \1/p'
  java -jar target/kabinet.jar --db "$db" --exit-after-start | sed -n 's/ready in \([0-9]*\) ms/kabinet \1/p'
done
IN
results=$(mktemp)
xvfb-run -a -s "-screen 0 1440x900x24" bash "$inner" 2>/dev/null > "$results"
median() { grep "^$1 " "$results" | cut -d' ' -f2 | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2) }'; }
bare=$(median bare)
kabinet=$(median kabinet)
echo "runs: $runs each"
echo "bare JavaFX window:      median $bare ms   ($(grep '^bare ' "$results" | cut -d' ' -f2 | tr '\n' ' '))"
echo "Kabinet, 5,000 clients:  median $kabinet ms   ($(grep '^kabinet ' "$results" | cut -d' ' -f2 | tr '\n' ' '))"
awk -v k="$kabinet" -v b="$bare" 'BEGIN { printf "ratio: %.2fx (goal: within 1.5x)\n", k / b }'
rm -f "$inner" "$results"
