import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as zod from 'zod';
import { INPUT_LIMITS, validate } from '../../src/core';
import { holdsTooManyItems, itemsStillToParse, listItemsIn } from '../../src/core/list-items';
import { markParsed } from '../../src/core/parsed';
import { tooManyItems, tooManyRows } from '../../src/core/limits';
import { dataOf } from '../error-data';

const TOTAL = INPUT_LIMITS.total;
const numbers = z.array(z.number()).check(z.maxLength(1000));
/** Lists of lists: their own limits allow 1,000 × 1,001 items, more than the total. */
const nested = z.array(numbers).check(z.maxLength(1000));
const rows = (count: number, length: number): number[][] => Array.from({ length: count }, () => Array.from({ length }, () => 1));

describe('D9: the list items of an input counted over all its lists (listItemsIn)', () => {
  it('counts the items of every list at every depth, and nothing where the schema has no list', () => {
    expect(listItemsIn(nested, rows(3, 4), TOTAL)).toBe(3 + 12);
    expect(listItemsIn(z.object({ a: numbers, b: z.string(), c: z.object({ d: nested }) }), { a: [1, 2], b: 'x', c: { d: rows(2, 2) } }, TOTAL)).toBe(2 + 2 + 4);
    expect(listItemsIn(z.object({ a: z.string() }), { a: [1, 2, 3] }, TOTAL)).toBe(0);
    expect(listItemsIn(z.string(), 'abc', TOTAL)).toBe(0);
    expect(listItemsIn({}, [1, 2], TOTAL)).toBe(0);
  });

  it('reads a value as the schema does: what is not a list or an object where one is expected counts nothing', () => {
    expect(listItemsIn(nested, 'not a list', TOTAL)).toBe(0);
    expect(listItemsIn(nested, [[1], 'x', null, { length: 5 }], TOTAL)).toBe(4 + 1);
    const shape = z.object({ a: numbers });
    expect([listItemsIn(shape, null, TOTAL), listItemsIn(shape, [[1, 2]], TOTAL), listItemsIn(shape, { a: 'x' }, TOTAL)]).toEqual([0, 0, 0]);
    expect(listItemsIn(shape, Object.create({ a: [1, 2] }) as unknown, TOTAL)).toBe(2);
  });

  it('looks through optional, nullable, default, readonly, catch and non-optional wrappers and through pipes', () => {
    const wrapped = [
      z.optional(numbers),
      z.exactOptional(numbers),
      z.nullable(numbers),
      z._default(numbers, []),
      z.prefault(numbers, []),
      z.readonly(numbers),
      z.catch(numbers, []),
      z.nonoptional(z.optional(numbers)),
      z.pipe(numbers, z.array(z.number())),
      z.pipe(z.transform((value: unknown) => value), numbers),
      z.lazy(() => numbers),
    ];
    expect(wrapped.map((schema) => listItemsIn(z.object({ a: schema }), { a: [1, 2, 3] }, TOTAL))).toEqual(wrapped.map(() => 3));
    // The input side of a pipe is what reads the raw value.
    expect(listItemsIn(z.pipe(z.string(), z.transform(() => [1, 2])), 'ab', TOTAL)).toBe(0);
  });

  it('counts the keys of a record and the items inside its values; a union counts as its largest option', () => {
    expect(listItemsIn(z.record(z.string(), numbers), { a: [1, 2], b: [3] }, TOTAL)).toBe(2 + 3);
    expect(listItemsIn(z.record(z.string(), z.number()), { a: 1, b: 2 }, TOTAL)).toBe(2);
    expect(listItemsIn(z.record(z.string(), z.number()), [1, 2], TOTAL)).toBe(0);
    const either = z.union([z.object({ a: numbers }), z.object({ b: nested })]);
    expect(listItemsIn(either, { a: [1], b: rows(2, 3) }, TOTAL)).toBe(2 + 6);
    expect(listItemsIn(z.union([z.string(), z.number()]), 'x', TOTAL)).toBe(0);
  });

  it('a schema that refers to itself (zod.json, a lazy tree) has every item and key counted, 64 levels deep at most', () => {
    expect(listItemsIn(z.json(), { a: [1, [2, 3]], b: { c: 4 } }, TOTAL)).toBe(2 + 2 + 2 + 1);
    let deep: unknown = [1];
    for (let level = 0; level < 1000; level++) deep = [deep];
    expect(listItemsIn(zod.json(), deep, TOTAL)).toBe(66);
    expect(listItemsIn(zod.json(), 'text', TOTAL)).toBe(0);
  });

  it('stops counting once past the limit (a list longer than what is left is not walked)', () => {
    const long = rows(1000, 1000);
    expect(listItemsIn(nested, long, 10)).toBe(1000);
    expect(listItemsIn(nested, rows(5, 1000), 1500)).toBe(5 + 2000);
    expect(listItemsIn(z.record(z.string(), numbers), { a: [1, 2, 3], b: [4, 5, 6], c: [7] }, 4)).toBe(3 + 3);
    expect(listItemsIn(z.object({ a: numbers, b: numbers }), { a: [1, 2, 3], b: [4] }, 2)).toBe(3);
    expect(listItemsIn(z.json(), [[1, 2, 3], [4, 5, 6], [7]], 5)).toBe(3 + 3);
  });
});

