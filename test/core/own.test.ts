import { describe, expect, it } from 'vitest';
import { ownValue } from '../../src/core/own';

describe('ownValue', () => {
  it('finds an own property, even one that holds a falsy value', () => {
    expect(ownValue({ a: 1, b: 0, c: undefined }, 'a')).toBe(1);
    expect(ownValue({ a: 1, b: 0 }, 'b')).toBe(0);
  });

  it('never finds what Object.prototype or another prototype holds, nor anything in no record', () => {
    expect(['constructor', 'toString', '__proto__', 'hasOwnProperty'].map((key) => ownValue({ a: 1 }, key))).toEqual([undefined, undefined, undefined, undefined]);
    expect(ownValue(Object.create({ inherited: 1 }) as Record<string, number>, 'inherited')).toBeUndefined();
    expect(ownValue(undefined, 'a')).toBeUndefined();
    expect(ownValue({ constructor: 'own' }, 'constructor')).toBe('own');
  });
});
