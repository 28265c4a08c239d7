/// <reference types="vite/client" />
/**
 * D7: nothing a caller receives may alias the library's state. Every exported constant of every subpath (rule
 * tables, labels, built-in calendars) is deeply frozen, and results are new values or frozen ones.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar, describeDay, nonWorkingDays } from '../src/calendar';
import { performancePredicate } from '../src/performance';
import { deepFrozen } from '../src/core/frozen';
import pkg from '../package.json';

// Loaded eagerly, when the file is collected and not inside a test: the code that runs at load (schemas, tables) then
// stays "static" for Stryker (ignored, as stryker.config.json asks) instead of looking covered by this one test,
// which cannot notice a mutant in it.
const SOURCES = import.meta.glob<Record<string, unknown>>(['../src/index.ts', '../src/*/index.ts'], { eager: true });
const SUBPATHS = Object.keys(pkg.exports).filter((key) => key !== './package.json').map((key) => (key === '.' ? '../src/index.ts' : `../src/${key.slice(2)}/index.ts`));

/** The paths of every plain object or array inside a value that is not frozen, and of every Map or Set. */
function mutableParts(value: unknown, path: string, seen: Set<object>): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Map || value instanceof Set) return [`${path} (${value.constructor.name})`];
  const prototype: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Reflect.ownKeys(value).flatMap((key) => mutableParts((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen))];
}

describe('D7: rule tables and built-in data are deeply frozen; results do not alias them', () => {
  it('every exported constant of every subpath is deeply frozen (zod schemas aside: they are code)', () => {
    const mutable: string[] = [];
    for (const subpath of SUBPATHS) {
      const module = SOURCES[subpath];
      if (module === undefined) throw new Error(`no source for ${subpath}`);
      for (const [name, value] of Object.entries(module)) {
        if (typeof value === 'object' && value !== null && !('_zod' in value)) mutable.push(...mutableParts(value, `${subpath}:${name}`, new Set()));
      }
    }
    expect(SUBPATHS.length).toBeGreaterThanOrEqual(9);
    expect(mutable).toEqual([]);
  });

  it('the reproductions: a predikat\'s reasons and a non-working day\'s name cannot be changed', () => {
    const first = performancePredicate('above', 'meets')._unsafeUnwrap();
    expect(() => (first.reasons as unknown[]).push('x')).toThrow(TypeError);
    expect(performancePredicate('above', 'meets')._unsafeUnwrap().reasons).toHaveLength(1);
    const calendar = createCalendar()._unsafeUnwrap();
    const day = nonWorkingDays(calendar, 2026)._unsafeUnwrap()[0]!;
    expect(() => {
      (day.name as { id: string }).id = 'Bukan hari libur';
    }).toThrow(TypeError);
    expect(describeDay(createCalendar()._unsafeUnwrap(), '2026-01-01')._unsafeUnwrap().nonWorking[0]?.name.id).toBe('Tahun Baru 2026 Masehi');
  });

  it('deepFrozen freezes plain objects and arrays all the way down, and leaves class instances and maps alone', () => {
    const map = new Map([[1, { a: 1 }]]);
    const value = deepFrozen({ list: [{ deep: { deeper: [1] } }], map, date: new Uint8Array(1) });
    expect([Object.isFrozen(value), Object.isFrozen(value.list[0]?.deep.deeper), Object.isFrozen(map), Object.isFrozen(value.date)]).toEqual([true, true, false, false]);
    expect(deepFrozen(3)).toBe(3);
  });
});
