/**
 * `npx vitest bench --run bench/calendar.bench.ts`: the calendar's two hot paths against bare floors written
 * here, with the targets of issue 9, then the old comparisons (a date-fns loop, the date-holidays package).
 *
 * - `countWorkingDays` within 3× of its floor: parse the two ISO strings by char code, read two running counts
 *   from an Int32Array of the same table (no check of any kind, no Result).
 * - `workingSpanEnd` within 3× of its floor: parse the start by char code, a plain binary search over the same
 *   Int32Array (the floor returns the index found, not a date).
 *
 * asn-kit is measured as a consumer runs it: src/calendar is bundled with esbuild first (into the temp folder, a
 * path with `/dist/` that vitest.config.ts leaves to Node's own loader), because vitest's module runner turns every
 * call across modules into a property read that a bundle or dist/ does not have. The floors live in this file.
 * Each iteration runs all 97 ranges (or starts), so the timer's own cost does not hide the difference. After the
 * run, `afterAll` prints each ratio beside its target, from its own interleaved timing loop (best of several
 * rounds, so a busy machine affects both sides alike). Figures go to docs/performance.md.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { eachDayOfInterval } from 'date-fns/eachDayOfInterval';
import { format } from 'date-fns/format';
import { isWeekend } from 'date-fns/isWeekend';
import { parseISO } from 'date-fns/parseISO';
import Holidays from 'date-holidays';
import { buildSync } from 'esbuild';
import { afterAll, bench, describe } from 'vitest';
import type * as Sources from '../src/calendar/index';
import { addDays, addYears, fromDayNumber, toDayNumber, type IsoDate } from '../src/core';
import { bareDayNumber } from './baselines';

const outdir = join(tmpdir(), 'asn-kit-bench', 'dist');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `calendar-${String(process.pid)}.mjs`);
buildSync({
  entryPoints: [fileURLToPath(new URL('../src/calendar/index.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile,
  logLevel: 'silent',
});
const { BUILT_IN_CALENDAR_DATA, countWorkingDays, createCalendar, workingSpanEnd } = (await import(
  /* @vite-ignore */ pathToFileURL(outfile).href
)) as typeof Sources;
rmSync(outfile);

const calendar: Sources.WorkingCalendar = createCalendar()._unsafeUnwrap();
const officialDaysOff = new Set(BUILT_IN_CALENDAR_DATA.flatMap((table) => table.days.map((day) => day.date)));
const holidays = new Holidays('ID');

// 97 one-year ranges, starting every 7 days from 2024-01-01: [start, start + 1 year − 1 day].
const first = toDayNumber('2024-01-01' as IsoDate);
const RANGES: readonly (readonly [IsoDate, IsoDate])[] = Array.from({ length: 97 }, (_, index) => {
  const start = fromDayNumber(first + index * 7);
  return [start, addDays(addYears(start, 1), -1)] as const;
});
const FROM: readonly string[] = RANGES.map(([from]) => from);
const TO: readonly string[] = RANGES.map(([, to]) => to);
const SPAN = 12;

// ---- The floors: the same table in an Int32Array, dates read by char code, nothing checked. ----

const TABLE = Int32Array.from(calendar.prefix);
const FIRST_DAY = calendar.firstDayNumber;


function floorCount(from: string, to: string): number {
  return (TABLE[bareDayNumber(to) - FIRST_DAY + 1] as number) - (TABLE[bareDayNumber(from) - FIRST_DAY] as number);
}

