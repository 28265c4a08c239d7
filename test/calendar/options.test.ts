import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { calendarOptionsSchema, createCalendar, type CalendarOptions, type CalendarYearData } from '../../src/calendar/index';
import { yearDataIssues } from '../../src/calendar/internal/rules';
import { invalidInput, validate, type InputIssue, type LocalizedText } from '../../src/core';
import { hostile } from './arbitraries';
import { dataOf } from '../error-data';

// createCalendar checks its options without zod (so that createCalendar + countWorkingDays bundle without it);
// calendarOptionsSchema is the published definition. These tests hold the two to each other: on every value, the
// same options are accepted, with the same issues (paths and English messages) and the same message in both languages.
// The properties get 30 s each: under mutation testing (instrumented code, a loaded machine) 5 s is not enough.

/** The issues of some options (paths and English messages), and the whole message in both languages; none when valid. */
interface Outcome {
  readonly issues: readonly InputIssue[];
  readonly message?: LocalizedText;
}

/**
 * A message in Bahasa Indonesia with two words of zod 4's Indonesian locale put in a form both sides share: zod writes
 * an unknown key as "Kunci tidak dikenali : …" (several as "Kunci tidak dikenali s: …", an English plural left in)
 * where createCalendar writes "Kunci tidak dikenali: …", and it names an infinite number "number" where its English
 * locale (and createCalendar, in both languages) says "Infinity".
 */
function comparable(message: LocalizedText): LocalizedText {
  return { id: message.id.replaceAll(/Kunci tidak dikenali (s?):|Kunci tidak dikenali:/g, 'Kunci tidak dikenali:').replaceAll(/diterima -?Infinity/g, 'diterima number'), en: message.en };
}

/** What the schema finds, then the checks of each year table (what a zod-based createCalendar would say). */
function schemaOutcome(input: unknown): Outcome {
  const parsed = validate(calendarOptionsSchema, input, 'calendar/invalid-input');
  if (parsed.isErr()) return { issues: dataOf(parsed.error, 'calendar/invalid-input').issues, message: comparable(parsed.error.message) };
  const issues = (parsed.value.yearData ?? []).flatMap((table, index) => yearDataIssues(table as CalendarYearData, `yearData.${String(index)}.`));
  if (issues.length === 0) return { issues: [] };
  const error = invalidInput('calendar/invalid-input', issues);
  return { issues: dataOf(error, 'calendar/invalid-input').issues, message: error.message };
}

/** What createCalendar finds in its options (nothing when it gets past them). */
function createOutcome(input: unknown): Outcome {
  const result = createCalendar(input as CalendarOptions);
  if (result.isOk() || result.error.code !== 'calendar/invalid-input') return { issues: [] };
  return { issues: dataOf(result.error, 'calendar/invalid-input').issues, message: comparable(result.error.message) };
}

const text = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant({ id: 'Hari libur', en: 'Holiday' }),
    fc.constant({ id: '', en: 'Holiday' }),
    fc.constant({ id: 'Hari libur' }),
    fc.constant({ id: 'a', en: 'b', de: 'c' }),
    fc.constant({ id: 'x'.repeat(10_001), en: `${'x'.repeat(9_999)}😀` }),
    fc.constant(null),
    fc.constant('Hari libur'),
  );

const basis = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant({ instrument: 'SKB' }),
    fc.constant({ instrument: 'Keppres 1/2027', article: 'Pasal 1', note: 'test' }),
    fc.constant({ instrument: '' }),
    fc.constant({ instrument: 'SKB', article: '' }),
    fc.constant({ instrument: 'SKB', article: undefined }),
    fc.constant({ instrument: 'SKB', extra: true }),
    fc.constant({ instrument: 'SKB', evidence: 'primary-text' }),
    fc.constant({}),
    fc.constant(7),
  );

const date = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom('2026-07-01', '2025-12-27', '2027-01-04', '2026-02-30', '2026-7-1', '', '2024-02-29', '2026-03-28', '1899-12-31', '3000-02-29', '2100-02-29'),
    fc.constant(20260701),
    fc.constant(null),
  );

const extraDay = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    date(),
    fc.record({ date: date(), name: text(), basis: basis() }, { requiredKeys: ['date'] }),
    fc.record({ date: date(), name: text(), basis: basis(), stray: fc.constant(1) }, { requiredKeys: [] }),
    fc.constantFrom([], [1], new Uint8Array(1)),
  );

