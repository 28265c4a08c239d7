import type { IsoDate } from '../core';

// 1 January and 31 December of a year, written once per year: the leave functions put them in every result. The
// callers' years are checked (1900–2999) before they get here.

const FIRST_YEAR = 1900;
const starts: (IsoDate | undefined)[] = [];
const ends: (IsoDate | undefined)[] = [];

/** 1 January of a year, 1900–2999 (internal). */
export function yearStart(year: number): IsoDate {
  // Stryker disable next-line ArithmeticOperator: a cache slot; `year + FIRST_YEAR` is also one slot per year
  return (starts[year - FIRST_YEAR] ??= `${String(year)}-01-01` as IsoDate);
}

/** 31 December of a year, 1900–2999 (internal). */
export function yearEnd(year: number): IsoDate {
  // Stryker disable next-line ArithmeticOperator: a cache slot; `year + FIRST_YEAR` is also one slot per year
  return (ends[year - FIRST_YEAR] ??= `${String(year)}-12-31` as IsoDate);
}
