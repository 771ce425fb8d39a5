#!/usr/bin/env bash
# The benchmark of issue 9, one command:
#   bench/run.sh            the 5,000-client practice (75,000 sessions, 200,000 notes, 100,000
#                           homework): every operation's median and 95th percentile beside SQLite,
#                           then the on-screen goals (bench/on-screen.sh, bench/search.sh) on it
#   bench/run.sh --growth   also 500 and 20,000 clients in the same proportions, and the growth
#                           table and chart for docs/benchmarks.md
# Builds the jar, makes each demo file once (kept in target/bench/ for the next run), runs
# `java -jar target/kabinet.jar bench` under xvfb-run when there is no display, and keeps each
# run's JSON in target/bench/. Needs xvfb-run on a machine without a screen.
set -euo pipefail
cd "$(dirname "$0")/.."
growth=false
[ "${1:-}" = "--growth" ] && growth=true
mvn -q -o package -DskipTests 2>/dev/null || mvn -q package -DskipTests
mkdir -p target/bench
chmod 700 target/bench

# The demo file for N clients: 15 sessions, 40 notes and 20 homework assignments per client.
demo_file() {
  local n=$1 file=target/bench/demo-$1.db
  if [ ! -f "$file" ]; then
    echo "Writing the $n-client demo practice (once)..." >&2
    java -jar target/kabinet.jar demo --db "$file" --clients "$n" --sessions $((n * 15)) \
      --notes $((n * 40)) --homework $((n * 20)) --seed 7 --locale ru >&2
  fi
  echo "$file"
}

# Runs the benchmark on N clients with the given extra options; text on the console, JSON kept.
bench() {
  local n=$1; shift
  local file; file=$(demo_file "$n")
  local run=(java -jar target/kabinet.jar bench --db "$file" "$@")
  if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    run=(xvfb-run -a -s "-screen 0 1440x900x24" "${run[@]}")
  fi
  "${run[@]}" --json-to "target/bench/bench-$n.json"
}

bench 5000
# The goals set on screen (a card, the report, the planner within 100 ms; a keystroke within 50 ms),
# in the real window on the same file.
echo; echo "On screen, in the real window:"
bench/on-screen.sh "$(demo_file 5000)" | tee target/bench/on-screen-5000.txt
bench/search.sh "$(demo_file 5000)" | tee target/bench/keystroke-5000.txt
if $growth; then
  bench 500
  # A 20,000-client file is about 1.2 GB: one backup and one export are enough to see the growth.
  bench 20000 --heavy-runs 1 --startup-runs 3
  mvn -q -o test-compile 2>/dev/null || mvn -q test-compile
  java -cp "target/test-classes:target/kabinet.jar" org.kabinet.bench.GrowthChart \
    target/bench/bench-500.json target/bench/bench-5000.json target/bench/bench-20000.json \
    target/bench/growth.svg > target/bench/growth.md
  echo "Growth table: target/bench/growth.md; chart: target/bench/growth.svg"
fi