const day = (): fc.Arbitrary<unknown> =>
  fc.record(
    {
      date: fc.oneof(fc.constantFrom('2027-01-01', '2027-03-10', '2026-12-31'), date()),
      kind: fc.constantFrom('holiday', 'collective-leave', 'weekend'),
      name: text(),
      basis: basis(),
      adHoc: fc.constantFrom(true, false, undefined),
    },
    { requiredKeys: ['date', 'kind', 'name', 'basis'] },
  );

const instrument = (): fc.Arbitrary<unknown> =>
  fc.record(
    { role: fc.constantFrom('skb', 'asn-keppres', 'ad-hoc', 'amendment', 'decree'), basis: basis(), signed: date(), title: text() },
    { requiredKeys: ['role', 'basis', 'signed'] },
  );

const table = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.record(
      {
        year: fc.oneof(fc.constantFrom(2025, 2026, 2027, 2028), fc.constantFrom(2027.5, 1800, 3000, '2027', 2 ** 60)),
        instruments: fc.oneof(fc.array(instrument(), { maxLength: 2 }), fc.constant(null)),
        days: fc.oneof(fc.array(day(), { maxLength: 3 }), fc.constant('days'), fc.constant(Array<null>(367).fill(null))),
        counts: fc.record({ holidays: fc.constantFrom(0, 1, 2 ** 60, -1), collectiveLeave: fc.constantFrom(0, -(2 ** 60), 0.5) }),
      },
      { requiredKeys: ['year', 'instruments', 'days'] },
    ),
    fc.constant({ year: 2027, instruments: [], days: [] }),
    fc.constant(null),
  );

const years = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.array(fc.integer({ min: 2022, max: 2028 }), { maxLength: 4 }),
    fc.array(fc.oneof(fc.integer({ min: 2024, max: 2026 }), fc.constantFrom(2025.5, 1899, 3000, Number.NaN, Infinity, '2025', null, 2 ** 60, -(2 ** 60))), {
      maxLength: 3,
    }),
    fc.constant(new Int32Array(2)),
    fc.constant(Array<number>(1_101).fill(2026)),
    fc.constant(2026),
  );

const options = (): fc.Arbitrary<unknown> =>
  fc.record(
    {
      workWeek: fc.constantFrom(5, 6, 7, '6', undefined, null),
      years: years(),
      extraHolidays: fc.oneof(fc.array(extraDay(), { maxLength: 3 }), fc.constant('2026-07-01')),
      extraWorkingDays: fc.array(extraDay(), { maxLength: 3 }),
      yearData: fc.oneof(fc.array(table(), { maxLength: 2 }), fc.constant({})),
      workweek: fc.constant(6),
      extra: fc.constant(true),
    },
    { requiredKeys: [] },
  );

