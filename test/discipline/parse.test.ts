import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as zod from 'zod';
import * as z from 'zod/mini';
import { createCalendar } from '../../src/calendar';
import { fromDayNumber, toDayNumber, type IsoDate } from '../../src/core';
import {
  ABSENCE_SANCTION_TIERS,
  absenceRecordSchema,
  absenceRecordsSchema,
  absenceSanction,
  absenceSanctionOptionsSchema,
  absenceSanctionParamsSchema,
  absenceTierTableSchema,
  absentRecordSchema,
  parseAbsenceRecords,
  parseAbsenceSanctionParams,
  parseAbsenceTierTable,
  tallyAbsence,
  type AbsenceTierTable,
} from '../../src/discipline';

const FIVE_DAY = createCalendar()._unsafeUnwrap();

/** A plain, unparsed agency table (PPPK), as a JSON body or a database row gives it. */
const agencyTable = (): Record<string, unknown> => ({
  name: 'pemko-medan/pppk-absence',
  rows: [
    {
      id: 'year-5-plus',
      trigger: { kind: 'year-total', min: 5 },
      sanction: { code: 'written-reprimand', level: 'light', rank: 1, dismissal: false, label: { id: 'Teguran tertulis', en: 'Written reprimand' } },
      basis: { instrument: 'Perwal Medan (contoh)', article: 'Pasal 3' },
      effective: { from: '2024-01-01' },
    },
    {
      id: 'consecutive-5',
      trigger: { kind: 'consecutive', days: 5 },
      sanction: { code: 'contract-ended', level: 'severe', rank: 3, dismissal: true, label: { id: 'Pemutusan hubungan perjanjian kerja', en: 'Contract ended' } },
      stopsSalary: true,
      basis: { instrument: 'Perwal Medan (contoh)', article: 'Pasal 6' },
      effective: { from: '2024-01-01' },
    },
  ],
});

/** Every plain object and array inside a value is frozen. */
function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseAbsenceRecords', () => {
  it('returns a new, deeply frozen log and leaves the caller’s objects alone', () => {
    const input = [{ type: 'absent', from: '2025-03-24', to: '2025-04-11', note: 'dropped' }, { type: 'late', date: '2025-02-03', minutes: 25 }];
    const parsed = parseAbsenceRecords(input)._unsafeUnwrap();
    expect(parsed).toEqual([{ type: 'absent', from: '2025-03-24', to: '2025-04-11' }, { type: 'late', date: '2025-02-03', minutes: 25 }]);
    expect(parsed).not.toBe(input);
    expect(isDeeplyFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input[0])).toBe(false);
    expect(input[0]).toEqual({ type: 'absent', from: '2025-03-24', to: '2025-04-11', note: 'dropped' });
  });

  it('gives every issue with its path, the order of a period checked by the parser', () => {
    const error = parseAbsenceRecords([
      { type: 'absent', from: '2025-04-11', to: '2025-03-24' },
      { type: 'late', date: '2025-02-03', minutes: 451 },
      { type: 'sick', from: '2025-02-03' },
    ])._unsafeUnwrapErr();
    expect(error.code).toBe('discipline/invalid-input');
    expect(error.data).toEqual({
      issues: [
        { path: '1.minutes', message: 'Too big: expected number to be <=450' },
        { path: '2.type', message: "Invalid discriminator value. Expected 'absent' | 'late' | 'left-early'" },
      ],
    });
    expect(parseAbsenceRecords([{ type: 'absent', from: '2025-04-11', to: '2025-03-24' }, { type: 'absent', from: '2025-01-02' }])._unsafeUnwrapErr().data).toEqual({
      issues: [{ path: '0.to', message: 'The end of an absence must not be before its start' }],
    });
  });

  it('writes zod’s Indonesian message in message.id', () => {
    const error = parseAbsenceRecords([{ type: 'late', date: '2025-02-03', minutes: 0 }])._unsafeUnwrapErr();
    expect(error.message).toEqual({
      id: 'Masukan tidak valid — 0.minutes: Terlalu kecil: diharapkan number menjadi >=1',
      en: 'Invalid input — 0.minutes: Too small: expected number to be >=1',
    });
  });

  it('refuses hostile values with a coded error: typed arrays, symbols, null, functions, Maps', () => {
    for (const value of [new Uint8Array(3), new Float64Array([1]), Symbol('x'), null, undefined, () => [], new Map(), 12n, 'absent', [Symbol('r')], [new Int32Array(2)]]) {
      expect(parseAbsenceRecords(value)._unsafeUnwrapErr().code).toBe('discipline/invalid-input');
    }
  });
});

