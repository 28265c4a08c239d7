import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createCalendar } from '../../src/calendar';
import {
  parseComplaintPolicies,
  parseComplaints,
  trackComplaints,
  type ComplaintTracking,
  type ServiceQualityError,
  type TrackComplaintsParams,
} from '../../src/service-quality';
import { untyped } from './helpers';
import { dataOf } from '../error-data';

const calendar = createCalendar()._unsafeUnwrap();
const saturdayCalendar = createCalendar({ workWeek: 6 })._unsafeUnwrap();
const disdukcapil = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };
const dinkes = { id: 'dinkes', name: 'Dinas Kesehatan Kota Medan' };
const rsud = { id: 'rsud-pirngadi', name: 'RSUD dr. Pirngadi' };

describe('trackComplaints', () => {
  it('TSDoc example: one overdue, one open, one closed on time', () => {
    const tracking = trackComplaints({
      asOf: '2024-03-20',
      policies: [{ unitId: 'disdukcapil', rule: { days: 5, count: 'calendar' } }],
      complaints: parseComplaints([
        { id: 'C-1', unit: disdukcapil, channel: 'lapor', received: '2024-03-01', subject: 'KTP-el belum dicetak' },
        { id: 'C-2', unit: disdukcapil, channel: 'whatsapp', received: '2024-03-18', subject: 'Antrean' },
        { id: 'C-3', unit: disdukcapil, channel: 'phone', received: '2024-03-01', subject: 'KK', closed: '2024-03-04' },
      ])._unsafeUnwrap(),
    })._unsafeUnwrap();
    expect(tracking.overdue.map((t) => [t.complaint.id, t.deadline, t.daysOverdue])).toEqual([['C-1', '2024-03-06', 14]]);
    expect(tracking.open.map((t) => t.complaint.id)).toEqual(['C-1', 'C-2']);
    expect(tracking.complaints.map((t) => t.status)).toEqual(['overdue', 'open', 'closed-on-time']);
    expect(tracking.byUnit).toEqual([{ unit: disdukcapil, received: 3, open: 1, overdue: 1, closedOnTime: 1, closedLate: 0 }]);
    expect(tracking.reasons).toEqual([
      {
        code: 'service-quality/complaint-overdue',
        severity: 'warning',
        basis: { instrument: 'UU 25/2009', note: 'complaint deadlines are configuration per unit', interpretation: 'complaint-deadlines' },
        message: {
          id: 'Pengaduan C-1 (Disdukcapil Kota Medan) melewati batas waktu 2024-03-06 sebanyak 14 hari.',
          en: 'Complaint C-1 (Disdukcapil Kota Medan) is 14 days past its deadline of 2024-03-06.',
        },
        data: { complaint: 'C-1', unit: 'disdukcapil', deadline: '2024-03-06', daysOverdue: 14 },
      },
    ]);
  });

  it('per-unit rules, tiers, extensions, unit calendars and the statutory default', () => {
    const tracking = trackComplaints({
      asOf: '2024-04-05',
      calendar,
      unitCalendars: { 'rsud-pirngadi': saturdayCalendar },
      policies: [
        {
          unitId: 'disdukcapil',
          rule: { days: 10, count: 'working', extensionDays: 7 },
          tiers: { ringan: { days: 2, count: 'working' }, 'perlu-pemeriksaan': { days: 60, count: 'working' } },
          source: 'Standar Pelayanan Pengaduan Disdukcapil Kota Medan',
        },
        { unitId: 'rsud-pirngadi', rule: { days: 5, count: 'working' } },
      ],
      complaints: parseComplaints([
        { id: 'A', unit: disdukcapil, channel: 'lapor', received: '2024-03-01', subject: 'NIK ganda', extended: true },
        { id: 'B', unit: disdukcapil, channel: 'in-person', received: '2024-03-25', subject: 'Loket tutup', tier: 'ringan' },
        { id: 'C', unit: dinkes, channel: 'letter', received: '2024-03-01', subject: 'Puskesmas', closed: '2024-03-20' },
        { id: 'D', unit: rsud, channel: 'phone', received: '2024-03-28', subject: 'Antrean IGD' },
        { id: 'E', unit: disdukcapil, channel: 'email', received: '2024-04-10', subject: 'After asOf' },
        { id: 'F', unit: disdukcapil, channel: 'sms', received: '2024-03-04', subject: 'Akta', tier: 'perlu-pemeriksaan', closed: '2024-04-30' },
      ])._unsafeUnwrap(),
    })._unsafeUnwrap();
    expect(tracking.complaints.map((t) => [t.complaint.id, t.due, t.deadline, t.status, t.daysOverdue])).toEqual([
      ['A', '2024-03-19', '2024-03-28', 'overdue', 8],
      // Mon 25 Mar + 2 working days; Good Friday 29 Mar is later.
      ['B', '2024-03-27', '2024-03-27', 'overdue', 9],
      ['C', '2024-03-15', '2024-03-15', 'closed-late', 5],
      // 6-day week: Fri 29 Mar (Good Friday) skipped; Sat 30, Mon 1, Tue 2, Wed 3, Thu 4.
      ['D', '2024-04-04', '2024-04-04', 'overdue', 1],
      // Closed after asOf: still open on asOf. 60 working days after Mon 4 Mar 2024, skipping Nyepi, Good Friday,
      // Idul Fitri and its cuti bersama (8–12, 15 Apr), 1, 9, 10, 23, 24 May: Fri 14 Jun.
      ['F', '2024-06-14', '2024-06-14', 'open', 0],
    ]);
    expect(tracking.complaints[0]?.extendedDue).toBe('2024-03-28');
    expect(tracking.overdue.map((t) => t.complaint.id)).toEqual(['B', 'A', 'D']);
    expect(tracking.closedLate.map((t) => t.complaint.id)).toEqual(['C']);
    expect(tracking.byUnit.map((u) => [u.unit.id, u.received, u.open, u.overdue, u.closedOnTime, u.closedLate])).toEqual([
      ['disdukcapil', 3, 1, 2, 0, 0],
      ['dinkes', 1, 0, 0, 0, 1],
      ['rsud-pirngadi', 1, 0, 1, 0, 0],
    ]);
    expect(tracking.reasons.find((r) => r.code === 'service-quality/complaint-closed-late')?.message.en).toBe(
      'Complaint C (Dinas Kesehatan Kota Medan) was closed 5 days after its deadline of 2024-03-15.',
    );
    expect(tracking.reasons[0]?.basis).toEqual({ instrument: 'Standar Pelayanan Pengaduan Disdukcapil Kota Medan', interpretation: 'complaint-deadlines' });
  });

  it('an empty register', () => {
    expect(trackComplaints({ complaints: [], asOf: '2026-03-31' })._unsafeUnwrap()).toEqual({
      asOf: '2026-03-31',
      complaints: [],
      open: [],
      overdue: [],
      closedLate: [],
      byUnit: [],
      reasons: [],
    });
  });

  it('errors: unknown tier, duplicate ids and policies, closed before received, no calendar, outside the calendar', () => {
    const base = { id: 'X', unit: dinkes, channel: 'lapor', received: '2024-03-01', subject: 'S' };
    const js = (params: Record<string, unknown>) => trackComplaints(untyped(params));
    expect(dataOf(js({ complaints: [{ ...base, tier: 'ringan' }], asOf: '2024-03-20' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'complaints.0.tier', message: 'Unit dinkes has no deadline for tier "ringan"' },
    ]);
    expect(dataOf(js({ complaints: [base, base], asOf: '2024-03-20' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'complaints.1.id', message: 'A second complaint with id X' },
    ]);
    const policy = { unitId: 'dinkes', rule: { days: 5, count: 'working' } } as const;
    expect(dataOf(trackComplaints({ complaints: [], policies: [policy, policy], asOf: '2024-03-20' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'policies.1.unitId', message: 'A second policy for unit dinkes' },
    ]);
    expect(dataOf(js({ complaints: [{ ...base, closed: '2024-02-01' }], asOf: '2024-03-20' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'complaints.0.closed', message: 'A complaint cannot be closed before it was received' },
    ]);
    const noCalendar = js({ complaints: [base], policies: [policy], asOf: '2024-03-20' })._unsafeUnwrapErr();
    expect(noCalendar.code).toBe('service-quality/due-date-unavailable');
    expect(noCalendar.data).toEqual({ received: '2024-03-01', complaint: 'X' });
    const outside = js({ complaints: [{ ...base, received: '2020-12-28' }], policies: [policy], calendar, asOf: '2024-03-20' });
    expect(outside._unsafeUnwrapErr().code).toBe('calendar/year-not-covered');
    expect(js({ complaints: 'none', asOf: '2024-03-20' })._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
  });
});

describe('trackComplaints: boundaries and whole results', () => {
  const policies = [{ unitId: 'dinkes', rule: { days: 5, count: 'calendar' as const } }];
  const complaint = (id: string, received: string, closed?: string) => ({
    id,
    unit: dinkes,
    channel: 'phone' as const,
    received,
    subject: 'Antrean',
    ...(closed === undefined ? {} : { closed }),
  });
  const POLICY_BASIS = { instrument: 'UU 25/2009', note: 'complaint deadlines are configuration per unit', interpretation: 'complaint-deadlines' };

  it('deadline 6 March: closed on it is on time, a day after is 1 day late; open on it is open, a day after 1 day overdue', () => {
    const tracking = trackComplaints({
      asOf: '2024-03-07',
      policies,
      complaints: parseComplaints([
        complaint('ON-TIME', '2024-03-01', '2024-03-06'),
        complaint('LATE', '2024-03-01', '2024-03-07'),
        complaint('OPEN', '2024-03-02'),
        complaint('OVERDUE', '2024-03-01'),
        complaint('TODAY', '2024-03-07'),
        complaint('TOMORROW', '2024-03-08'),
      ])._unsafeUnwrap(),
    })._unsafeUnwrap();
    expect(tracking.complaints.map((t) => [t.complaint.id, t.deadline, t.status, t.daysOverdue])).toEqual([
      ['ON-TIME', '2024-03-06', 'closed-on-time', 0],
      ['LATE', '2024-03-06', 'closed-late', 1],
      ['OPEN', '2024-03-07', 'open', 0],
      ['OVERDUE', '2024-03-06', 'overdue', 1],
      ['TODAY', '2024-03-12', 'open', 0],
    ]);
    expect(tracking.complaints[0]).not.toHaveProperty('extendedDue');
    expect(tracking.open.map((t) => t.complaint.id)).toEqual(['OVERDUE', 'OPEN', 'TODAY']);
    expect(tracking.closedLate.map((t) => t.complaint.id)).toEqual(['LATE']);
    expect(tracking.byUnit).toEqual([{ unit: dinkes, received: 5, open: 2, overdue: 1, closedOnTime: 1, closedLate: 1 }]);
    expect(tracking.reasons).toEqual([
      {
        code: 'service-quality/complaint-closed-late',
        severity: 'warning',
        basis: POLICY_BASIS,
        message: {
          id: 'Pengaduan LATE (Dinas Kesehatan Kota Medan) diselesaikan 1 hari setelah batas waktu 2024-03-06.',
          en: 'Complaint LATE (Dinas Kesehatan Kota Medan) was closed 1 days after its deadline of 2024-03-06.',
        },
        data: { complaint: 'LATE', unit: 'dinkes', deadline: '2024-03-06', daysOverdue: 1 },
      },
      {
        code: 'service-quality/complaint-overdue',
        severity: 'warning',
        basis: POLICY_BASIS,
        message: {
          id: 'Pengaduan OVERDUE (Dinas Kesehatan Kota Medan) melewati batas waktu 2024-03-06 sebanyak 1 hari.',
          en: 'Complaint OVERDUE (Dinas Kesehatan Kota Medan) is 1 days past its deadline of 2024-03-06.',
        },
        data: { complaint: 'OVERDUE', unit: 'dinkes', deadline: '2024-03-06', daysOverdue: 1 },
      },
    ]);
  });

  it('closed after asOf is still open on asOf; the overdue list is longest overdue first whatever the input order', () => {
    const tracking = trackComplaints({
      asOf: '2024-03-20',
      policies,
      complaints: parseComplaints([
        complaint('B', '2024-03-10'),
        complaint('A', '2024-03-01', '2024-03-21'),
        complaint('C', '2024-03-12'),
      ])._unsafeUnwrap(),
    })._unsafeUnwrap();
    expect(tracking.overdue.map((t) => [t.complaint.id, t.daysOverdue])).toEqual([['A', 14], ['B', 5], ['C', 3]]);
    expect(tracking.open.map((t) => t.complaint.id)).toEqual(['A', 'B', 'C']);
    expect(tracking.closedLate).toEqual([]);
  });

  it('an extended complaint counts its extended deadline; the entry keeps both dates', () => {
    const tracking = trackComplaints({
      asOf: '2024-03-20',
      policies: [{ unitId: 'dinkes', rule: { days: 5, count: 'calendar', extensionDays: 10 } }],
      complaints: parseComplaints([
        { ...complaint('X', '2024-03-01'), extended: true },
        complaint('Y', '2024-03-01'),
      ])._unsafeUnwrap(),
    })._unsafeUnwrap();
    expect(tracking.complaints.map((t) => [t.complaint.id, t.due, t.extendedDue, t.deadline, t.status, t.daysOverdue])).toEqual([
      ['X', '2024-03-06', '2024-03-16', '2024-03-16', 'overdue', 4],
      ['Y', '2024-03-06', '2024-03-16', '2024-03-06', 'overdue', 14],
    ]);
  });

  it('a tier of a unit’s policy sets its deadline; a unit’s calendar applies only to that unit', () => {
    const tracking = trackComplaints({
      asOf: '2024-03-04',
      calendar,
      unitCalendars: { dinkes: saturdayCalendar },
      policies: [
        { unitId: 'dinkes', rule: { days: 10, count: 'working' }, tiers: { ringan: { days: 1, count: 'working' } } },
        { unitId: 'disdukcapil', rule: { days: 1, count: 'working' } },
      ],
      complaints: parseComplaints([
        { ...complaint('T', '2024-03-01'), tier: 'ringan' },
        { id: 'U', unit: disdukcapil, channel: 'lapor', received: '2024-03-01', subject: 'KK' },
      ])._unsafeUnwrap(),
    })._unsafeUnwrap();
    // Friday 1 March 2024 + 1 working day: Saturday 2 March in the 6-day week, Monday 4 March in the 5-day week.
    expect(tracking.complaints.map((t) => [t.complaint.id, t.deadline, t.status])).toEqual([
      ['T', '2024-03-02', 'overdue'],
      ['U', '2024-03-04', 'open'],
    ]);
  });

  it('a tier the unit has not set is invalid input; parsed policies with tiers are used as they are', () => {
    const result = trackComplaints(
      untyped({ asOf: '2024-03-20', complaints: [{ ...complaint('C', '2024-03-01'), tier: 'berat' }], policies: [{ unitId: 'dinkes', rule: { days: 5, count: 'calendar' } }] }),
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'service-quality/invalid-input' });
    const parsedPolicies = parseComplaintPolicies([{ unitId: 'dinkes', rule: { days: 5, count: 'calendar' }, tiers: { ringan: { days: 1, count: 'calendar' } } }])._unsafeUnwrap();
    const ok = trackComplaints({ asOf: '2024-03-20', policies: parsedPolicies, complaints: parseComplaints([{ ...complaint('C', '2024-03-01'), tier: 'ringan' }])._unsafeUnwrap() });
    expect(ok._unsafeUnwrap().complaints[0]?.deadline).toBe('2024-03-02');
  });
});

describe('trackComplaints types', () => {
  it('returns a Result of the register or a service-quality error', () => {
    expectTypeOf(trackComplaints).parameter(0).toEqualTypeOf<TrackComplaintsParams>();
    expectTypeOf(trackComplaints).returns.toEqualTypeOf<Result<ComplaintTracking, ServiceQualityError>>();
  });
});

describe('properties', () => {
  const complaint = fc.record({
    id: fc.uuid(),
    unit: fc.constantFrom(disdukcapil, dinkes),
    channel: fc.constantFrom('lapor', 'phone', 'email'),
    received: fc.integer({ min: 1, max: 28 }).map((d) => `2024-02-${String(d).padStart(2, '0')}`),
    subject: fc.constant('Layanan'),
  });

  it('every complaint up to asOf is listed once; open ⊇ overdue; counts add up', () => {
    fc.assert(
      fc.property(fc.uniqueArray(complaint, { selector: (c) => c.id, maxLength: 20 }), (complaints) => {
        const tracking = trackComplaints({ complaints: parseComplaints(complaints)._unsafeUnwrap(), asOf: '2024-02-20', calendar })._unsafeUnwrap();
        const upTo = complaints.filter((c) => c.received <= '2024-02-20').length;
        expect(tracking.complaints).toHaveLength(upTo);
        expect(tracking.overdue.every((t) => tracking.open.includes(t))).toBe(true);
        expect(tracking.byUnit.reduce((sum, u) => sum + u.open + u.overdue + u.closedOnTime + u.closedLate, 0)).toBe(upTo);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = trackComplaints(untyped(input));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});

describe('D6: unit ids and tier names are looked up as own properties, never on Object.prototype', () => {
  const policies = [{ unitId: 'disdukcapil', rule: { days: 10, count: 'calendar' as const }, tiers: { ringan: { days: 2, count: 'calendar' as const } } }];

  it('a tier named constructor, toString or __proto__ is refused, as any tier the unit has not set', () => {
    for (const tier of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const result = trackComplaints({
        asOf: '2024-03-20',
        policies,
        complaints: parseComplaints([{ id: 'C-1', unit: disdukcapil, channel: 'lapor', received: '2024-03-01', subject: 'KTP-el', tier }])._unsafeUnwrap(),
      });
      expect(result.isErr() && dataOf(result.error, 'service-quality/invalid-input').issues).toEqual([{ path: 'complaints.0.tier', message: `Unit disdukcapil has no deadline for tier "${tier}"` }]);
    }
  });

  it('a unit with id constructor gets the default calendar, not Object.prototype.constructor', () => {
    const unit = { id: 'constructor', name: 'Unit' };
    const result = trackComplaints({
      asOf: '2024-03-20',
      calendar,
      unitCalendars: { other: saturdayCalendar },
      policies: [{ unitId: 'constructor', rule: { days: 5, count: 'working' } }],
      complaints: parseComplaints([{ id: 'C-1', unit, channel: 'lapor', received: '2024-03-01', subject: 'KTP-el' }])._unsafeUnwrap(),
    });
    // Five working days of the 5-day week after Friday 1 March 2024: 4–8 March.
    expect(result._unsafeUnwrap().complaints.map((entry) => entry.deadline)).toEqual(['2024-03-08']);
  });
});
