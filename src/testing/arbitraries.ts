import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { addDays, type IsoDate } from '../core';
import type { Employee } from '../employee';
import { parseLeaveRequest, parseLedger, type LeaveRequest, type Ledger } from '../leave';
import { fixtureEmployee } from './fixtures';

/** The values of the `Ok` results (a generator built on a parser keeps what parses). */
function oks<T, E>(results: fc.Arbitrary<Result<T, E>>): fc.Arbitrary<T> {
  return results.map((result) => (result.isOk() ? [result.value] : [])).filter((values) => values.length === 1).map(([value]) => value as T);
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** A real date in 1960–1999 as its parts (day up to 28, so every month has it). */
const birthParts = (): fc.Arbitrary<{ year: number; month: number; day: number }> =>
  fc.record({ year: fc.integer({ min: 1960, max: 1999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });

/**
 * Valid NIPs of either layout, or of one: PNS `YYYYMMDD YYYYMM G NNN` (Peraturan Kepala BKN 22/2007) with the
 * appointment 18 to 35 years after the birth, PPPK `YYYYMMDD YYYY 2K G NNN` with a contract count 1–9. Needs
 * fast-check (an optional peer dependency of asn-kit, installed by you).
 *
 * @param layout - `pns`, `pppk`, or both (the default).
 * @returns An arbitrary of 18-digit strings that `parseNip` accepts.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { isValidNip } from 'asn-kit/employee';
 * import { nipArbitrary } from 'asn-kit/testing';
 * fc.assert(fc.property(nipArbitrary(), (nip) => isValidNip(nip))); // passes
 * ```
 */
export function nipArbitrary(layout?: 'pns' | 'pppk'): fc.Arbitrary<string> {
  const parts = fc.record({
    birth: birthParts(), after: fc.integer({ min: 18, max: 35 }), month: fc.integer({ min: 1, max: 12 }),
    contracts: fc.integer({ min: 1, max: 9 }), gender: fc.constantFrom(1, 2), sequence: fc.integer({ min: 1, max: 999 }),
    pppk: layout === undefined ? fc.boolean() : fc.constant(layout === 'pppk'),
  });
  return parts.map(({ birth, after, month, contracts, gender, sequence, pppk }) => {
    const appointed = pad(birth.year + after, 4) + (pppk ? `2${String(contracts)}` : pad(month, 2));
    return `${pad(birth.year, 4)}${pad(birth.month, 2)}${pad(birth.day, 2)}${appointed}${String(gender)}${pad(sequence, 3)}`;
  });
}

/**
 * Valid, parsed employees: PNS pelaksana and PPPK fungsional, in units `unit-1` to `unit-10`, with 5- or 6-day weeks,
 * whose birth date, TMT and sex agree with their NIP (as {@link fixtureEmployee} makes them).
 *
 * @param kind - `PNS`, `PPPK`, or both (the default).
 * @returns An arbitrary of parsed {@link Employee} values.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { retirementDate } from 'asn-kit/employee';
 * import { employeeArbitrary } from 'asn-kit/testing';
 * fc.assert(fc.property(employeeArbitrary('PNS'), (employee) => retirementDate(employee).isOk())); // passes
 * ```
 */
export function employeeArbitrary(kind?: 'PNS' | 'PPPK'): fc.Arbitrary<Employee> {
  return fc.record({
    kind: kind === undefined ? fc.constantFrom<'PNS' | 'PPPK'>('PNS', 'PPPK') : fc.constant(kind),
    unit: fc.integer({ min: 1, max: 10 }), workWeek: fc.constantFrom<5 | 6>(5, 6),
  }).chain(({ kind: chosen, unit, workWeek }) => oks(nipArbitrary(chosen === 'PPPK' ? 'pppk' : 'pns')
    .map((nip) => fixtureEmployee({ kind: chosen, nip, workUnitId: `unit-${String(unit)}`, workWeek }))));
}

/**
 * Valid, parsed ledgers of one year's annual leave: a grant of 12 days, perhaps carried days (up to 6), and taken
 * and returned entries dated in the year. Their balance may be negative: use them to test what a store or a report
 * does with any ledger, and `leaveBalance` to know what it holds.
 *
 * @param year - The leave year (default 2026).
 * @returns An arbitrary of parsed {@link Ledger} values.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { leaveBalance } from 'asn-kit/leave';
 * import { ledgerArbitrary } from 'asn-kit/testing';
 * fc.assert(fc.property(ledgerArbitrary(), (ledger) => leaveBalance(ledger, { kind: 'annual', asOf: '2026-12-31' }).isOk())); // passes
 * ```
 */
export function ledgerArbitrary(year = 2026): fc.Arbitrary<Ledger> {
  const basis = { instrument: 'PP 11/2017', article: 'Pasal 310' };
  const dated = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), days: fc.integer({ min: 1, max: 5 }), type: fc.constantFrom('taken', 'returned') });
  return oks(fc.record({ carried: fc.integer({ min: 0, max: 6 }), moves: fc.array(dated, { maxLength: 8 }) }).map(({ carried, moves }) => parseLedger([
    { type: 'grant', kind: 'annual', year, date: `${String(year)}-01-01`, days: 12, basis },
    ...(carried > 0 ? [{ type: 'carry-over', kind: 'annual', year, date: `${String(year)}-01-01`, days: carried, basis }] : []),
    ...moves.map((move) => ({ type: move.type, kind: 'annual', year, date: `${String(year)}-${pad(move.month, 2)}-${pad(move.day, 2)}`, days: move.days, basis })),
  ])));
}

/**
 * Valid, parsed annual-leave requests in a year: 1 to 10 calendar days, starting on any day of the year, with ids
 * `R-0` to `R-9999`.
 *
 * @param year - The year (default 2026).
 * @returns An arbitrary of parsed {@link LeaveRequest} values.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { leaveRequestArbitrary } from 'asn-kit/testing';
 * fc.assert(fc.property(leaveRequestArbitrary(), (request) => request.start <= request.end)); // passes
 * ```
 */
export function leaveRequestArbitrary(year = 2026): fc.Arbitrary<LeaveRequest> {
  const first = `${pad(year, 4)}-01-01` as IsoDate;
  return oks(fc.record({ id: fc.nat({ max: 9999 }), day: fc.integer({ min: 0, max: 354 }), length: fc.integer({ min: 1, max: 10 }) })
    .map(({ id, day, length }) => parseLeaveRequest({ id: `R-${String(id)}`, kind: 'annual', start: addDays(first, day), end: addDays(first, day + length - 1) })));
}