describe('parseAbsenceTierTable', () => {
  it('returns a deeply frozen table that the functions take without a second check', () => {
    const table = parseAbsenceTierTable(agencyTable())._unsafeUnwrap();
    expect(isDeeplyFrozen(table)).toBe(true);
    const spy = vi.spyOn(absenceTierTableSchema, 'safeParse');
    const decision = absenceSanction({ yearTotal: 6, longestConsecutive: 1 }, { table })._unsafeUnwrap();
    expect(decision.sanction?.code).toBe('written-reprimand');
    expect(decision.tier).toBe(table.rows[0]);
    // 16–20 June 2025: five working days in a row.
    const tally = tallyAbsence([{ type: 'absent', from: '2025-06-16' as IsoDate, to: '2025-06-20' as IsoDate }], FIVE_DAY, 2025, { table })._unsafeUnwrap();
    expect(tally.tier?.id).toBe('consecutive-5');
    expect(tally.salaryStopsFrom).toBe('2025-07-01');
    expect(spy).not.toHaveBeenCalled();
  });

  it('parses a raw table on every call', () => {
    const spy = vi.spyOn(absenceTierTableSchema, 'safeParse');
    const raw = agencyTable() as unknown as AbsenceTierTable;
    expect(absenceSanction({ yearTotal: 6, longestConsecutive: 1 }, { table: raw })._unsafeUnwrap().sanction?.code).toBe('written-reprimand');
    expect(absenceSanction({ yearTotal: 6, longestConsecutive: 1 }, { table: raw })._unsafeUnwrap().sanction?.code).toBe('written-reprimand');
    expect(spy).toHaveBeenCalledTimes(2);
    expect(Object.isFrozen(raw)).toBe(false);
  });

  it('counts the built-in PNS table as parsed: it is frozen and never checked again', () => {
    expect(isDeeplyFrozen(ABSENCE_SANCTION_TIERS)).toBe(true);
    const spy = vi.spyOn(absenceTierTableSchema, 'safeParse');
    expect(absenceSanction({ yearTotal: 12, longestConsecutive: 1 }, { table: ABSENCE_SANCTION_TIERS })._unsafeUnwrap().sanction?.code).toBe('allowance-cut-6-months');
    expect(spy).not.toHaveBeenCalled();
    // It passes its own parser (the sanctions it shares with SANCTIONS lose their own basis and dates there).
    expect(parseAbsenceTierTable(ABSENCE_SANCTION_TIERS)._unsafeUnwrap().rows.map((row) => row.id)).toEqual(ABSENCE_SANCTION_TIERS.rows.map((row) => row.id));
  });

  it('checks the fields against each other in the parser, with the paths of the table', () => {
    const table = agencyTable();
    const rows = table.rows as Record<string, unknown>[];
    rows[0] = { ...rows[0], trigger: { kind: 'year-total', min: 5, max: 4 }, effective: { from: '2024-01-02', to: '2024-01-01' } };
    expect(absenceTierTableSchema.safeParse(table).success).toBe(true);
    expect(parseAbsenceTierTable(table)._unsafeUnwrapErr().data).toEqual({
      issues: [
        { path: 'rows.0.trigger.max', message: 'The largest total of a tier must not be below its smallest' },
        { path: 'rows.0.effective.to', message: 'A row must not end before it starts' },
      ],
    });
    // Through the options of absenceSanction, the paths start at the option.
    // @ts-expect-error: intentionally invalid input
    expect(absenceSanction({ yearTotal: 3, longestConsecutive: 1 }, { table })._unsafeUnwrapErr().data).toEqual({
      issues: [
        { path: 'table.rows.0.trigger.max', message: 'The largest total of a tier must not be below its smallest' },
        { path: 'table.rows.0.effective.to', message: 'A row must not end before it starts' },
      ],
    });
  });
});

