#!/usr/bin/env bash
# Sheet benchmark: after a first sheet (fonts read, classes loaded), how fast one homework sheet
# is written as PDF — median and 95th percentile over 30. The goal is 200 ms.
#   bench/sheet.sh        (builds the jar and the tests first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o package -DskipTests 2>/dev/null || mvn -q package -DskipTests
mvn -q -o test-compile 2>/dev/null || mvn -q test-compile
cp=target/test-classes:target/kabinet.jar:$(ls target/lib/*.jar | tr '\n' ':')
java -cp "$cp" org.kabinet.bench.SheetBench 2>/dev/null
