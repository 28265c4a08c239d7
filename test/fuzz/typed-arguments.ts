/**
 * The functions whose TSDoc says they assert a typed argument (kernel helpers on values already checked), with the
 * typed arguments the fuzz test calls them with. Every other public function takes any value.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { INTERPRETATION_IDS } from '../../src/core/interpretations';
import { asnError, markParsedForFuzz } from './kernel';
import { isoDateArbitrary } from './values';

const date = isoDateArbitrary;
const range = fc.tuple(date, date).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const effective = fc.oneof(range, date.map((from) => ({ from })));
const basis = fc.record({ instrument: fc.string({ minLength: 1 }), article: fc.string(), note: fc.string() }, { requiredKeys: ['instrument'] });
const table = fc.record({
  name: fc.string(),
  rows: fc.array(fc.record({ basis, effective, value: fc.integer() }), { maxLength: 8 }),
});
const issues = fc.array(fc.record({ path: fc.string(), message: fc.string() }), { maxLength: 4 });
const code = fc.constantFrom('x/invalid-input', 'leave/invalid-input');
const schema = fc.constantFrom(z.object({ days: z.number() }), z.string(), z.array(z.int()));
const anything = fc.anything();

export const TYPED_ARGUMENTS: Readonly<Record<string, fc.Arbitrary<unknown[]>>> = {
  addDays: fc.tuple(date, fc.integer({ min: -400_000, max: 400_000 })),
  addMonths: fc.tuple(date, fc.integer({ min: -12_000, max: 12_000 })),
  addYears: fc.tuple(date, fc.integer({ min: -1_000, max: 1_000 })),
  calendarDaysIn: fc.tuple(range),
  compareDates: fc.tuple(date, date),
  dayOf: fc.tuple(date),
  endOfMonth: fc.tuple(date),
  fromDayNumber: fc.tuple(fc.integer({ min: -25_567, max: 376_199 })),
  isoWeekday: fc.tuple(date),
  monthOf: fc.tuple(date),
  rangesOverlap: fc.tuple(range, range),
  startOfNextMonth: fc.tuple(date),
  toDayNumber: fc.tuple(date),
  yearOf: fc.tuple(date),
  isInForce: fc.tuple(effective, date),
  isInForceDuring: fc.tuple(effective, range),
  ruleInForce: fc.tuple(table, date),
  formatLegalBasis: fc.tuple(basis),
  roundDecimal: fc.tuple(fc.double(), fc.integer({ min: 0, max: 10 })),
  invalidInput: fc.tuple(code, issues, fc.option(issues, { nil: undefined })),
  recodeError: fc.tuple(fc.tuple(code, basis).map(([c, b]) => asnError(c, b, { id: 'x', en: 'x' }, {})), code),
  validate: fc.tuple(schema, anything, code),
  parseInput: fc.tuple(schema, anything, code, fc.string()),
  interpretationUrl: fc.tuple(fc.constantFrom(...INTERPRETATION_IDS)),
  trustParsed: fc.tuple(anything, fc.string(), fc.constant(markParsedForFuzz)),
};