describe('parseAbsenceTierTable — the checks across fields', () => {
  it('refuses a tier whose max is below its min and a row that ends before it starts, in both languages', () => {
    const table = agencyTable();
    const rows = table.rows as Record<string, unknown>[];
    rows[0] = { ...rows[0], trigger: { kind: 'year-total', min: 5, max: 4 }, effective: { from: '2024-01-02', to: '2024-01-01' } };
    expect(parseAbsenceTierTable(table)._unsafeUnwrapErr()).toEqual({
      code: 'discipline/invalid-input',
      severity: 'error',
      basis: { instrument: 'asn-kit', note: 'input schema' },
      message: {
        id: 'Masukan tidak valid — rows.0.trigger.max: Jumlah terbesar suatu tingkat tidak boleh di bawah jumlah terkecilnya; rows.0.effective.to: Suatu baris tidak boleh berakhir sebelum dimulai',
        en: 'Invalid input — rows.0.trigger.max: The largest total of a tier must not be below its smallest; rows.0.effective.to: A row must not end before it starts',
      },
      data: {
        issues: [
          { path: 'rows.0.trigger.max', message: 'The largest total of a tier must not be below its smallest' },
          { path: 'rows.0.effective.to', message: 'A row must not end before it starts' },
        ],
      },
    });
  });

  it('accepts a row with an end date, one that ends on the day it starts, and a tier of exactly one total', () => {
    const table = agencyTable();
    const rows = table.rows as Record<string, unknown>[];
    rows[0] = { ...rows[0], trigger: { kind: 'year-total', min: 5, max: 5 }, effective: { from: '2024-01-01', to: '2024-12-31' } };
    rows[1] = { ...rows[1], effective: { from: '2024-01-01', to: '2024-01-01' } };
    const parsed = parseAbsenceTierTable(table)._unsafeUnwrap();
    expect(parsed.rows.map((row) => row.effective)).toEqual([{ from: '2024-01-01', to: '2024-12-31' }, { from: '2024-01-01', to: '2024-01-01' }]);
  });
});

describe('parseAbsenceRecords — the order of a period', () => {
  it('refuses a period that ends before it starts, in both languages', () => {
    expect(parseAbsenceRecords([{ type: 'absent', from: '2025-04-11', to: '2025-03-24' }])._unsafeUnwrapErr()).toEqual({
      code: 'discipline/invalid-input',
      severity: 'error',
      basis: { instrument: 'asn-kit', note: 'input schema' },
      message: {
        id: 'Masukan tidak valid — 0.to: Akhir ketidakhadiran tidak boleh sebelum awalnya',
        en: 'Invalid input — 0.to: The end of an absence must not be before its start',
      },
      data: { issues: [{ path: '0.to', message: 'The end of an absence must not be before its start' }] },
    });
  });
});

