/**
 * Calendar dates never depend on the process time zone. Node reads `process.env.TZ` again whenever it changes, so
 * each case below runs in every zone named, in this one process; `npm test` also runs the date tests once per zone
 * (scripts/test.sh, the time-zone matrix).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { addMonths, addYears, fromDayNumber, toDayNumber, type IsoDate } from '../../src/core';
import { serviceLength } from '../../src/employee';

/** The zones of the matrix: UTC, Indonesia's western zone, UTC+14, a zone that skipped a day (30 December 2011), UTC−8/−7. */
const TIME_ZONES = ['UTC', 'Asia/Jakarta', 'Pacific/Kiritimati', 'Pacific/Apia', 'America/Los_Angeles'] as const;

const d = (value: string): IsoDate => value as IsoDate;
const original = process.env['TZ'];

function inEachZone(check: () => void): void {
  for (const zone of TIME_ZONES) {
    process.env['TZ'] = zone;
    check();
  }
}

afterAll(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

describe('D5: date arithmetic is zone-free', () => {
  it('the zones are really switched: a local Date in Kiritimati and in Los Angeles falls on different UTC days', () => {
    process.env['TZ'] = 'Pacific/Kiritimati';
    const kiritimati = new Date(2026, 0, 1).getUTCDate();
    process.env['TZ'] = 'America/Los_Angeles';
    const losAngeles = new Date(2026, 0, 1).getUTCDate();
    expect([kiritimati, losAngeles]).toEqual([31, 1]);
  });

  it('the reproductions of the issue: addYears and serviceLength across a year end', () => {
    inEachZone(() => {
      expect(addYears(d('1993-12-31'), 1)).toBe('1994-12-31');
      expect(addYears(d('2010-12-30'), 1)).toBe('2011-12-30');
      expect(addMonths(d('2011-11-30'), 1)).toBe('2011-12-30');
      expect(serviceLength('1993-12-31', '1994-12-31')._unsafeUnwrap()).toEqual({ years: 1, months: 0, days: 0 });
    });
  });

  it('the day Samoa skipped (2011-12-30) is still a calendar date, and leap days clamp the same everywhere', () => {
    inEachZone(() => {
      expect(addMonths(d('2011-12-31'), -1)).toBe('2011-11-30');
      expect(addYears(d('2011-12-30'), 0)).toBe('2011-12-30');
      expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
      expect(addMonths(d('2024-03-31'), -1)).toBe('2024-02-29');
      expect(addMonths(d('1999-12-31'), 2)).toBe('2000-02-29');
      expect(addMonths(d('2000-01-31'), -13)).toBe('1998-12-31');
    });
  });

  it('addMonths and addYears agree with UTC arithmetic (the oracle) in every zone', () => {
    const dates = fc.integer({ min: toDayNumber(d('1901-01-01')), max: toDayNumber(d('2998-12-31')) }).map(fromDayNumber);
    fc.assert(
      fc.property(dates, fc.integer({ min: -12, max: 12 }), fc.constantFrom(...TIME_ZONES), (date, months, zone) => {
        process.env['TZ'] = zone;
        const [year, month, day] = date.split('-').map(Number) as [number, number, number];
        const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
        const expected = new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
        expect(addMonths(date, months)).toBe(expected);
        expect(addYears(date, months)).toBe(addMonths(date, months * 12));
      }),
      { seed: 14, numRuns: 2000 },
    );
  });
});
