import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { existingLeaveSchema, ledgerEntrySchema, leaveRequestSchema } from '../../src/leave';
import { cachedEmployee, isPlainExisting, isPlainLedger, plainRequest, rememberEmployee } from '../../src/leave/fast-path';
import { pns } from './fixtures';

const date = fc.oneof(fc.constantFrom('2026-01-01', '2024-02-29', '2025-02-29', '26-01-01', '1899-12-31'), fc.string());
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

describe('fast path', () => {
  it('fills the request defaults like the schema', () => {
    expect(plainRequest({ id: 'R', kind: 'annual', start: '2026-01-05', end: '2026-01-06' })).toEqual(
      leaveRequestSchema.parse({ id: 'R', kind: 'annual', start: '2026-01-05', end: '2026-01-06' }));
    expect(plainRequest('x')).toBeUndefined();
  });

  it('remembers parsed employees by input object only', () => {
    const input = { any: 'object' };
    const employee = pns();
    expect(cachedEmployee(input)).toBeUndefined();
    rememberEmployee(input, employee);
    rememberEmployee('not an object', employee);
    expect([cachedEmployee(input), cachedEmployee('not an object')]).toEqual([employee, undefined]);
  });
});

describe('properties', () => {
  it('a ledger entry passes the fast check only if the zod schema accepts it', () => {
    const entryArb = fc.record({
      type: fc.constantFrom('grant', 'taken', 'lapse', 'bogus'), kind: fc.constantFrom('annual', 'sick', 'x'),
      year: fc.oneof(fc.integer({ min: 1890, max: 3010 }), fc.double()), date, days: fc.oneof(fc.integer({ min: -2, max: 100_001 }), fc.double()),
      requestId: maybe(fc.oneof(fc.string(), fc.integer())), ground: maybe(fc.constantFrom('regular', 'nope')),
      carryable: maybe(fc.oneof(fc.boolean(), fc.constant(1))),
      basis: fc.oneof(fc.record({ instrument: fc.string(), article: maybe(fc.oneof(fc.string(), fc.integer())), note: maybe(fc.string()) }), fc.constant(null)),
    }, { requiredKeys: ['type', 'kind', 'year', 'date', 'days', 'basis'] });
    fc.assert(fc.property(entryArb, (entry) => !isPlainLedger([entry]) || ledgerEntrySchema.safeParse(entry).success));
    fc.assert(fc.property(fc.anything(), (value) => !isPlainLedger(value) || ledgerEntrySchema.array().safeParse(value).success));
  });

  it('a request passes the fast check only if the zod schema accepts it, with the same output', () => {
    const requestArb = fc.record({
      id: fc.oneof(fc.constant(''), fc.string({ minLength: 1 })), kind: fc.constantFrom('annual', 'sick', 'x'), ground: maybe(fc.constantFrom('regular', 'nope')),
      start: date, end: date, remotePlaceDays: maybe(fc.oneof(fc.integer({ min: -1, max: 400 }), fc.double())), abroad: maybe(fc.oneof(fc.boolean(), fc.constant('y'))),
      documents: maybe(fc.oneof(fc.array(fc.constantFrom('doctor-certificate', 'nope')), fc.constant('doc'))), birthDate: maybe(date),
      reason: maybe(fc.oneof(fc.string(), fc.integer())), address: maybe(fc.string()), phone: maybe(fc.oneof(fc.string(), fc.integer())),
    }, { requiredKeys: ['id', 'kind', 'start', 'end'] });
    fc.assert(fc.property(requestArb, (request) => {
      const fast = plainRequest(request);
      if (fast === undefined) return true;
      const parsed = leaveRequestSchema.safeParse(request);
      return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(fast);
    }));
  });

  it('other requests pass the fast check only if the zod schema accepts them', () => {
    const existingArb = fc.record({
      id: fc.oneof(fc.constant(''), fc.string({ minLength: 1 })), kind: fc.constantFrom('annual', 'x'), start: date, end: date,
      status: fc.constantFrom('approved', 'nope'),
    });
    fc.assert(fc.property(existingArb, (other) => !isPlainExisting([other]) || existingLeaveSchema.safeParse(other).success));
    fc.assert(fc.property(fc.anything(), (value) => !isPlainExisting(value) || existingLeaveSchema.array().safeParse(value).success));
  });
});
