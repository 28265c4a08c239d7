import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { legalBasisSchema } from '../../src/core';
import { compiled } from '../../src/core/compiled-object';
import { civilServantSchema, employeeSchema, positionSchema, pppkEmployeeSchema } from '../../src/employee';
import { existingLeaveSchema, ledgerEntrySchema, ledgerSchema, leaveRequestSchema } from '../../src/leave';
import { employeeArbitrary, ledgerArbitrary, leaveRequestArbitrary } from '../../src/testing';

const RealFunction = globalThis.Function;

/** Runs `work` and counts the functions it builds with `new Function` (how zod compiles an object parser). */
function functionsBuiltBy(work: () => void): number {
  let built = 0;
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args: unknown[]) {
      built += 1;
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    work();
  } finally {
    globalThis.Function = RealFunction;
  }
  return built;
}

afterEach(() => {
  globalThis.Function = RealFunction;
});

describe('compiled', () => {
  it('builds the compiled parser at the first parse, once, and never when the schema is made', () => {
    let schema = z.object({ name: z.string() });
    expect(functionsBuiltBy(() => (schema = compiled(z.object({ name: z.string() }))))).toBe(0);
    expect(functionsBuiltBy(() => schema.safeParse({ name: 'a' }))).toBeGreaterThan(0);
    expect(functionsBuiltBy(() => schema.safeParse({ name: 'b' }))).toBe(0);
    expect(schema.safeParse({ name: 'c', extra: 1 }).data).toEqual({ name: 'c' });
  });

  it('keeps the checks of an object schema and runs them after the compiled parser', () => {
    const range = compiled(z.object({ from: z.number(), to: z.number() }).check(z.refine((value) => value.from <= value.to, { error: 'backwards' })));
    expect(functionsBuiltBy(() => range.safeParse({ from: 1, to: 2 }))).toBeGreaterThan(0);
    expect(range.safeParse({ from: 1, to: 2 }).success).toBe(true);
    expect(range.safeParse({ from: 3, to: 2 }).error?.issues.map((issue) => issue.message)).toEqual(['backwards']);
    expect(range.safeParse({ from: 'x', to: 2 }).error?.issues.map((issue) => issue.path)).toEqual([['from']]);
  });

  it('keeps a strict object strict', () => {
    const strict = compiled(z.strictObject({ kind: z.literal('a') }));
    expect(strict.safeParse({ kind: 'a' }).success).toBe(true);
    expect(strict.safeParse({ kind: 'a', other: 1 }).error?.issues.map((issue) => issue.code)).toEqual(['unrecognized_keys']);
  });

  it('leaves the schema’s shape, so it can still be extended and picked', () => {
    const extended = z.extend(ledgerEntrySchema, { note: z.string() });
    expect(Object.keys(extended.shape)).toEqual([...Object.keys(ledgerEntrySchema.shape), 'note']);
    expect(z.pick(legalBasisSchema, { instrument: true }).safeParse({ instrument: 'PP 11/2017', article: 'x' }).data).toEqual({ instrument: 'PP 11/2017' });
  });
});

/** What a parse tells the caller: the output, or every issue with its code, path and message. */
function outcome(result: { success: boolean; data?: unknown; error?: { issues: readonly z.core.$ZodIssue[] } }): unknown {
  return result.success
    ? { data: result.data }
    : { issues: result.error?.issues.map((issue) => ({ code: issue.code, path: issue.path, message: issue.message })) };
}

/** Every place in a value where a key or an item can be replaced or deleted. */
function slotsOf(value: unknown, slots: { owner: Record<string, unknown>; key: string }[] = []): typeof slots {
  if (typeof value !== 'object' || value === null) return slots;
  for (const key of Object.keys(value)) {
    slots.push({ owner: value as Record<string, unknown>, key });
    slotsOf((value as Record<string, unknown>)[key], slots);
  }
  return slots;
}

const DELETE = Symbol('delete');

/** A valid value with up to three of its keys or items replaced by anything, deleted, or joined by an extra key. */
function damaged(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const edit = fc.tuple(fc.nat(), fc.oneof(fc.constant<typeof DELETE>(DELETE), fc.anything()), fc.boolean());
  return fc.tuple(valid, fc.array(edit, { maxLength: 3 })).map(([value, edits]) => {
    const copy = structuredClone(value);
    for (const [index, replacement, extra] of edits) {
      const slots = slotsOf(copy);
      const slot = slots[index % Math.max(slots.length, 1)];
      if (slot === undefined) continue;
      if (extra) slot.owner[`extra-${String(index)}`] = replacement;
      else if (replacement === DELETE) Reflect.deleteProperty(slot.owner, slot.key);
      else slot.owner[slot.key] = replacement;
    }
    return copy;
  });
}

const ENTRY = { type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: { instrument: 'PP 11/2017', article: 'Pasal 310' } };
const EXISTING = { id: 'R-0', kind: 'annual', start: '2026-04-01', end: '2026-04-02', status: 'approved' };

const CASES: readonly { name: string; schema: z.ZodMiniType; inputs: fc.Arbitrary<unknown> }[] = [
  { name: 'legalBasisSchema', schema: legalBasisSchema, inputs: damaged(fc.constant({ instrument: 'PP 11/2017', article: 'Pasal 310', note: 'n', evidence: 'interpretation', interpretation: 'annual-carry-over' })) },
  { name: 'ledgerEntrySchema', schema: ledgerEntrySchema, inputs: damaged(fc.constant({ ...ENTRY, requestId: 'R-1', ground: 'family-illness', carryable: true })) },
  { name: 'ledgerSchema', schema: ledgerSchema, inputs: damaged(ledgerArbitrary()) },
  { name: 'leaveRequestSchema', schema: leaveRequestSchema, inputs: damaged(leaveRequestArbitrary()) },
  { name: 'existingLeaveSchema', schema: existingLeaveSchema, inputs: damaged(fc.constant(EXISTING)) },
  { name: 'positionSchema', schema: positionSchema, inputs: damaged(fc.constantFrom({ type: 'fungsional', level: 'ahli-madya', title: 't' }, { type: 'dosen', professor: true })) },
  { name: 'civilServantSchema', schema: civilServantSchema, inputs: damaged(employeeArbitrary('PNS')) },
  { name: 'pppkEmployeeSchema', schema: pppkEmployeeSchema, inputs: damaged(employeeArbitrary('PPPK')) },
  { name: 'employeeSchema', schema: employeeSchema, inputs: damaged(employeeArbitrary()) },
];

describe('properties', () => {
  for (const { name, schema, inputs } of CASES) {
    it(`${name}: the compiled parser accepts, outputs and reports what zod/mini's interpreted parser does`, () => {
      fc.assert(
        fc.property(fc.oneof(inputs, fc.anything()), (input) => {
          expect(outcome(schema.safeParse(input))).toEqual(outcome(schema.safeParse(input, { jitless: true })));
        }),
        { numRuns: 300 },
      );
    });
  }
});
