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
  return result.isErr() ? (result.error.data['issues'] as InputIssue[])[0] : undefined;
}

function message(issues: unknown, path: string): string | undefined {
  return (issues as InputIssue[]).find((issue) => issue.path === path)?.message;
}

const COUNTS: readonly unknown[] = [0, -1, 1.5, Number.NaN, Infinity, -Infinity, 2 ** 60, -(2 ** 60), '3', null, undefined, [], {}, true, 10n, Symbol('n')];

describe('argument checks', () => {
  it('word a bad count as zod words z.int() (and its minimum of 1 for a span)', () => {
    for (const n of COUNTS) {
      const span = dataOf(workingSpanEnd(calendar, '2026-03-16', n as number)._unsafeUnwrapErr(), 'calendar/invalid-input').issues;
      expect(message(span, 'n')).toBe(zodIssue(z.int().check(z.minimum(1)), n)?.message);
      if (n === 0 || n === -1) continue;
      const step = dataOf(addWorkingDays(calendar, '2026-03-16', n as number)._unsafeUnwrapErr(), 'calendar/invalid-input').issues;
      expect(message(step, 'n')).toBe(zodIssue(z.int(), n)?.message);
      const year = dataOf(nonWorkingDays(calendar, n as number)._unsafeUnwrapErr(), 'calendar/invalid-input').issues;
      expect(message(year, 'year')).toBe(zodIssue(z.int(), n)?.message);
    }
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
