import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createCalendar } from '../../src/calendar';
import {
  complaintDueDate,
  COMPLAINT_RESPONSE_DEADLINES,
  type ComplaintDue,
  type ComplaintDueDateParams,
  type ServiceQualityError,
} from '../../src/service-quality';
import { untyped } from './helpers';
import { dataOf } from '../error-data';

const calendar = createCalendar()._unsafeUnwrap();
/** The 2024 calendar without Nyepi (11 March) and its cuti bersama (12 March): "ignoring holidays". */
const noHolidays = createCalendar({ extraWorkingDays: ['2024-03-11', '2024-03-12'] })._unsafeUnwrap();
const sixDay = createCalendar({ workWeek: 6 })._unsafeUnwrap();
const tenPlusSeven = { days: 10, count: 'working', extensionDays: 7 } as const;

describe('complaintDueDate: digest §4.3 vectors', () => {
  it('S9: written complaint received 1 Mar 2024 → response due ≤ 15 Mar 2024 (14 days, calendar)', () => {
    const due = complaintDueDate({ received: '2024-03-01' })._unsafeUnwrap();
    expect(due).toEqual({
      received: '2024-03-01',
      rule: { days: 14, count: 'calendar' },
      basis: COMPLAINT_RESPONSE_DEADLINES.rows[0]?.basis,
      due: '2024-03-15',
      deadline: '2024-03-15',
      reasons: [
        {
          code: 'service-quality/default-deadline',
          severity: 'info',
          basis: {
            instrument: 'UU 25/2009',
            note: 'fallback: written complaints answered within 14 days of receipt; article to be checked',
            evidence: 'unverified',
            interpretation: 'complaint-deadlines',
          },
          message: {
            id: 'Unit tidak menetapkan batas waktu pengaduan; dipakai batas waktu undang-undang: 14 hari kalender setelah diterima.',
            en: 'The unit set no complaint deadline; the statutory one applies: 14 calendar days after receipt.',
          },
          data: { days: 14, count: 'calendar' },
        },
      ],
    });
    expect(complaintDueDate({ received: '2024-03-01', rule: { days: 14, count: 'calendar' } })._unsafeUnwrap().due).toBe('2024-03-15');
  });

  it('S10: unit SLA "10 hari kerja + 7", received Fri 1 Mar 2024 → due 15 Mar 2024; extended 26 Mar 2024 (ignoring holidays)', () => {
    const due = complaintDueDate({ received: '2024-03-01', rule: tenPlusSeven, extended: true, calendar: noHolidays })._unsafeUnwrap();
    expect([due.due, due.extendedDue, due.deadline]).toEqual(['2024-03-15', '2024-03-26', '2024-03-26']);
    expect(due.reasons.map((r) => r.code)).toEqual(['service-quality/unit-deadline', 'service-quality/deadline-extended']);
    const notExtended = complaintDueDate({ received: '2024-03-01', rule: tenPlusSeven, calendar: noHolidays })._unsafeUnwrap();
    expect([notExtended.due, notExtended.extendedDue, notExtended.deadline]).toEqual(['2024-03-15', '2024-03-26', '2024-03-15']);
  });

  it('S10 with the real 2024 calendar: Nyepi 11 Mar and its cuti bersama 12 Mar move the dates (TSDoc example)', () => {
    const due = complaintDueDate({ received: '2024-03-01', rule: tenPlusSeven, extended: true, calendar })._unsafeUnwrap();
    expect([due.due, due.deadline]).toEqual(['2024-03-19', '2024-03-28']);
  });
});

