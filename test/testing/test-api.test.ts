import { describe, expect, it } from 'vitest';
import { check, checkSame, errorWith, okValue, sameValue } from '../../src/testing/test-api';
import { err, ok } from 'neverthrow';

describe('the contract suites\' own assertions', () => {
  it('sameValue: plain values equal key by key, in any order, keys holding undefined left out', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameValue({ a: undefined, b: 1 }, { b: 1, c: undefined })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1, c: 2 })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
    for (const [left, right] of [[1, {}], [{}, 1], [null, {}], [{}, null], ['a', ['a']], [['a'], 'a'], [[1], { 0: 1 }], [{ 0: 1 }, [1]], [1, '1']] as const) {
      expect(sameValue(left, right)).toBe(false);
    }
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, null)).toBe(true);
  });

  it('check, checkSame, okValue and errorWith fail with a message naming what differed', () => {
    expect(() => { check(false, 'the rows are frozen'); }).toThrow(new Error('asn-kit contract: the rows are frozen'));
    expect(() => { check(true, 'x'); }).not.toThrow();
    expect(() => { checkSame([1], [2], 'the versions'); }).toThrow(new Error('asn-kit contract: the versions: expected [2], got [1]'));
    expect(okValue(ok(3), 'read')).toBe(3);
    expect(() => okValue(err({ code: 'ports/not-found' }), 'read')).toThrow(new Error('asn-kit contract: read failed: {"code":"ports/not-found"}'));
    expect(errorWith(err({ code: 'ports/conflict', retryable: true }), 'ports/conflict', 'append')).toEqual({ code: 'ports/conflict', retryable: true });
    expect(() => errorWith(ok(1), 'ports/conflict', 'append')).toThrow(new Error('asn-kit contract: append: expected an Err with code ports/conflict, got Ok'));
    expect(() => errorWith(err({ code: 'ports/not-found' }), 'ports/conflict', 'append')).toThrow(new Error('asn-kit contract: append: expected code ports/conflict, got ports/not-found'));
  });
});
