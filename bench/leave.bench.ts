/**
 * `npx vitest bench --run bench/leave.bench.ts`: the leave module's hot paths against plain hand-written baselines
 * written here, with the targets of issue 9.
 *
 * - `evaluateLeaveRequest` on parsed inputs (from `parseEmployee`, `parseLeaveRequest`, `parseLedger`,
 *   `parseExistingLeaves`): at least 300,000 calls a second, and within 10× of a plain check of the same
 *   annual-leave rules (read the two dates by char code, count the working days with the calendar's running counts,
 *   fold the year's ledger, compare with the request; no Result, no reasons, no checks).
 * - `evaluateLeaveRequest` on raw JSON inputs, a new object every call (what an HTTP handler has after `JSON.parse`):
 *   at least 50,000 calls a second. Every record is parsed on every call.
 * - `annualLeaveEntitlement` + `leaveBalance` of one employee on parsed values, against a plain fold of the same
 *   6/18/24 rule (the national-roster bench, bench/national-roster.ts, holds the 5× target for a million employees).
 *
 * asn-kit is measured as a consumer runs it: src/leave (with the employee and calendar modules) is bundled with
 * esbuild first, into a temp folder whose path holds `/dist/` (vitest.config.ts leaves such files to Node's own
 * loader), because vitest's module runner turns every call across modules into a property read that a bundle or
 * dist/ does not have. The baselines live in this file. After the run, `afterAll` prints each figure beside its
 * target, from its own interleaved timing loop (best of several rounds, so a busy machine affects both sides alike).
 * Figures go to docs/performance.md.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, bench, describe } from 'vitest';
import type * as Calendar from '../src/calendar/index';
import type * as Employees from '../src/employee/index';
import type * as Leave from '../src/leave/index';
import { bareDayNumber, plainFold } from './baselines';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(tmpdir(), 'asn-kit-bench', 'dist');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `leave-${String(process.pid)}.mjs`);
buildSync({
  stdin: {
    contents: [
      "export * from './src/leave/index.ts';",
      "export { parseEmployee } from './src/employee/index.ts';",
      "export { createCalendar } from './src/calendar/index.ts';",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  mainFields: ['module', 'main'],
  outfile,
  logLevel: 'silent',
});
type Library = typeof Leave & Pick<typeof Employees, 'parseEmployee'> & Pick<typeof Calendar, 'createCalendar'>;
const {
  annualLeaveEntitlement, createCalendar, evaluateLeaveRequest, leaveBalance, parseEmployee, parseExistingLeaves,
  parseLeaveRequest, parseLedger,
} = (await import(/* @vite-ignore */ pathToFileURL(outfile).href)) as Library;
rmSync(outfile);

const calendar = createCalendar()._unsafeUnwrap();
const RAW_EMPLOYEE = {
  kind: 'PNS', nip: '198503152010012001', name: 'Sri Wahyuni', gender: 'female', birthDate: '1985-03-15', tmtCpns: '2010-01-01',
  golongan: 'III/c', position: { type: 'pelaksana' }, workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
};
const BASIS = { instrument: 'PP 11/2017', article: 'Pasal 311' };

function yearOfLedger(year: number, seed: number): Record<string, unknown>[] {
  const y = String(year);
  return [
    { type: 'grant', kind: 'annual', year, date: `${y}-01-01`, days: 12, basis: BASIS },
    { type: 'carry-over', kind: 'annual', year, date: `${y}-01-01`, days: seed % 7, basis: BASIS },
    { type: 'taken', kind: 'annual', year, date: `${y}-03-02`, days: 2 + (seed % 3), basis: BASIS },
    { type: 'taken', kind: 'annual', year, date: `${y}-07-06`, days: 3, basis: BASIS },
  ];
}

const RAW_LEDGER = [...yearOfLedger(2025, 3), ...yearOfLedger(2026, 4)];
const RAW_REQUEST = { id: 'CT-1', kind: 'annual', start: '2026-04-06', end: '2026-04-10', reason: 'Keluarga' };
const RAW_EXISTING = [{ id: 'CT-0', kind: 'annual', start: '2026-03-02', end: '2026-03-04', status: 'approved' }];
const AS_OF = '2026-03-01';

const employee = parseEmployee(RAW_EMPLOYEE)._unsafeUnwrap();
const request = parseLeaveRequest(RAW_REQUEST)._unsafeUnwrap();
const ledger = parseLedger(RAW_LEDGER)._unsafeUnwrap();
const existing = parseExistingLeaves(RAW_EXISTING)._unsafeUnwrap();

/** 2,000 raw bodies, each its own object graph (as `JSON.parse` gives them), used in turn. */
const BODY = JSON.stringify({ employee: RAW_EMPLOYEE, request: RAW_REQUEST, ledger: RAW_LEDGER, existing: RAW_EXISTING });
const BODIES: readonly Record<string, unknown>[] = Array.from({ length: 2_000 }, () => JSON.parse(BODY) as Record<string, unknown>);

/** Five years of ledger (2021–2025) of one employee, parsed: the input of the entitlement for 2026. */
const HISTORY = parseLedger([2021, 2022, 2023, 2024, 2025].flatMap((year) => yearOfLedger(year, year)))._unsafeUnwrap();

let sink = 0;

// ---- The baselines: the same rules written plainly over the same parsed values, nothing checked. ----

