#!/usr/bin/env bash
# The one gate (`npm test`): every check in a fixed order, failing fast, ending with the plain line
# "N passed, N failed" (vitest's tests plus the other gates, each gate counted as one check).
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

passed=0
failed=0
vitest_passed=0
vitest_failed=0

summary() {
  echo
  echo "$((passed + vitest_passed)) passed, $((failed + vitest_failed)) failed"
}

gate() {
  local name=$1
  shift
  echo
  echo "── ${name} ──"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "✗ ${name} failed"
    summary
    exit 1
  fi
}

run_vitest() {
  mkdir -p reports
  rm -f reports/vitest.json
  vitest run --coverage --reporter=default --reporter=json --outputFile.json=reports/vitest.json
  local status=$?
  if [ -f reports/vitest.json ]; then
    read -r vitest_passed vitest_failed < <(node -e "const r=require('./reports/vitest.json');console.log(r.numPassedTests, r.numFailedTests)")
  fi
  return $status
}

gate "root export up to date" tsx scripts/generate-index.ts --check
gate "type check (sources, tests, benchmarks, examples)" tsc --noEmit -p tsconfig.json
gate "lint" eslint .
gate "unit, property and type tests with coverage" run_vitest
gate "build (ESM + CJS + .d.ts)" tsup
gate "bundle sizes, all dependencies included (test/bundle)" vitest run --config vitest.bundle.config.ts
gate "publint" publint --strict
gate "are the types wrong (node16)" attw --pack . --profile node16 --format table-flipped
gate "the packed tarball installs and loads (import and require)" bash scripts/smoke-pack.sh
gate "size budgets" size-limit
gate "API reference (typedoc, strict validation)" typedoc --out reports/docs-check
gate "examples" bash scripts/run-examples.sh
gate "mutation testing, incremental: each module at its break threshold (docs/quality.md)" tsx scripts/mutation.ts --gate
summary
