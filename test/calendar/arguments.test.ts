import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, createCalendar, isWorkingDay, nonWorkingDays, workingSpanEnd } from '../../src/calendar/index';
import { isoDateSchema, validate, type InputIssue } from '../../src/core';
import { hostile } from './arbitraries';
import { dataOf } from '../error-data';

// The working-day functions check their primitive arguments by hand (no zod in their bundle). Their issues read as
// zod's would for the same rule: a whole number (at least 1 for a span), a date.

const calendar = createCalendar()._unsafeUnwrap();

function zodIssue(schema: z.ZodMiniType, value: unknown): InputIssue | undefined {
  const result = validate(z.object({ value: schema }), { value }, 'x/invalid-input');
  return result.isErr() ? (dataOf(result.error, 'x/invalid-input').issues as InputIssue[])[0] : undefined;
}

/** zod's message in Bahasa Indonesia for a value: its first issue's, as `zodIssue` takes. */
function zodIndonesian(schema: z.ZodMiniType, value: unknown): string | undefined {
  const result = validate(z.object({ value: schema }), { value }, 'x/invalid-input');
  return result.isErr() ? result.error.message.id.replace('Masukan tidak valid — value: ', '').split('; value: ')[0] : undefined;
}

/**
 * The Indonesian message of a call's only bad argument. zod's Indonesian locale names an infinite number "number"
 * where its English one says "Infinity"; the calendar says "Infinity" in both, which is put back here to compare.
 */
function indonesian(error: { readonly message: { readonly id: string } }, path: string): string {
  return error.message.id.replace(`Masukan tidak valid — ${path}: `, '').replace(/diterima -?Infinity$/, 'diterima number');
}

function message(issues: unknown, path: string): string | undefined {
  return (issues as InputIssue[]).find((issue) => issue.path === path)?.message;
}

const COUNTS: readonly unknown[] = [
  0, -1, 1.5, Number.NaN, Infinity, -Infinity, 2 ** 60, -(2 ** 60), '3', null, undefined, [], {}, true, 10n, Symbol('n'),
  new Date(0), Object.create(null), Object.create(Object.create(null) as object), new (class Count { readonly n = 1; })(),
];

describe('argument checks', () => {
  it('word a bad count as zod words z.int() (and its minimum of 1 for a span)', () => {
    for (const n of COUNTS) {
      const span = workingSpanEnd(calendar, '2026-03-16', n as number)._unsafeUnwrapErr();
      expect(message(dataOf(span, 'calendar/invalid-input').issues, 'n')).toBe(zodIssue(z.int().check(z.minimum(1)), n)?.message);
      expect(indonesian(span, 'n')).toBe(zodIndonesian(z.int().check(z.minimum(1)), n));
      if (n === 0 || n === -1) continue;
      const step = addWorkingDays(calendar, '2026-03-16', n as number)._unsafeUnwrapErr();
      expect(message(dataOf(step, 'calendar/invalid-input').issues, 'n')).toBe(zodIssue(z.int(), n)?.message);
      expect(indonesian(step, 'n')).toBe(zodIndonesian(z.int(), n));
      const year = nonWorkingDays(calendar, n as number)._unsafeUnwrapErr();
      expect(message(dataOf(year, 'calendar/invalid-input').issues, 'year')).toBe(zodIssue(z.int(), n)?.message);
      expect(indonesian(year, 'year')).toBe(zodIndonesian(z.int(), n));
    }
  });

  it('call an instance of an unnamed class an object (zod would leave the type blank)', () => {
    expect(addWorkingDays(calendar, '2026-03-16', new (class { readonly n = 1; })() as unknown as number)._unsafeUnwrapErr().message).toEqual({
      id: 'Masukan tidak valid — n: Input tidak valid: diharapkan number, diterima object',
      en: 'Invalid input — n: Invalid input: expected number, received object',
    });
  });

  it('name every bad argument, in parameter order, in English and in Bahasa Indonesia', () => {
    const error = workingSpanEnd({} as typeof calendar, '2026-02-30', 0)._unsafeUnwrapErr();
    expect(dataOf(error, 'calendar/invalid-input').issues).toEqual([
      { path: 'calendar', message: 'Expected a working calendar made by createCalendar (asn-kit/calendar)' },
      { path: 'start', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
      { path: 'n', message: 'Too small: expected number to be >=1' },
    ]);
    expect(error.message.id).toBe(
      'Masukan tidak valid — calendar: Diharapkan kalender kerja yang dibuat oleh createCalendar (asn-kit/calendar); ' +
        'start: Diharapkan tanggal kalender yang nyata dengan format YYYY-MM-DD (tahun 1900–2999); n: Terlalu kecil: diharapkan number menjadi >=1',
    );
  });
});

describe('properties', () => {
  it('a date argument is refused exactly when isoDateSchema refuses it, with its message', () => {
    fc.assert(
      fc.property(hostile(), (date) => {
        const result = isWorkingDay(calendar, date as string);
        const expected = zodIssue(isoDateSchema, date);
        if (expected === undefined) expect(result.isOk() || result.error.code === 'calendar/out-of-range').toBe(true);
        else expect(message(dataOf(result._unsafeUnwrapErr(), 'calendar/invalid-input').issues, 'date')).toBe(expected.message);
      }),
    );
  });
});
