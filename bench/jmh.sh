#!/usr/bin/env bash
# JMH benchmarks of the hot paths (src/test/java/org/kabinet/bench/jmh): a keystroke's filter and
# sort over 5,000 clients, reading a search, phone digits, a client's card, a search of everything,
# the call planner. Results in microseconds per operation; extra arguments go to JMH, e.g.
#   bench/jmh.sh                         # all, on a fresh 5,000-client demo
#   bench/jmh.sh -Dkabinet.bench.db=F    # on a copy of F instead (a demo made by `demo`)
#   bench/jmh.sh HotPaths.keystroke      # only those whose name matches
set -euo pipefail
cd "$(dirname "$0")/.."
props=()
args=()
for a in "$@"; do
  case "$a" in -D*) props+=("$a") ;; *) args+=("$a") ;; esac
done
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test 2>/dev/null \
  || mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test
# The forked benchmark JVM gets the same -D settings.
fork=()
if [ ${#props[@]} -gt 0 ]; then fork=(-jvmArgsAppend "${props[*]}"); fi
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.openjdk.jmh.Main "${fork[@]}" "${args[@]}"