describe('D9: an input over INPUT_LIMITS.total is refused before it is parsed (holdsTooManyItems, validate)', () => {
  it('the schemas whose own list limits keep them within the total are never walked', () => {
    expect(holdsTooManyItems(numbers, rows(1, 2000)[0])).toBe(false);
    expect(holdsTooManyItems(z.array(z.array(z.number()).check(z.maxLength(199))).check(z.maxLength(1000)), rows(1000, 199))).toBe(false);
  });

  it('exactly the total is parsed; one item more is an Err at path "" with the limit in both languages', () => {
    const atTotal = rows(TOTAL / 1000, 999);
    expect(listItemsIn(nested, atTotal, TOTAL)).toBe(TOTAL);
    expect(holdsTooManyItems(nested, atTotal)).toBe(false);
    expect(validate(nested, atTotal, 'x/invalid-input').isOk()).toBe(true);
    const over = [...atTotal.slice(1), [...(atTotal[0] as number[]), 1]];
    expect(holdsTooManyItems(nested, over)).toBe(true);
    const refused = validate(nested, over, 'x/invalid-input');
    expect(refused.isErr() && dataOf(refused.error, 'x/invalid-input').issues).toEqual([
      { path: '', message: 'Too big: expected all the lists of the input to hold <=200000 items together' },
    ]);
    expect(refused.isErr() && refused.error.message.id).toBe('Masukan tidak valid — Terlalu besar: seluruh daftar dalam masukan diharapkan berisi <=200000 butir');
  });

  it('a million items shared by reference (cheap to build) are refused as quickly as they are counted', () => {
    const row = Array.from({ length: 1000 }, () => 1);
    const shared = Array.from({ length: 1000 }, () => row);
    expect(validate(nested, shared, 'x/invalid-input').isErr()).toBe(true);
  });

  it('the issues of rows an answer would hold name what multiplies', () => {
    expect(tooManyItems('skps')).toEqual({
      path: 'skps',
      message: {
        id: 'Terlalu besar: seluruh daftar dalam masukan diharapkan berisi <=200000 butir',
        en: 'Too big: expected all the lists of the input to hold <=200000 items together',
      },
    });
    expect(tooManyRows('period', { id: 'unit × periode', en: 'units × periods' })).toEqual({
      path: 'period',
      message: {
        id: 'Terlalu besar: hasilnya akan memuat lebih dari 200000 baris (unit × periode)',
        en: 'Too big: the answer would hold more than 200000 rows (units × periods)',
      },
    });
  });
});

describe('D9: the values a call still has to parse one by one are one input (itemsStillToParse)', () => {
  it('adds their list items to what was counted; a value parsed as the kind adds nothing, and without a kind all count', () => {
    const parsed = markParsed([[1, 2, 3]], 'test/rows');
    expect(itemsStillToParse([[[1, 2]], [[3]]], nested, 'test/rows', 10)).toBe(10 + 3 + 2);
    expect(itemsStillToParse([[[1, 2]], parsed], nested, 'test/rows', 0)).toBe(3);
    expect(itemsStillToParse([[[1, 2]], parsed], nested, 'test/other', 0)).toBe(3 + 4);
    expect(itemsStillToParse([[[1, 2]], parsed], nested, undefined, 0)).toBe(3 + 4);
  });

  it('stops once past the total: the values after it are not walked', () => {
    const long = rows(1000, 200);
    // The first value passes the total after 996 of its rows (1,000 + 996 × 200); the other two are not read.
    expect(itemsStillToParse([long, long, long], nested, undefined, 0)).toBe(200_200);
    expect(itemsStillToParse([long], nested, undefined, TOTAL + 1)).toBe(TOTAL + 1);
  });
});

