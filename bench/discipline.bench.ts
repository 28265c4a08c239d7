import { bench, describe } from 'vitest';
import { createCalendar } from '../src/calendar';
import { fromDayNumber, toDayNumber, type IsoDate } from '../src/core';
import {
  absenceSanction,
  parseAbsenceRecords,
  parseAbsenceSanctionParams,
  tallyAbsence,
  type AbsenceRecord,
} from '../src/discipline';

const calendar = createCalendar()._unsafeUnwrap();
const FIRST = toDayNumber('2026-01-01' as IsoDate);

/** A heavy year: 24 one-day absences, a 12-day period and 60 lateness records. */
const HEAVY: AbsenceRecord[] = [
  ...Array.from({ length: 24 }, (_, index): AbsenceRecord => ({ type: 'absent', from: fromDayNumber(FIRST + 5 + index * 14) })),
  { type: 'absent', from: '2026-09-14' as IsoDate, to: '2026-09-25' as IsoDate },
  ...Array.from({ length: 60 }, (_, index): AbsenceRecord => ({ type: 'late', date: fromDayNumber(FIRST + 3 + index * 6), minutes: 20 })),
];

/** A typical year: three single days. */
const TYPICAL: AbsenceRecord[] = [
  { type: 'absent', from: '2026-02-09' as IsoDate },
  { type: 'absent', from: '2026-05-04' as IsoDate },
  { type: 'absent', from: '2026-10-05' as IsoDate },
];

// Parsed once at the boundary, as a service does before calling the functions.
const PARSED_HEAVY = parseAbsenceRecords(HEAVY)._unsafeUnwrap();
const PARSED_TYPICAL = parseAbsenceRecords(TYPICAL)._unsafeUnwrap();
const PARSED_COUNTS = parseAbsenceSanctionParams({ yearTotal: 14, longestConsecutive: 3, lateMinutes: 500 })._unsafeUnwrap();

/** The raw records as JSON gives them: a new object per call, as an HTTP handler has after `JSON.parse`. */
const HEAVY_JSON = JSON.stringify(HEAVY);

describe('discipline', () => {
  bench('absenceSanction (one decision)', () => {
    absenceSanction({ yearTotal: 14, longestConsecutive: 3, lateMinutes: 500 }, { convertLateness: true });
  });

  bench('absenceSanction, parsed counts', () => {
    absenceSanction(PARSED_COUNTS, { convertLateness: true });
  });

  bench('tallyAbsence, typical year (3 days)', () => {
    tallyAbsence(TYPICAL, calendar, 2026);
  });

  bench('tallyAbsence, typical year, parsed log', () => {
    tallyAbsence(PARSED_TYPICAL, calendar, 2026);
  });

  bench('tallyAbsence, heavy year (36 days, 60 lateness records, conversion on)', () => {
    tallyAbsence(HEAVY, calendar, 2026, { convertLateness: true });
  });

  bench('tallyAbsence, heavy year, parsed log', () => {
    tallyAbsence(PARSED_HEAVY, calendar, 2026, { convertLateness: true });
  });

  bench('parseAbsenceRecords, heavy year (85 records)', () => {
    parseAbsenceRecords(HEAVY);
  });

  bench('tallyAbsence, heavy year, raw JSON (JSON.parse + tally)', () => {
    tallyAbsence(JSON.parse(HEAVY_JSON) as AbsenceRecord[], calendar, 2026, { convertLateness: true });
  });
});
