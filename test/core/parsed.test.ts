import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import * as zc from 'zod';
import {
  dateRangeSchema,
  invalidInput,
  isoDateSchema,
  legalBasisSchema,
  parseInput,
  renderedText,
  trustParsed,
  validate,
  type IsoDate,
  type LocalizedText,
} from '../../src/core';
import { isParsed, markParsed } from '../../src/core/parsed';

const leaveSchema = z.object({
  days: z.int(),
  span: z.object({ from: isoDateSchema, to: isoDateSchema }),
  tags: z.array(z.object({ name: z.string() })),
});
const spanCheck = (value: z.output<typeof leaveSchema>) =>
  value.span.from <= value.span.to ? [] : [{ path: 'span.to', message: 'The end is before the start' }];
const parseLeave = (input: unknown) => parseInput(leaveSchema, input, 'x/invalid-input', 'x/leave', spanCheck);
const raw = () => ({ days: 2, span: { from: '2026-01-05', to: '2026-01-06' }, tags: [{ name: 'a' }] });

describe('parseInput', () => {
  it('returns a new, deeply frozen value recorded under its kind', () => {
    const input = raw();
    const parsed = parseLeave(input)._unsafeUnwrap();
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
    expect([parsed, parsed.span, parsed.tags, parsed.tags[0]].every((part) => Object.isFrozen(part))).toBe(true);
    expect(isParsed(parsed, 'x/leave')).toBe(true);
    expect(isParsed(parsed, 'x/other')).toBe(false);
    expect(isParsed(input, 'x/leave')).toBe(false);
    expect(Object.isFrozen(input) || Object.isFrozen(input.span)).toBe(false);
  });

  it('runs the cross-field check after the schema and never freezes the caller’s object on failure', () => {
    const input = { ...raw(), span: { from: '2026-01-07', to: '2026-01-06' } };
    const error = parseLeave(input)._unsafeUnwrapErr();
    expect(error.code).toBe('x/invalid-input');
    expect(error.data.issues).toEqual([{ path: 'span.to', message: 'The end is before the start' }]);
    expect(Object.isFrozen(input.span)).toBe(false);
    const typed = parseLeave({ ...raw(), tags: new Uint8Array(2) })._unsafeUnwrapErr();
    expect(typed.data.issues).toEqual([{ path: 'tags', message: 'Invalid input: expected array, received Uint8Array' }]);
  });

  it('gives zod’s messages in English in the issues and in Bahasa Indonesia in message.id', () => {
    const error = parseLeave({ days: 'x', span: {}, tags: [] })._unsafeUnwrapErr();
    expect(error.data.issues).toEqual([
      { path: 'days', message: 'Invalid input: expected number, received string' },
      { path: 'span.from', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
      { path: 'span.to', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
    ]);
    expect(error.message.id.startsWith('Masukan tidak valid — days: Input tidak valid: diharapkan number, diterima string')).toBe(true);
  });
});

describe('trustParsed', () => {
  it('uses a parsed value as it is and parses anything else', () => {
    let parses = 0;
    const counting = (input: unknown) => {
      parses += 1;
      return parseLeave(input);
    };
    const parsed = parseLeave(raw())._unsafeUnwrap();
    expect(trustParsed(parsed, 'x/leave', counting)._unsafeUnwrap()).toBe(parsed);
    expect(parses).toBe(0);
    expect(trustParsed(raw(), 'x/leave', counting).isOk()).toBe(true);
    expect(parses).toBe(1);
    expect(trustParsed(parsed, 'x/another-kind', counting)._unsafeUnwrap()).not.toBe(parsed);
    expect(trustParsed(null, 'x/leave', counting)._unsafeUnwrapErr().code).toBe('x/invalid-input');
  });

  it('a copy of a parsed value is not trusted: it is parsed again, so an edited copy is judged on its new data', () => {
    const parsed = parseLeave(raw())._unsafeUnwrap();
    const edited = { ...parsed, days: 'two' };
    expect(trustParsed(edited, 'x/leave', parseLeave).isErr()).toBe(true);
  });
});

describe('markParsed', () => {
  it('leaves class instances, maps and typed arrays as they are (only plain data is frozen)', () => {
    const table = new Int32Array(2);
    const value = markParsed({ table, lookup: new Map([[1, 2]]), list: [1] }, 'x/calendar');
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.list)).toBe(true);
    table[0] = 1;
    expect(value.table[0]).toBe(1);
    expect(markParsed('text', 'x/text')).toBe('text');
    expect(isParsed('text', 'x/text')).toBe(false);
  });
});

describe('validate and invalidInput', () => {
  it('validate does not freeze its output', () => {
    const value = validate(leaveSchema, raw(), 'x/invalid-input')._unsafeUnwrap();
    expect(Object.isFrozen(value)).toBe(false);
  });

  it('invalidInput writes every issue in both languages', () => {
    const error = invalidInput('x/invalid-input', [{ path: '', message: 'Bad' }, { path: 'a', message: 'Worse' }]);
    expect(error.message).toEqual({ id: 'Masukan tidak valid — Bad; a: Worse', en: 'Invalid input — Bad; a: Worse' });
  });
});

describe('schemas users build on', () => {
  it('isoDateSchema is a date in JSON Schema (input mode) and keeps the year range', () => {
    expect(z.toJSONSchema(isoDateSchema, { io: 'input' })).toMatchObject({ type: 'string', format: 'date' });
    expect(isoDateSchema.safeParse('1899-12-31').success).toBe(false);
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2025-02-29').success).toBe(false);
  });

  it('embeds in a consumer’s zod (classic) and zod/mini objects', () => {
    const classic = zc.object({ period: dateRangeSchema, basis: legalBasisSchema, note: zc.string() });
    expect(classic.safeParse({ period: { from: '2026-01-01', to: '2026-01-31' }, basis: { instrument: 'PP 11/2017' }, note: 'x' }).success).toBe(true);
    expect(classic.safeParse({ period: { from: '2026-02-01', to: '2026-01-31' }, basis: { instrument: 'PP 11/2017' }, note: 'x' }).success).toBe(false);
    const mini = z.extend(legalBasisSchema, { page: z.int() });
    expect(mini.safeParse({ instrument: 'PP 11/2017', page: 2 }).success).toBe(true);
    expect(Object.keys(z.pick(legalBasisSchema, { instrument: true }).shape)).toEqual(['instrument']);
  });

  it('types: a parsed date is an IsoDate', () => {
    expectTypeOf<z.output<typeof isoDateSchema>>().toEqualTypeOf<IsoDate>();
  });
});

describe('renderedText', () => {
  const render = (days: number): LocalizedText => ({ id: `${String(days)} hari`, en: `${String(days)} days` });

  it('reads like a plain text and writes the same JSON', () => {
    const text = renderedText(render, 12);
    expect([text.id, text.en]).toEqual(['12 hari', '12 days']);
    expect(JSON.stringify({ message: text })).toBe(JSON.stringify({ message: { id: '12 hari', en: '12 days' } }));
    expect((text as unknown as { toJSON(): LocalizedText }).toJSON()).toEqual({ id: '12 hari', en: '12 days' });
    expect(Object.keys(text)).toEqual([]);
  });
});

describe('properties', () => {
  it('parseInput never throws, and a successful parse is frozen and trusted', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseLeave(input);
        if (result.isOk()) return Object.isFrozen(result.value) && trustParsed(result.value, 'x/leave', parseLeave).isOk();
        return Array.isArray(result.error.data.issues);
      }),
    );
  });
});