describe('parseAbsenceSanctionParams', () => {
  it('returns frozen counts that absenceSanction uses as they are', () => {
    const params = parseAbsenceSanctionParams({ yearTotal: 14, longestConsecutive: 3, lateMinutes: 500, asOf: '2026-01-01' })._unsafeUnwrap();
    expect(Object.isFrozen(params)).toBe(true);
    const spy = vi.spyOn(absenceSanctionParamsSchema, 'safeParse');
    const decision = absenceSanction(params, { convertLateness: true })._unsafeUnwrap();
    expect([decision.countedDays, decision.sanction?.code]).toEqual([15, 'allowance-cut-9-months']);
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses malformed counts with the module’s code, in both languages', () => {
    expect(parseAbsenceSanctionParams({ yearTotal: -1 })._unsafeUnwrapErr()).toEqual({
      code: 'discipline/invalid-input',
      severity: 'error',
      basis: { instrument: 'asn-kit', note: 'input schema' },
      message: {
        id: 'Masukan tidak valid — yearTotal: Terlalu kecil: diharapkan number menjadi >=0; longestConsecutive: Input tidak valid: diharapkan number, diterima undefined',
        en: 'Invalid input — yearTotal: Too small: expected number to be >=0; longestConsecutive: Invalid input: expected number, received undefined',
      },
      data: {
        issues: [
          { path: 'yearTotal', message: 'Too small: expected number to be >=0' },
          { path: 'longestConsecutive', message: 'Invalid input: expected number, received undefined' },
        ],
      },
    });
  });

  it('refuses malformed counts with every path', () => {
    expect(parseAbsenceSanctionParams({ yearTotal: -1, longestConsecutive: 2.5, asOf: '2026-02-30' })._unsafeUnwrapErr().data).toEqual({
      issues: [
        { path: 'yearTotal', message: 'Too small: expected number to be >=0' },
        { path: 'longestConsecutive', message: 'Invalid input: expected int, received number' },
        { path: 'asOf', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
      ],
    });
  });
});

describe('strict options', () => {
  it('refuses an unknown option key and names it', () => {
    // @ts-expect-error: misspelt option
    const sanction = absenceSanction({ yearTotal: 3, longestConsecutive: 1 }, { convertLatenes: true })._unsafeUnwrapErr();
    expect(sanction.code).toBe('discipline/invalid-input');
    expect(sanction.data).toEqual({ issues: [{ path: '', message: 'Unrecognized key: "convertLatenes"' }] });
    // @ts-expect-error: misspelt option
    const tally = tallyAbsence([], FIVE_DAY, 2025, { convertLatenes: true })._unsafeUnwrapErr();
    expect(tally.data).toEqual({ issues: [{ path: 'options', message: 'Unrecognized key: "convertLatenes"' }] });
    expect(tally.message.id).toBe('Masukan tidak valid — options: Kunci tidak dikenali : "convertLatenes"');
  });

  it('refuses null and non-object options, and a table key that is present but undefined', () => {
    for (const options of [null, 'convert', 1, [], new Uint8Array(1), { table: undefined }]) {
      // @ts-expect-error: intentionally invalid input
      expect(absenceSanction({ yearTotal: 3, longestConsecutive: 1 }, options)._unsafeUnwrapErr().code).toBe('discipline/invalid-input');
      // @ts-expect-error: intentionally invalid input
      expect(tallyAbsence([], FIVE_DAY, 2025, options)._unsafeUnwrapErr().code).toBe('discipline/invalid-input');
    }
  });

  it('takes the defaults when the options are undefined or empty', () => {
    const plain = absenceSanction({ yearTotal: 2, longestConsecutive: 1, lateMinutes: 450 })._unsafeUnwrap();
    expect(absenceSanction({ yearTotal: 2, longestConsecutive: 1, lateMinutes: 450 }, {})._unsafeUnwrap()).toEqual(plain);
    expect(plain.countedDays).toBe(2);
  });
});

describe('tallyAbsence arguments', () => {
  it('uses a parsed log without checking it again', () => {
    const log = parseAbsenceRecords([{ type: 'absent', from: '2026-02-02', to: '2026-02-13' }])._unsafeUnwrap();
    const spy = vi.spyOn(absenceRecordsSchema, 'safeParse');
    const tally = tallyAbsence(log, FIVE_DAY, 2026)._unsafeUnwrap();
    expect([tally.absentDays, tally.sanction?.code, tally.salaryStopsFrom]).toEqual([10, 'dismissal', '2026-03-01']);
    expect(spy).not.toHaveBeenCalled();
  });

  it('lists every issue of every argument, each path naming its argument', () => {
    const error = tallyAbsence(
      // @ts-expect-error: intentionally invalid input
      [{ type: 'late', date: '2025-02-03', minutes: 0 }],
      { kind: 'asn-kit/working-calendar' },
      2025.5,
      { convertLateness: 1 },
    )._unsafeUnwrapErr();
    expect(error.data).toEqual({
      issues: [
        { path: 'records.0.minutes', message: 'Too small: expected number to be >=1' },
        { path: 'calendar', message: 'Expected a working calendar made by createCalendar (asn-kit/calendar)' },
        { path: 'year', message: 'Invalid input: expected int, received number' },
        { path: 'options.convertLateness', message: 'Invalid input: expected boolean, received number' },
      ],
    });
    const crossField = tallyAbsence(
      // @ts-expect-error: intentionally invalid input
      [{ type: 'absent', from: '2025-04-11', to: '2025-03-24' }],
      FIVE_DAY,
      2025,
      { table: { ...agencyTable(), rows: [{ ...(agencyTable().rows as object[])[0], trigger: { kind: 'year-total', min: 5, max: 4 } }] } },
    )._unsafeUnwrapErr();
    expect(crossField.data).toEqual({
      issues: [
        { path: 'records.0.to', message: 'The end of an absence must not be before its start' },
        { path: 'options.table.rows.0.trigger.max', message: 'The largest total of a tier must not be below its smallest' },
      ],
    });
  });

  it('refuses years outside 1900–2999 before asking the calendar', () => {
    expect(tallyAbsence([], FIVE_DAY, 1899)._unsafeUnwrapErr().code).toBe('discipline/invalid-input');
    expect(tallyAbsence([], FIVE_DAY, 3000)._unsafeUnwrapErr().code).toBe('discipline/invalid-input');
    expect(tallyAbsence([], FIVE_DAY, 1900)._unsafeUnwrapErr().code).toBe('calendar/year-not-covered');
  });
});

describe('exported schemas', () => {
  it('write a JSON Schema in input mode, dates as format date, options closed', () => {
    const record = z.toJSONSchema(absenceRecordSchema, { io: 'input' }) as { oneOf: { properties: Record<string, { format?: string }> }[] };
    expect(record.oneOf).toHaveLength(2);
    expect(record.oneOf[0]?.properties.from?.format).toBe('date');
    expect(record.oneOf[1]?.properties.date?.format).toBe('date');
    const log = z.toJSONSchema(absenceRecordsSchema, { io: 'input' }) as { type: string };
    expect(log.type).toBe('array');
    const params = z.toJSONSchema(absenceSanctionParamsSchema, { io: 'input' }) as { required: string[] };
    expect(params.required).toEqual(['yearTotal', 'longestConsecutive']);
    const options = z.toJSONSchema(absenceSanctionOptionsSchema, { io: 'input' }) as { additionalProperties: boolean };
    expect(options.additionalProperties).toBe(false);
    const table = z.toJSONSchema(absenceTierTableSchema, { io: 'input' }) as unknown as { properties: { rows: { minItems: number } } };
    expect(table.properties.rows.minItems).toBe(1);
  });

  it('compose: extend, pick and embed in a consumer’s zod or zod/mini body', () => {
    const withReason = z.extend(absentRecordSchema, { reasonCode: z.string() });
    expect(withReason.safeParse({ type: 'absent', from: '2025-03-24', reasonCode: 'A1' }).success).toBe(true);
    expect(withReason.safeParse({ type: 'absent', from: '2025-03-24' }).success).toBe(false);
    const totals = z.pick(absenceSanctionParamsSchema, { yearTotal: true });
    expect(totals.safeParse({ yearTotal: 3 }).success).toBe(true);
    const miniBody = z.object({ nip: z.string(), records: absenceRecordsSchema });
    expect(miniBody.safeParse({ nip: '199003032014111005', records: [{ type: 'absent', from: '2025-03-24' }] }).success).toBe(true);
    const classicBody = zod.object({ nip: zod.string(), records: absenceRecordsSchema, options: absenceSanctionOptionsSchema });
    const body = classicBody.safeParse({ nip: '199003032014111005', records: [{ type: 'late', date: '2025-02-03', minutes: 20 }], options: { convertLateness: true } });
    expect(body.success).toBe(true);
    expect(classicBody.safeParse({ nip: 'x', records: [{ type: 'late', date: '2025-02-30', minutes: 20 }], options: {} }).success).toBe(false);
  });
});

describe('properties', () => {
  const FIRST = toDayNumber('2024-12-01' as IsoDate);
  const LAST = toDayNumber('2025-12-31' as IsoDate);
  const day = fc.integer({ min: FIRST, max: LAST }).map((n) => fromDayNumber(n) as string);
  const absentRecord = fc.oneof(
    day.map((from) => ({ type: 'absent', from })),
    fc.tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 15 })).map(([start, length]) => ({
      type: 'absent',
      from: fromDayNumber(start),
      to: fromDayNumber(Math.min(start + length, LAST)),
    })),
  );
  const latenessRecord = fc.record({ type: fc.constantFrom('late', 'left-early'), date: day, minutes: fc.integer({ min: 1, max: 450 }) });
  const log = fc.array(fc.oneof(absentRecord, latenessRecord), { maxLength: 10 });
  const options = fc.option(fc.record({ convertLateness: fc.boolean() }, { requiredKeys: [] }), { nil: undefined });
  const params = fc.record(
    {
      yearTotal: fc.integer({ min: 0, max: 60 }),
      longestConsecutive: fc.integer({ min: 0, max: 20 }),
      lateMinutes: fc.integer({ min: 0, max: 5000 }),
      asOf: fc.constantFrom('2021-08-31', '2025-06-30', '2026-12-31'),
    },
    { requiredKeys: ['yearTotal', 'longestConsecutive'] },
  );
  const hostile = fc.oneof(
    fc.anything(),
    fc.int8Array(),
    fc.float64Array(),
    fc.bigInt64Array(),
    fc.constantFrom(Symbol('s'), () => 1, new Map(), new Set(), Object.create(null) as object, new Date(0), 10n, [new Uint8Array(2)], { type: Symbol('absent') }),
  );

  it('tallyAbsence(parseAbsenceRecords(x)) equals tallyAbsence(x)', () => {
    fc.assert(
      fc.property(log, options, (records, chosen) => {
        const parsed = parseAbsenceRecords(records)._unsafeUnwrap();
        expect(tallyAbsence(parsed, FIVE_DAY, 2025, chosen)).toEqual(tallyAbsence(records as never, FIVE_DAY, 2025, chosen));
      }),
      { numRuns: 80 },
    );
  });

  it('absenceSanction(parse(x)) equals absenceSanction(x), with a parsed or a raw table', () => {
    const parsedTable = parseAbsenceTierTable(agencyTable())._unsafeUnwrap();
    fc.assert(
      fc.property(params, fc.boolean(), fc.boolean(), (counts, convertLateness, agency) => {
        const parsed = parseAbsenceSanctionParams(counts)._unsafeUnwrap();
        const asOf = agency ? { ...counts, asOf: '2025-06-30' } : counts;
        const parsedAt = agency ? parseAbsenceSanctionParams(asOf)._unsafeUnwrap() : parsed;
        const raw = agency ? { convertLateness, table: agencyTable() } : { convertLateness };
        const typed = agency ? { convertLateness, table: parsedTable } : { convertLateness };
        expect(absenceSanction(parsedAt, typed)).toEqual(absenceSanction(asOf as never, raw as never));
      }),
      { numRuns: 120 },
    );
  });

  it('parsed values are deeply frozen', () => {
    fc.assert(
      fc.property(log, params, (records, counts) => {
        expect(isDeeplyFrozen(parseAbsenceRecords(records)._unsafeUnwrap())).toBe(true);
        expect(isDeeplyFrozen(parseAbsenceSanctionParams(counts)._unsafeUnwrap())).toBe(true);
      }),
      { numRuns: 60 },
    );
    expect(isDeeplyFrozen(parseAbsenceTierTable(agencyTable())._unsafeUnwrap())).toBe(true);
  });

  it('mutating the caller’s objects between two calls changes the answer as the new data says', () => {
    fc.assert(
      fc.property(log, log, (before, after) => {
        const records: Record<string, unknown>[] = structuredClone(before);
        tallyAbsence(records as never, FIVE_DAY, 2025);
        // Change the caller's objects in place, as an ORM entity is changed, then the list itself.
        records.forEach((record, index) => {
          const next = after[index];
          if (next === undefined) return;
          for (const key of Object.keys(record)) Reflect.deleteProperty(record, key);
          Object.assign(record, structuredClone(next));
        });
        records.length = Math.min(records.length, after.length);
        records.push(...structuredClone(after.slice(records.length)));
        expect(tallyAbsence(records as never, FIVE_DAY, 2025)).toEqual(tallyAbsence(structuredClone(after) as never, FIVE_DAY, 2025));
      }),
      { numRuns: 60 },
    );
  });

  it('mutating counts or an agency table between two calls changes the decision', () => {
    const counts = { yearTotal: 6, longestConsecutive: 1 };
    const table = agencyTable();
    expect(absenceSanction(counts, { table: table as never })._unsafeUnwrap().sanction?.code).toBe('written-reprimand');
    ((table.rows as { trigger: { min: number } }[])[0] as { trigger: { min: number } }).trigger.min = 7;
    expect(absenceSanction(counts, { table: table as never })._unsafeUnwrap().sanction).toBeNull();
    counts.yearTotal = 8;
    expect(absenceSanction(counts, { table: table as never })._unsafeUnwrap().sanction?.code).toBe('written-reprimand');
    counts.yearTotal = -8;
    expect(absenceSanction(counts, { table: table as never })._unsafeUnwrapErr().code).toBe('discipline/invalid-input');
  });

  it('a failed parse leaves the caller’s objects unfrozen and unchanged', () => {
    const bad = fc.oneof(
      fc.constant({ type: 'absent', from: '2025-04-11', to: '2025-03-24' }),
      fc.constant({ type: 'late', date: '2025-02-03', minutes: 0 }),
      fc.constant({ type: 'absent', from: '2025-02-29' }),
    );
    fc.assert(
      fc.property(log, bad, fc.nat(), (records, wrong, at) => {
        const input: object[] = structuredClone(records);
        input.splice(at % (input.length + 1), 0, wrong);
        const snapshot = structuredClone(input);
        expect(parseAbsenceRecords(input).isErr()).toBe(true);
        expect(tallyAbsence(input as never, FIVE_DAY, 2025).isErr()).toBe(true);
        expect(input).toEqual(snapshot);
        expect(Object.isFrozen(input) || input.some((record) => Object.isFrozen(record))).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('parsers and functions never throw on hostile values, typed arrays included', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        for (const result of [
          parseAbsenceRecords(a),
          parseAbsenceTierTable(a),
          parseAbsenceSanctionParams(a),
          tallyAbsence(a as never, FIVE_DAY, 2025, b as never),
          tallyAbsence([], b as never, c as never),
          absenceSanction(a as never, b as never),
          absenceSanction({ yearTotal: 3, longestConsecutive: 1 }, { table: c as never }),
        ]) {
          expect(result.isOk() || result.isErr()).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