function floorSpanEnd(start: string, n: number): number {
  let lo = bareDayNumber(start) - FIRST_DAY;
  let hi = TABLE.length - 2;
  const target = (TABLE[lo] as number) + n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((TABLE[mid + 1] as number) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// ---- One pass over all 97 inputs, each way. ----

let sink = 0;

function countAll(): void {
  for (let index = 0; index < FROM.length; index += 1) {
    const result = countWorkingDays(calendar, FROM[index] as string, TO[index] as string);
    if (result.isOk()) sink += result.value;
  }
}

function floorCountAll(): void {
  for (let index = 0; index < FROM.length; index += 1) sink += floorCount(FROM[index] as string, TO[index] as string);
}

function spanAll(): void {
  for (let index = 0; index < FROM.length; index += 1) {
    const result = workingSpanEnd(calendar, FROM[index] as string, SPAN);
    if (result.isOk()) sink += result.value.length;
  }
}

function floorSpanAll(): void {
  for (let index = 0; index < FROM.length; index += 1) sink += floorSpanEnd(FROM[index] as string, SPAN);
}

describe('countWorkingDays, 97 one-year ranges per iteration (target: within 3× of the floor)', () => {
  bench('floor: char-code parse + two Int32Array reads', floorCountAll);
  bench('asn-kit countWorkingDays', countAll);
});

describe('workingSpanEnd, 12 working days from 97 starts per iteration (target: within 3× of the floor)', () => {
  bench('floor: char-code parse + binary search over the Int32Array', floorSpanAll);
  bench('asn-kit workingSpanEnd', spanAll);
});

describe('countWorkingDays over a one-year range, against whole-range loops', () => {
  let next = 0;
  const nextRange = (): readonly [IsoDate, IsoDate] => {
    next = (next + 1) % RANGES.length;
    return RANGES[next] as readonly [IsoDate, IsoDate];
  };

  bench('asn-kit countWorkingDays (prefix sums, O(1))', () => {
    const [from, to] = nextRange();
    sink += countWorkingDays(calendar, from, to).unwrapOr(0);
  });

  bench('date-fns loop (eachDayOfInterval + isWeekend + Set of official dates)', () => {
    const [from, to] = nextRange();
    let count = 0;
    for (const day of eachDayOfInterval({ start: parseISO(from), end: parseISO(to) })) {
      if (!isWeekend(day) && !officialDaysOff.has(format(day, 'yyyy-MM-dd'))) count += 1;
    }
    sink += count;
  });

  bench(
    'date-holidays loop (eachDayOfInterval + isWeekend + isHoliday, ID data)',
    () => {
      const [from, to] = nextRange();
      let count = 0;
      for (const day of eachDayOfInterval({ start: parseISO(from), end: parseISO(to) })) {
        if (!isWeekend(day) && holidays.isHoliday(day) === false) count += 1;
      }
      sink += count;
    },
    { time: 2000 },
  );
});

describe('createCalendar', () => {
  bench('createCalendar(), 2021–2027 (precomputation, no options to check)', () => {
    sink += createCalendar().isOk() ? 1 : 0;
  });

  bench('createCalendar({ workWeek: 6, extraHolidays: [...] }) (options checked)', () => {
    sink += createCalendar({ workWeek: 6, extraHolidays: ['2026-07-01', { date: '2026-07-02' }] }).isOk() ? 1 : 0;
  });
});

/**
 * Nanoseconds per call of asn-kit and of its floor (one pass = 97 calls): rounds of about 2,000 passes each, the two
 * interleaved, the best round of each kept.
 */
function nanosecondsPerCall(library: () => void, floor: () => void): readonly [number, number] {
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let warm = 0; warm < 2_000; warm += 1) {
    library();
    floor();
  }
  for (let round = 0; round < 15; round += 1) {
    [library, floor].forEach((run, side) => {
      const passes = 2_000;
      const start = process.hrtime.bigint();
      for (let pass = 0; pass < passes; pass += 1) run();
      const perCall = Number(process.hrtime.bigint() - start) / (passes * FROM.length);
      best[side] = Math.min(best[side] as number, perCall);
    });
  }
  return [best[0] as number, best[1] as number];
}

afterAll(() => {
  const lines: string[] = [];
  for (const [name, run, floor] of [
    ['countWorkingDays', countAll, floorCountAll],
    ['workingSpanEnd', spanAll, floorSpanAll],
  ] as const) {
    const [library, bare] = nanosecondsPerCall(run, floor);
    lines.push(`${name}: ${library.toFixed(1)} ns/call, floor ${bare.toFixed(1)} ns/call, ratio ${(library / bare).toFixed(2)}× (target ≤ 3×)`);
  }
  console.log(`\ncalendar targets (issue 9)\n  ${lines.join('\n  ')}\n`);
});

// Keeps the results alive so no engine can drop the loops as dead code.
export const BENCH_SINK = (): number => sink;
