import { eachDayOfInterval, format, isWeekend } from 'date-fns';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { CALENDAR_DATA_2024, CALENDAR_DATA_2025, CALENDAR_DATA_2026, type CalendarYearData } from '../../src/calendar/index';

// The table of docs/performance.md: where the date-holidays package (3.37.0, a dev dependency) differs from the
// official 2024–2026 dates of the built-in tables. date-holidays knows public holidays only, by their nominal date.
const holidays = new Holidays('ID');

function publicDates(year: number): Map<string, string> {
  return new Map(
    holidays
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => [holiday.date.slice(0, 10), holiday.name]),
  );
}

function compare(table: CalendarYearData): { missing: string[]; wrong: string[]; collectiveLeaveAsHoliday: string[]; collectiveLeaveMissing: number } {
  const theirs = publicDates(table.year);
  const ours = new Set(table.days.map((day) => day.date));
  const collective = table.days.filter((day) => day.kind === 'collective-leave');
  return {
    missing: table.days.filter((day) => day.kind === 'holiday' && !theirs.has(day.date)).map((day) => day.date),
    wrong: [...theirs.keys()].filter((date) => !ours.has(date)),
    collectiveLeaveAsHoliday: collective.filter((day) => theirs.has(day.date)).map((day) => day.date),
    collectiveLeaveMissing: collective.filter((day) => !theirs.has(day.date)).length,
  };
}

describe('date-holidays (ID) against the official tables', () => {
  it('2024: misses both election days, Easter Sunday, and has Iduladha and Maulid one day early', () => {
    expect(compare(CALENDAR_DATA_2024)).toEqual({
      missing: ['2024-02-14', '2024-03-31', '2024-06-17', '2024-09-16', '2024-11-27'],
      wrong: ['2024-06-16', '2024-09-15'],
      collectiveLeaveAsHoliday: [],
      collectiveLeaveMissing: 10,
    });
  });

  it('2025: misses Easter Sunday, has Idulfitri and 1 Muharam one day early', () => {
    expect(compare(CALENDAR_DATA_2025)).toEqual({
      missing: ['2025-04-01', '2025-04-20', '2025-06-27'],
      wrong: ['2025-03-30', '2025-06-26'],
      collectiveLeaveAsHoliday: [],
      collectiveLeaveMissing: 11,
    });
  });

  it('2026: misses Easter Sunday and the second Idulfitri day, and has Idulfitri on the cuti bersama of 20 March', () => {
    expect(compare(CALENDAR_DATA_2026)).toEqual({
      missing: ['2026-03-22', '2026-04-05'],
      wrong: [],
      collectiveLeaveAsHoliday: ['2026-03-20'],
      collectiveLeaveMissing: 7,
    });
  });

  it('counts 252, 249 and 247 working days in 2024–2026 for a 5-day unit, against the official 238, 237 and 240', () => {
    const counts = [2024, 2025, 2026].map((year) => {
      const off = publicDates(year);
      return eachDayOfInterval({ start: new Date(year, 0, 1), end: new Date(year, 11, 31) }).filter(
        (day) => !isWeekend(day) && !off.has(format(day, 'yyyy-MM-dd')),
      ).length;
    });
    expect(counts).toEqual([252, 249, 247]);
  });
});