const TABLE = Int32Array.from(calendar.prefix);
const FIRST_DAY = calendar.firstDayNumber;


/** The annual-leave check by hand: working days from the running counts, the year's balance folded, compared. */
function plainAnnualCheck(): void {
  const days = (TABLE[bareDayNumber(request.end) - FIRST_DAY + 1] as number) - (TABLE[bareDayNumber(request.start) - FIRST_DAY] as number);
  const year = (request.start.charCodeAt(0) - 48) * 1000 + (request.start.charCodeAt(1) - 48) * 100 +
    (request.start.charCodeAt(2) - 48) * 10 + (request.start.charCodeAt(3) - 48);
  let available = 0;
  for (const entry of ledger) {
    if (entry.kind !== 'annual' || entry.year !== year) continue;
    if (entry.type === 'taken') available -= entry.days;
    else if (entry.type === 'grant' || entry.type === 'carry-over') available += entry.days;
  }
  sink += days <= available ? days : -1;
}

/** The 2026 entitlement and the 2025 balance by hand: the 6/18/24 rule over the same parsed ledger. */
function plainFoldOnce(): void {
  const { total, available } = plainFold(HISTORY);
  sink += total + available;
}

// ---- asn-kit. ----

function evaluateParsed(): void {
  const result = evaluateLeaveRequest({ employee, request, ledger, existing, calendar, asOf: AS_OF });
  sink += result.isOk() ? result.value.duration.days : -1;
}

let nextBody = 0;
function evaluateRaw(): void {
  const body = BODIES[nextBody] as Record<keyof Leave.EvaluateLeaveRequestParams, never>;
  nextBody = (nextBody + 1) % BODIES.length;
  // What a JavaScript handler does with a JSON body: pass its parts on, unchecked (the library parses them).
  const result = evaluateLeaveRequest({ employee: body.employee, request: body.request, ledger: body.ledger, existing: body.existing, calendar, asOf: AS_OF });
  sink += result.isOk() ? result.value.duration.days : -1;
}

function entitlementAndBalance(): void {
  const entitlement = annualLeaveEntitlement(employee, 2026, { ledger: HISTORY });
  const balance = leaveBalance(HISTORY, { kind: 'annual', asOf: '2025-12-31' });
  sink += (entitlement.isOk() ? entitlement.value.total : -1) + (balance.isOk() ? (balance.value.available ?? 0) : -1);
}

describe('evaluateLeaveRequest, annual leave of 5 working days, 8-entry ledger (targets: ≥ 300,000/s, ≤ 10× the baseline)', () => {
  bench('baseline: char-code dates + running counts + ledger fold + compare', plainAnnualCheck);
  bench('asn-kit evaluateLeaveRequest (parsed inputs)', evaluateParsed);
});

describe('evaluateLeaveRequest on raw JSON, a new object graph every call (target: ≥ 50,000/s)', () => {
  bench('asn-kit evaluateLeaveRequest (raw inputs, parsed on every call)', evaluateRaw);
});

describe('annualLeaveEntitlement + leaveBalance, one employee, 5 years of ledger (national roster: ≤ 5× the fold)', () => {
  bench('baseline: plain fold of the 6/18/24 rule', plainFoldOnce);
  bench('asn-kit annualLeaveEntitlement + leaveBalance (parsed)', entitlementAndBalance);
});

/** Nanoseconds per call of each function: rounds of `calls` calls, the functions interleaved, the best round kept. */
function nanosecondsPerCall(runs: readonly (() => void)[], calls: number): number[] {
  const best = runs.map(() => Number.POSITIVE_INFINITY);
  for (let warm = 0; warm < calls; warm += 1) for (const run of runs) run();
  for (let round = 0; round < 15; round += 1) {
    runs.forEach((run, side) => {
      const start = process.hrtime.bigint();
      for (let call = 0; call < calls; call += 1) run();
      best[side] = Math.min(best[side] as number, Number(process.hrtime.bigint() - start) / calls);
    });
  }
  return best;
}

afterAll(() => {
  const [baseline = 0, parsed = 0] = nanosecondsPerCall([plainAnnualCheck, evaluateParsed], 20_000);
  const [raw = 0] = nanosecondsPerCall([evaluateRaw], 2_000);
  const [fold = 0, library = 0] = nanosecondsPerCall([plainFoldOnce, entitlementAndBalance], 20_000);
  const perSecond = (ns: number): string => Math.round(1e9 / ns).toLocaleString('en');
  console.log([
    '',
    'leave targets (issue 9)',
    `  evaluateLeaveRequest, parsed: ${parsed.toFixed(0)} ns/call = ${perSecond(parsed)}/s (target ≥ 300,000/s); baseline ${baseline.toFixed(0)} ns, ratio ${(parsed / baseline).toFixed(1)}× (target ≤ 10×)`,
    `  evaluateLeaveRequest, raw JSON: ${raw.toFixed(0)} ns/call = ${perSecond(raw)}/s (target ≥ 50,000/s)`,
    `  annualLeaveEntitlement + leaveBalance, parsed: ${library.toFixed(0)} ns/employee; plain fold ${fold.toFixed(0)} ns, ratio ${(library / fold).toFixed(1)}×`,
    '',
  ].join('\n'));
}, 120_000);

// Keeps the results alive so no engine can drop the loops as dead code.
export const BENCH_SINK = (): number => sink;
