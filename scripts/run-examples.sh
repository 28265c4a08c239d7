#!/usr/bin/env bash
# Runs every program in examples/ (top level); any failure fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
for program in examples/*.ts; do
  echo "▶ ${program}"
  node_modules/.bin/tsx "${program}" > /dev/null
done
echo "all examples ran"
