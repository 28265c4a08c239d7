import { describe, expect, it } from 'vitest';
import { deepFrozen } from '../../src/core/frozen';

describe('deepFrozen', () => {
  it('freezes plain objects and arrays all the way down, null-prototype objects included, and returns the same value', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { inner: { n: 1 } });
    const value = { list: [{ a: 1 }, [2, { b: null }], null, 'x'], nested: { deeper: { c: 3 } }, bare };
    expect(deepFrozen(value)).toBe(value);
    const parts = [value, value.list, value.list[0], value.list[1], (value.list[1] as unknown[])[1], value.nested, value.nested.deeper, bare, bare['inner']];
    expect(parts.map((part) => Object.isFrozen(part))).toEqual([true, true, true, true, true, true, true, true, true]);
  });

  it('leaves primitives, class instances, maps and typed arrays as they are, and does not look inside them', () => {
    expect([deepFrozen(1), deepFrozen('a'), deepFrozen(null)]).toEqual([1, 'a', null]);
    class Box {
      readonly inner = { n: 1 };
    }
    const box = new Box();
    const map = new Map([['k', { n: 1 }]]);
    const bytes = new Uint8Array(2);
    const holder = { box, map, bytes, list: [box] };
    deepFrozen(holder);
    expect([Object.isFrozen(holder), Object.isFrozen(holder.list)]).toEqual([true, true]);
    expect([Object.isFrozen(box), Object.isFrozen(box.inner), Object.isFrozen(map), Object.isFrozen(map.get('k'))]).toEqual([false, false, false, false]);
    expect(deepFrozen(box)).toBe(box);
    expect(Object.isFrozen(box)).toBe(false);
  });

  it('leaves an already frozen object or array as it is, without visiting its children', () => {
    const inner = { n: 1 };
    const frozenObject = Object.freeze({ inner });
    const frozenArray = Object.freeze([inner]);
    deepFrozen(frozenObject);
    deepFrozen(frozenArray);
    deepFrozen({ frozenObject, frozenArray });
    expect(Object.isFrozen(inner)).toBe(false);
  });

  it('ends on a cycle', () => {
    const cycle: { self?: unknown; list: unknown[] } = { list: [] };
    cycle.self = cycle;
    cycle.list.push(cycle.list, cycle);
    expect(deepFrozen(cycle)).toBe(cycle);
    expect([Object.isFrozen(cycle), Object.isFrozen(cycle.list)]).toEqual([true, true]);
  });
});
