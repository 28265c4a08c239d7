/**
 * Throwing getters and Proxies (decided in docs/quality.md): an exception thrown by the caller's own code while the
 * library reads an input (a getter, a Proxy trap, a revoked Proxy) propagates unchanged, as the very same value; it
 * is never turned into an Err. When it does, nothing has changed: not the caller's objects, not the library's state.
 * A Proxy that does not throw is read like any object.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar, countWorkingDays } from '../../src/calendar';
import { parseEmployee, serviceLength } from '../../src/employee';
import { evaluateLeaveRequest } from '../../src/leave';
import { parseSkp } from '../../src/performance';
import { trackComplaints } from '../../src/service-quality';
import { CALENDAR, pnsInput } from '../leave/fixtures';
import { skpInput } from '../performance/fixtures';

const boom = new Error('the caller\'s own failure');

/** A copy of `value` whose `key` is a getter that throws until `armed.on` is false. */
function withThrowingGetter<T extends object>(value: T, key: string, armed: { on: boolean }): T {
  const copy = { ...value };
  const original = (value as Record<string, unknown>)[key];
  Object.defineProperty(copy, key, { enumerable: true, configurable: true, get: () => {
    if (armed.on) throw boom;
    return original;
  } });
  return copy;
}

describe('throwing getters and Proxies: the caller\'s exception propagates unchanged, and nothing changes', () => {
  it('a throwing getter: the same error object comes out of parsers, domain functions and options alike', () => {
    const armed = { on: true };
    const employee = withThrowingGetter(pnsInput(), 'name', armed);
    expect(() => parseEmployee(employee)).toThrow(boom);
    expect(() => parseSkp(withThrowingGetter(skpInput(), 'period', armed))).toThrow(boom);
    expect(() => createCalendar(withThrowingGetter({ workWeek: 5 as const }, 'workWeek', armed))).toThrow(boom);
    expect(() => serviceLength('2010-01-01', '2020-01-01', withThrowingGetter({ excluding: [] }, 'excluding', armed))).toThrow(boom);
    expect(() => trackComplaints(withThrowingGetter({ asOf: '2024-03-20', complaints: [] }, 'complaints', armed))).toThrow(boom);
    let caught: unknown;
    try {
      parseEmployee(employee);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(boom);
  });

  it('after it: the caller\'s object is not frozen, nothing was recorded, and the next call works', () => {
    const armed = { on: true };
    const employee = withThrowingGetter(pnsInput(), 'name', armed);
    expect(() => parseEmployee(employee)).toThrow(boom);
    expect(Object.isFrozen(employee)).toBe(false);
    armed.on = false;
    const parsed = parseEmployee(employee);
    expect(parsed.isOk() && [(parsed.value as unknown) === employee, parsed.value.name]).toEqual([false, pnsInput()['name']]);
    expect(parseEmployee(pnsInput()).isOk()).toBe(true);
  });

  it('a Proxy trap that throws, and a revoked Proxy, propagate their own errors', () => {
    const trap = new Proxy(pnsInput(), { get: (target, key) => {
      if (key === 'nip') throw boom;
      return Reflect.get(target, key) as unknown;
    } });
    expect(() => parseEmployee(trap)).toThrow(boom);
    const { proxy, revoke } = Proxy.revocable(pnsInput(), {});
    revoke();
    expect(() => parseEmployee(proxy)).toThrow(TypeError);
  });

  it('a Proxy that does not throw is read like the object behind it, which stays unfrozen', () => {
    const target = pnsInput();
    const viaProxy = parseEmployee(new Proxy(target, {}))._unsafeUnwrap();
    expect(viaProxy).toEqual(parseEmployee(pnsInput())._unsafeUnwrap());
    expect(Object.isFrozen(target)).toBe(false);
  });

  it('a Proxy of a value the library made is not that value: it is checked again (a calendar is refused)', () => {
    const employee = parseEmployee(pnsInput())._unsafeUnwrap();
    expect(parseEmployee(new Proxy(employee, {}))._unsafeUnwrap()).not.toBe(employee);
    expect(countWorkingDays(new Proxy(CALENDAR, {}), '2026-01-01', '2026-01-31')._unsafeUnwrapErr().code).toBe('calendar/invalid-input');
    const request = { kind: 'annual', start: '2026-03-02', end: '2026-03-06' };
    const result = evaluateLeaveRequest({ employee: new Proxy(employee, {}), request, calendar: new Proxy(CALENDAR, {}), asOf: '2026-02-20' } as never);
    expect(result.isErr() && result.error.code).toBe('leave/invalid-input');
  });
});
