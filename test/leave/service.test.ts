import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core';
import { sameDayYearsLater, serviceAnniversary } from '../../src/leave/service';
import { pns } from './fixtures';

const date = (text: string): IsoDate => text as IsoDate;

describe('sameDayYearsLater', () => {
  it('keeps the day of the month', () => {
    expect(sameDayYearsLater(date('2025-03-01'), 1)).toBe('2026-03-01');
    expect(sameDayYearsLater(date('2024-01-29'), 1)).toBe('2025-01-29');
    expect(sameDayYearsLater(date('2024-03-29'), 1)).toBe('2025-03-29');
  });

  it('29 February becomes 28 February in a common year and stays in a leap year (Gregorian rules)', () => {
    expect(sameDayYearsLater(date('2024-02-29'), 1)).toBe('2025-02-28');
    expect(sameDayYearsLater(date('2024-02-29'), 4)).toBe('2028-02-29');
    expect(sameDayYearsLater(date('2096-02-29'), 4)).toBe('2100-02-28');
    expect(sameDayYearsLater(date('1996-02-29'), 4)).toBe('2000-02-29');
  });
});

describe('serviceAnniversary (R-L5: CLTN does not count as service, PP 11/2017 Pasal 337 ayat (2))', () => {
  const anniversary = (cltn: readonly { from: string; to: string }[]): IsoDate =>
    serviceAnniversary(pns({ kind: 'CPNS', tmtCpns: '2024-01-01', cltn }), 1);

  it('without CLTN: the same day a year later', () => {
    expect(anniversary([])).toBe('2025-01-01');
  });

  it('a CLTN that starts on the anniversary comes after the first year and moves nothing', () => {
    expect(anniversary([{ from: '2025-01-01', to: '2025-03-31' }])).toBe('2025-01-01');
  });

  it('a CLTN that starts the day before the anniversary moves it by its whole length', () => {
    expect(anniversary([{ from: '2024-12-31', to: '2025-01-09' }])).toBe('2025-01-11');
  });

  it('a CLTN that ends the day TMT begins counts that day; one that ends the day before counts nothing', () => {
    expect(anniversary([{ from: '2023-12-01', to: '2024-01-01' }])).toBe('2025-01-02');
    expect(anniversary([{ from: '2023-12-01', to: '2023-12-31' }])).toBe('2025-01-01');
  });

  it('CLTN periods are taken in date order: a later one counts once an earlier one has moved the date past it', () => {
    const june = { from: '2024-06-01', to: '2024-06-30' };
    const january = { from: '2025-01-15', to: '2025-01-20' };
    const february = { from: '2025-02-05', to: '2025-02-06' };
    expect(anniversary([february, january, june])).toBe('2025-02-08');
    expect(anniversary([january, june, february])).toBe('2025-02-08');
  });
});

describe('sameDayYearsLater, other February days', () => {
  it('only 29 February moves: 28 February and 10 February keep their day', () => {
    expect(sameDayYearsLater(date('2024-02-28'), 1)).toBe('2025-02-28');
    expect(sameDayYearsLater(date('2024-02-10'), 1)).toBe('2025-02-10');
    expect(sameDayYearsLater(date('2023-01-29'), 1)).toBe('2024-01-29');
  });
});