describe('complaintDueDate', () => {
  it('a 6-day unit counts Saturdays', () => {
    // Fri 1 Mar 2024 + 10 working days, Monday–Saturday, Nyepi and cuti bersama skipped: 2,4,5,6,7,8,9,13,14,15.
    expect(complaintDueDate({ received: '2024-03-01', rule: { days: 10, count: 'working' }, calendar: sixDay })._unsafeUnwrap().due).toBe('2024-03-15');
  });

  it('a complaint received on a Saturday starts counting on Monday', () => {
    expect(complaintDueDate({ received: '2024-03-02', rule: { days: 1, count: 'working' }, calendar: noHolidays })._unsafeUnwrap().due).toBe('2024-03-04');
  });

  it('a calendar-day deadline is not moved off a holiday', () => {
    // 11 March 2024 (Nyepi) is 10 calendar days after 1 March.
    expect(complaintDueDate({ received: '2024-03-01', rule: { days: 10, count: 'calendar' } })._unsafeUnwrap().due).toBe('2024-03-11');
  });

  it('working days need a calendar; a date outside the calendar is the data gap, never a guess', () => {
    const none = complaintDueDate({ received: '2024-03-01', rule: { days: 10, count: 'working' } })._unsafeUnwrapErr();
    expect(none.code).toBe('service-quality/due-date-unavailable');
    expect(none.data).toEqual({ received: '2024-03-01' });
    const outside = complaintDueDate({ received: '2027-12-24', rule: { days: 10, count: 'working' }, calendar })._unsafeUnwrapErr();
    expect([outside.code, dataOf(outside, 'calendar/year-not-covered').received, dataOf(outside, 'calendar/year-not-covered').year]).toEqual(['calendar/year-not-covered', '2027-12-24', 2028]);
    const extensionOutside = complaintDueDate({ received: '2027-12-10', rule: tenPlusSeven, calendar })._unsafeUnwrapErr();
    expect(extensionOutside.code).toBe('calendar/year-not-covered');
  });

  it('no statutory rule before UU 25/2009', () => {
    const error = complaintDueDate({ received: '2009-07-17' })._unsafeUnwrapErr();
    expect(error.code).toBe('service-quality/no-rule-in-force');
    expect(error.data).toEqual({ table: 'service-quality/complaint-response-deadlines', date: '2009-07-17' });
  });

  it('bad input is a coded error with paths', () => {
    expect(dataOf(complaintDueDate({ received: '2024-02-30' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'received', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
    expect(dataOf(complaintDueDate({ received: '2024-03-01', extended: true })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'extended', message: 'The deadline rule allows no extension' },
    ]);
    expect(complaintDueDate({ received: '2024-03-01', rule: { days: 0, count: 'working' } })._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
    expect(dataOf(complaintDueDate(untyped({ received: '2024-03-01', rule: tenPlusSeven, calendar: { kind: 'fake' } }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'calendar', message: 'Expected a working calendar made by createCalendar (asn-kit/calendar)' },
    ]);
  });
});

describe('complaintDueDate: whole results', () => {
  const POLICY_BASIS = { instrument: 'UU 25/2009', note: 'complaint deadlines are configuration per unit', interpretation: 'complaint-deadlines' };

  it('S10 (ignoring holidays): the unit deadline and its extension, every reason in both languages', () => {
    expect(complaintDueDate({ received: '2024-03-01', rule: tenPlusSeven, extended: true, calendar: noHolidays })._unsafeUnwrap()).toEqual({
      received: '2024-03-01',
      rule: tenPlusSeven,
      basis: POLICY_BASIS,
      due: '2024-03-15',
      extendedDue: '2024-03-26',
      deadline: '2024-03-26',
      reasons: [
        {
          code: 'service-quality/unit-deadline',
          severity: 'info',
          basis: POLICY_BASIS,
          message: {
            id: 'Batas waktu unit: 10 hari kerja setelah pengaduan diterima, yaitu 2024-03-15.',
            en: "The unit's deadline: 10 working days after receipt, that is 2024-03-15.",
          },
          data: { days: 10, count: 'working', due: '2024-03-15' },
        },
        {
          code: 'service-quality/deadline-extended',
          severity: 'info',
          basis: POLICY_BASIS,
          message: { id: 'Batas waktu diperpanjang 7 hari kerja menjadi 2024-03-26.', en: 'The deadline was extended by 7 working days to 2024-03-26.' },
          data: { extensionDays: 7, extendedDue: '2024-03-26' },
        },
      ],
    });
  });

  it('a deadline in calendar days with an extension in calendar days, not extended: no extension reason', () => {
    const rule = { days: 14, count: 'calendar', extensionDays: 7 } as const;
    const extended = complaintDueDate({ received: '2024-03-01', rule, extended: true })._unsafeUnwrap();
    expect(extended.reasons.map((r) => r.message)).toEqual([
      { id: 'Batas waktu unit: 14 hari kalender setelah pengaduan diterima, yaitu 2024-03-15.', en: "The unit's deadline: 14 calendar days after receipt, that is 2024-03-15." },
      { id: 'Batas waktu diperpanjang 7 hari kalender menjadi 2024-03-22.', en: 'The deadline was extended by 7 calendar days to 2024-03-22.' },
    ]);
    const plain = complaintDueDate({ received: '2024-03-01', rule, extended: false })._unsafeUnwrap();
    expect([plain.due, plain.extendedDue, plain.deadline]).toEqual(['2024-03-15', '2024-03-22', '2024-03-15']);
    expect(plain.reasons.map((r) => r.code)).toEqual(['service-quality/unit-deadline']);
  });

  it('working days without a calendar: the error in full', () => {
    expect(complaintDueDate({ received: '2024-03-01', rule: { days: 10, count: 'working' } })._unsafeUnwrapErr()).toEqual({
      code: 'service-quality/due-date-unavailable',
      severity: 'error',
      basis: POLICY_BASIS,
      message: {
        id: 'Batas waktu dalam hari kerja untuk pengaduan yang diterima 2024-03-01 memerlukan kalender kerja unit.',
        en: "A deadline in working days for a complaint received on 2024-03-01 needs the unit's working calendar.",
      },
      data: { received: '2024-03-01' },
    });
  });

  it('working days into a provisional year (2027) warn once, whether the due date or only the extension reaches it', () => {
    const intoExtension = complaintDueDate({ received: '2026-12-10', rule: tenPlusSeven, extended: true, calendar })._unsafeUnwrap();
    expect([intoExtension.due, intoExtension.deadline]).toEqual(['2026-12-28', '2027-01-08']);
    expect(intoExtension.reasons.map((r) => [r.code, r.data])).toEqual([
      ['service-quality/unit-deadline', { days: 10, count: 'working', due: '2026-12-28' }],
      ['service-quality/deadline-extended', { extensionDays: 7, extendedDue: '2027-01-08' }],
      ['calendar/provisional-year', { year: 2027 }],
    ]);
    const within = complaintDueDate({ received: '2027-02-01', rule: tenPlusSeven, calendar })._unsafeUnwrap();
    expect(within.reasons.map((r) => r.code)).toEqual(['service-quality/unit-deadline', 'calendar/provisional-year']);
    const calendarDays = complaintDueDate({ received: '2027-02-01', rule: { days: 10, count: 'calendar' }, calendar })._unsafeUnwrap();
    expect(calendarDays.reasons.map((r) => r.code)).toEqual(['service-quality/unit-deadline']);
  });

  it('an unknown key is invalid input', () => {
    expect(complaintDueDate(untyped({ received: '2024-03-01', extend: true }))._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
  });
});

describe('complaintDueDate types', () => {
  it('returns a Result of the due dates or a service-quality error', () => {
    expectTypeOf(complaintDueDate).parameter(0).toEqualTypeOf<ComplaintDueDateParams>();
    expectTypeOf(complaintDueDate).returns.toEqualTypeOf<Result<ComplaintDue, ServiceQualityError>>();
  });
});

describe('properties', () => {
  const day = fc.integer({ min: 0, max: 700 }).map((n) => {
    const date = new Date(Date.UTC(2024, 0, 1 + n));
    return date.toISOString().slice(0, 10);
  });

  it('the deadline is after receipt, and more days never give an earlier deadline', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 30 }), fc.constantFrom('working', 'calendar'), (received, days, more, count) => {
        const short = complaintDueDate({ received, rule: { days, count }, calendar })._unsafeUnwrap();
        const long = complaintDueDate({ received, rule: { days: days + more, count }, calendar })._unsafeUnwrap();
        expect(short.deadline > received).toBe(true);
        expect(long.deadline >= short.deadline).toBe(true);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = complaintDueDate(untyped(input));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.record({ received: fc.string(), rule: fc.anything(), extended: fc.anything() }), (input) => {
        const result = complaintDueDate(untyped({ ...input, calendar }));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
