#!/usr/bin/env bash
# The one gate (`npm test`): every check in a fixed order, failing fast, each named as it starts and timed as it
# ends, ending with the plain line "N passed, N failed" (vitest's tests plus the other gates, each gate counted as
# one check). The code is type-checked once, by tsc (sources, tests with their type tests, benchmarks, examples):
# vitest runs without its own type check and the declaration build skips checking (vitest.config.ts, tsup.config.ts).
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

passed=0
failed=0
vitest_passed=0
vitest_failed=0

summary() {
  echo
  echo "all gates: $((SECONDS - started_all)) s"
  echo "$((passed + vitest_passed)) passed, $((failed + vitest_failed)) failed"
}

started_all=$SECONDS

gate() {
  local name=$1
  shift
  echo
  echo "── ${name} ──"
  local started=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    echo "✓ ${name} ($((SECONDS - started)) s)"
  else
    failed=$((failed + 1))
    echo "✗ ${name} failed ($((SECONDS - started)) s)"
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

# PostgreSQL for the adapter, race and crash tests: the server in DATABASE_URL, else a throwaway one on loopback
# (scripts/postgres.sh) when PostgreSQL is installed, else those runs are skipped, and this says so.
if [ -z "${DATABASE_URL:-}" ]; then
  if DATABASE_URL=$(bash scripts/postgres.sh start); then
    export DATABASE_URL
    trap 'bash scripts/postgres.sh stop' EXIT
    echo "PostgreSQL: a throwaway server on loopback for the adapter tests (${DATABASE_URL%%\?*})"
  elif [ $? -eq 3 ] && [ "${CI:-}" != "true" ]; then
    unset DATABASE_URL
    echo "PostgreSQL: not installed here, so the PostgreSQL runs are skipped (install it, or set DATABASE_URL)"
  else
    echo "✗ PostgreSQL is installed but did not start (see above)"
    exit 1
  fi
fi
# The tests whose answers are calendar dates, run once per time zone: UTC, Indonesia's western zone, UTC+14, a zone
# that skipped a day (Pacific/Apia, 30 December 2011) and one with daylight saving time. A date must never move.
DATE_TESTS=(
  test/core/iso-date.test.ts test/core/time-zones.test.ts test/employee/service-length.test.ts
  test/employee/retirement-date.test.ts test/employee/service-start.test.ts test/calendar/count-working-days.test.ts
  test/leave/annual-entitlement.test.ts test/leave/evaluate-request.test.ts test/discipline/tally-absence.test.ts
  test/service-quality/check-forum-frequency.test.ts test/service-quality/complaint-due-date.test.ts
)
time_zone_matrix() {
  local zone
  for zone in UTC Asia/Jakarta Pacific/Kiritimati Pacific/Apia America/Los_Angeles; do
    echo "TZ=${zone}"
    TZ=$zone vitest run --typecheck.enabled=false --reporter=dot "${DATE_TESTS[@]}" || return 1
  done
}

gate "root export up to date" tsx scripts/generate-index.ts --check
gate "type check (sources, tests, benchmarks, examples)" tsc --noEmit -p tsconfig.json
gate "lint" eslint .
gate "unit and property tests with coverage" run_vitest
gate "date tests in five time zones" time_zone_matrix
gate "mutation scores (re-tests only what changed since .stryker/incremental.json)" tsx scripts/mutation.ts --gate
gate "build (ESM + CJS + .d.ts)" tsup
gate "bundle sizes and no internal references in the built package (test/bundle)" vitest run --config vitest.bundle.config.ts
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || echo "No Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium}: the browser tests are skipped (apt-get install -y chromium)."
gate "browser: the ESM build and the demo report in headless Chromium (test/browser)" vitest run --config vitest.browser.config.ts
gate "publint" publint --strict
gate "are the types wrong (every resolution mode, node10 included)" attw --pack . --format table-flipped
gate "the packed tarball installs and loads (import and require)" bash scripts/smoke-pack.sh
gate "size budgets" size-limit
gate "API reference (typedoc, strict validation)" typedoc --out reports/docs-check
gate "examples" bash scripts/run-examples.sh
summary
