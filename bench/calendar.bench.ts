/**
 * `npx vitest bench --run bench/calendar.bench.ts`: counting the working days of one-year ranges (start dates
 * varying over 2024–2025) with asn-kit's prefix sums, against a plain date-fns loop over the same official days,
 * and against a loop over the date-holidays package's Indonesian data. Figures go to docs/performance.md.
 */
import { eachDayOfInterval, format, isWeekend, parseISO } from 'date-fns';
import Holidays from 'date-holidays';
import { bench, describe } from 'vitest';
import { BUILT_IN_CALENDAR_DATA, countWorkingDays as countWorkingDaysOf, createCalendar, workingSpanEnd } from '../src/calendar/index';
import { addDays, addYears, fromDayNumber, toDayNumber, type IsoDate } from '../src/core';

const calendar = createCalendar()._unsafeUnwrap();
const officialDaysOff = new Set(BUILT_IN_CALENDAR_DATA.flatMap((table) => table.days.map((day) => day.date)));
const holidays = new Holidays('ID');

// 97 one-year ranges, starting every 7 days from 2024-01-01: [start, start + 1 year − 1 day].
const first = toDayNumber('2024-01-01' as IsoDate);
const RANGES: readonly (readonly [IsoDate, IsoDate])[] = Array.from({ length: 97 }, (_, index) => {
  const start = fromDayNumber(first + index * 7);
  return [start, addDays(addYears(start, 1), -1)] as const;
});
let next = 0;
let sink = 0;
function nextRange(): readonly [IsoDate, IsoDate] {
  next = (next + 1) % RANGES.length;
  return RANGES[next]!;
}

describe('countWorkingDays over a one-year range', () => {
  bench('asn-kit countWorkingDays (prefix sums, O(1))', () => {
    const [from, to] = nextRange();
    sink += countWorkingDays(from, to);
  });

  bench('asn-kit countWorkingDays, all 97 ranges per iteration (divide the time by 97)', () => {
    for (const [from, to] of RANGES) sink += countWorkingDays(from, to);
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

describe('other operations', () => {
  bench('workingSpanEnd, 12 working days (binary search)', () => {
    const [from] = nextRange();
    sink += workingSpanEnd(calendar, from, 12).isOk() ? 1 : 0;
  });

  bench('createCalendar, 2024–2026 (precomputation)', () => {
    sink += createCalendar().isOk() ? 1 : 0;
  });
});

// Keeps the results alive so no engine can drop the loops as dead code.
export const BENCH_SINK = (): number => sink;

function countWorkingDays(from: IsoDate, to: IsoDate): number {
  return countWorkingDaysOf(calendar, from, to)._unsafeUnwrap();
}