describe('createCalendar checks its options as calendarOptionsSchema says', () => {
  it('on valid options of every kind: both accept', () => {
    const valid: readonly CalendarOptions[] = [
      {},
      { workWeek: 6 },
      { years: [2026, 2025] },
      { extraHolidays: ['2026-07-01', { date: '2026-07-02', name: { id: 'a', en: 'b' }, basis: { instrument: 'SKB', note: 'n' } }] },
      { extraWorkingDays: [{ date: '2026-03-28' }] },
      { yearData: [{ year: 2027, instruments: [], days: [{ date: '2027-01-01', kind: 'holiday', name: { id: 'a', en: 'b' }, basis: { instrument: 'SKB' }, adHoc: true }] }] },
    ];
    for (const input of valid) expect([createOutcome(input), schemaOutcome(input)]).toEqual([{ issues: [] }, { issues: [] }]);
  });

  it('on near misses: the same issues, path by path and message by message', () => {
    const cases: readonly unknown[] = [
      { workWeek: 7 },
      { workWeek: undefined },
      { years: [] },
      { years: [2024, 2026] },
      { years: [2026, 2026, 2030] },
      { years: [1.5, 1800, 3000.5, 'x'] },
      { zz: 1, workWeek: 7, aa: 2 },
      Object.create({ inherited: 1 }) as unknown,
      { extraHolidays: ['2026-02-30', { date: '2026-02-30' }, { date: '2026-01-01', x: 1 }, null, [], 3] },
      { extraWorkingDays: [{ date: '2026-01-01', name: undefined }] },
      { yearData: [{ year: 2027, instruments: [{ role: 'x', basis: { instrument: '' }, signed: 'x', title: null }], days: [] }] },
      { yearData: [{ year: 2027, instruments: [], days: [{ date: '2026-12-31', kind: 'holiday', name: { id: 'a', en: 'b' }, basis: { instrument: 'i' }, adHoc: false }] }] },
      { yearData: [{ year: 2027, instruments: [], days: [] }, { year: 2027, instruments: [], days: [] }] },
      { yearData: [{ year: 2027, instruments: [], days: [], extra: 1 }, 5] },
      // D9: a list past its limit is one issue, its items unread and the rules on it not run; a text past its limit
      // goes on; past the total, one issue at path ''. A count that is not a safe integer is only that issue.
      { years: Array<string>(1_101).fill('x') },
      { yearData: Array<unknown>(1_101).fill({ year: 2027, instruments: [], days: [] }), extraWorkingDays: ['2026-02-30'] },
      { extraHolidays: Array<null>(5_001).fill(null), extraWorkingDays: Array<null>(5_001).fill(null) },
      { yearData: [{ year: 2027, instruments: Array<null>(1_001).fill(null), days: Array<null>(367).fill(null), superseded: Array<null>(367).fill(null) }] },
      { yearData: [{ year: 2027, instruments: [], days: [{ date: '2027-01-01', kind: 'holiday', name: { id: 'x'.repeat(10_001), en: '' }, basis: { instrument: 'SKB', evidence: 'primary-text' } }] }] },
      { yearData: [{ year: 2027, instruments: [], days: [], counts: { holidays: 2 ** 60, collectiveLeave: -(2 ** 60) } }] },
      { years: [2026], extraHolidays: Array<string>(200_000).fill('2026-07-01') },
      new Uint8Array(2),
      null,
      'calendar',
      [],
    ];
    for (const input of cases) {
      const outcome = createOutcome(input);
      expect(outcome.issues.length).toBeGreaterThan(0);
      expect(outcome).toEqual(schemaOutcome(input));
    }
  });
});

describe('createCalendar words its option issues', () => {
  it('as zod would, in English and in Bahasa Indonesia', () => {
    const message = (input: unknown): Result<unknown, LocalizedText> => createCalendar(input as CalendarOptions).mapErr((error) => error.message);
    expect(message({ years: ['x'] })._unsafeUnwrapErr()).toEqual({
      id: 'Masukan tidak valid — years.0: Input tidak valid: diharapkan number, diterima string',
      en: 'Invalid input — years.0: Invalid input: expected number, received string',
    });
    // A date of the wrong type in an extra day's object stops its checks: one issue, at the day, as zod's union gives.
    expect(message({ extraHolidays: [{ date: 20260701 }] })._unsafeUnwrapErr()).toEqual({
      id: 'Masukan tidak valid — extraHolidays.0: date: Diharapkan tanggal kalender yang nyata dengan format YYYY-MM-DD (tahun 1900–2999)',
      en: 'Invalid input — extraHolidays.0: date: Expected a real calendar date written YYYY-MM-DD (years 1900–2999)',
    });
    expect(message({ yearData: [{ year: 2028, instruments: [], days: [], counts: { holidays: '1', collectiveLeave: 2.5 } }] })._unsafeUnwrapErr()).toEqual({
      id: 'Masukan tidak valid — yearData.0.counts.holidays: Input tidak valid: diharapkan number, diterima string; yearData.0.counts.collectiveLeave: Input tidak valid: diharapkan int, diterima number',
      en: 'Invalid input — yearData.0.counts.holidays: Invalid input: expected number, received string; yearData.0.counts.collectiveLeave: Invalid input: expected int, received number',
    });
  });
});

describe('properties', () => {
  it('arbitrary option objects: createCalendar and the schema report the same issues', () => {
    fc.assert(
      fc.property(options(), (input) => {
        expect(createOutcome(input)).toEqual(schemaOutcome(input));
      }),
      { numRuns: 2_000 },
    );
  }, 30_000);

  it('arbitrary values (no options at all aside): the same issues', () => {
    fc.assert(
      fc.property(hostile(), (input) => {
        fc.pre(input !== undefined);
        expect(createOutcome(input)).toEqual(schemaOutcome(input));
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);

  it('a failed check leaves the caller options unfrozen and unchanged', () => {
    fc.assert(
      fc.property(options(), (input) => {
        const before = structuredClone(input);
        createCalendar(input as CalendarOptions);
        expect(input).toEqual(before);
        expect(Object.isFrozen(input)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
