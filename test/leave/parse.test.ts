import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as zc from 'zod';
import type { IsoDate } from '../../src/core';
import { isParsed } from '../../src/core/parsed';
import { parseEmployee } from '../../src/employee';
import {
  advanceLeaveRequest, annualLeaveEntitlement, draftLeaveRequest, evaluateLeaveRequest, existingLeaveSchema, leaveBalance,
  leaveFormData, leaveRequestSchema, ledgerEntrySchema, ledgerSchema, parseExistingLeaves, parseLeaveDecision, parseLeaveRequest,
  parseLeaveWorkflowState, parseLedger, type EvaluateLeaveRequestParams, type LedgerEntryInput,
} from '../../src/leave';
import { CALENDAR, pns, pnsInput, pppk, pppkInput, unchecked } from './fixtures';
import { dataOf } from '../error-data';

const BASIS = { instrument: 'PP 11/2017', article: 'Pasal 311' };

/** Every plain object and array inside a value is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

const HOSTILE: readonly unknown[] = [
  undefined, null, 0, Number.NaN, '', 'x', true, Symbol('s'), 10n, () => 1, [], [null], new Uint8Array(3), new Float64Array(2),
  new Map(), new Set(), new Date(0), /x/, Object.create(null), { [Symbol('k')]: 1 }, Object.freeze({ id: 1 }),
  [{ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: BASIS }, new Uint8Array(1)],
  { id: 'R', kind: 'annual', start: new Uint8Array(10), end: '2026-01-02' },
];

// ---- Arbitrary valid inputs (raw, as JSON gives them). ----

const isoDay = (from: string, days: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: days }).map((offset) => new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10));

const employeeArb = fc.oneof(
  fc.record({
    kind: fc.constantFrom('PNS' as const, 'CPNS' as const),
    tmtYear: fc.integer({ min: 2005, max: 2025 }),
    gender: fc.constantFrom('male' as const, 'female' as const),
    workWeek: fc.constantFrom(5 as const, 6 as const),
    births: fc.array(isoDay('2005-01-01', 7300), { maxLength: 3 }),
  }).map(({ tmtYear, ...rest }) => pnsInput({ ...rest, tmtCpns: `${String(tmtYear)}-03-01` })),
  fc.record({ start: isoDay('2019-01-01', 2500), years: fc.integer({ min: 1, max: 10 }), gender: fc.constantFrom('male' as const, 'female' as const) })
    .map((options) => pppkInput({ ...options, start: `${options.start.slice(0, 7)}-01` })),
);

const requestArb = fc.record({
  id: fc.constantFrom('R-1', 'R-2'),
  kind: fc.constantFrom('annual', 'sick', 'important-reason', 'major', 'maternity', 'unpaid'),
  ground: fc.option(fc.constantFrom('regular', 'family-death', 'marriage', 'first-hajj', 'miscarriage'), { nil: undefined }),
  start: isoDay('2025-01-01', 690),
  length: fc.integer({ min: 0, max: 25 }),
  documents: fc.subarray(['doctor-certificate', 'hajj-schedule', 'supporting-evidence', 'inpatient-certificate']),
  remotePlaceDays: fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined }),
}).map(({ length, ground, remotePlaceDays, ...request }) => ({
  ...request,
  ...(ground === undefined ? {} : { ground }),
  ...(remotePlaceDays === undefined ? {} : { remotePlaceDays }),
  end: new Date(Date.parse(`${request.start}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10),
}));

const entryArb: fc.Arbitrary<LedgerEntryInput> = fc.record({
  type: fc.constantFrom('grant', 'carry-over', 'deferral-in', 'deferral-out', 'compensation', 'taken', 'returned', 'lapse' as const),
  kind: fc.constantFrom('annual', 'annual', 'sick', 'major' as const),
  year: fc.integer({ min: 2023, max: 2026 }),
  month: fc.integer({ min: 1, max: 12 }),
  days: fc.integer({ min: 0, max: 14 }),
  carryable: fc.option(fc.boolean(), { nil: undefined }),
}).map(({ month, carryable, ...entry }) => ({
  ...entry,
  date: `${String(entry.year)}-${String(month).padStart(2, '0')}-01`,
  ...(carryable === undefined ? {} : { carryable }),
  basis: BASIS,
}));

const ledgerArb = fc.array(entryArb, { maxLength: 10 });
const existingArb = fc.array(
  fc.record({ id: fc.constantFrom('R-0', 'R-1', 'R-9'), kind: fc.constantFrom('annual', 'sick'), start: isoDay('2025-01-01', 690),
    status: fc.constantFrom('approved', 'submitted', 'rejected') }).map((other) => ({ ...other, end: other.start })),
  { maxLength: 2 },
);

describe('parseLeaveRequest', () => {
  it('fills the defaults and returns a new, deeply frozen value it recognises', () => {
    const input = { id: 'CT-1', kind: 'annual', start: '2026-04-06', end: '2026-04-10', extra: 'dropped' };
    const parsed = parseLeaveRequest(input)._unsafeUnwrap();
    expect(parsed).toEqual({ id: 'CT-1', kind: 'annual', start: '2026-04-06', end: '2026-04-10', remotePlaceDays: 0, abroad: false,
      documents: [], reason: '', address: '', phone: '' });
    expect(deeplyFrozen(parsed)).toBe(true);
    expect(isParsed(parsed, 'leave/request')).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(input.extra).toBe('dropped');
  });

  it('checks the end against the start after the schema (the schema itself stays extendable)', () => {
    const error = parseLeaveRequest({ id: 'R', kind: 'annual', start: '2026-04-10', end: '2026-04-06' })._unsafeUnwrapErr();
    expect(dataOf(error, 'leave/invalid-input').issues).toEqual([{ path: 'end', message: 'The end must not be before the start' }]);
    expect(leaveRequestSchema.safeParse({ id: 'R', kind: 'annual', start: '2026-04-10', end: '2026-04-06' }).success).toBe(true);
  });

  it('a misspelt kind or field is an error naming it, in English and in Bahasa Indonesia', () => {
    const kind = parseLeaveRequest({ id: 'R', kind: 'anual', start: '2026-04-06', end: '2026-04-10' })._unsafeUnwrapErr();
    expect(dataOf(kind, 'leave/invalid-input').issues).toEqual([{ path: 'kind', message: 'Invalid option: expected one of "annual"|"major"|"sick"|"maternity"|"important-reason"|"collective"|"unpaid"' }]);
    expect(kind.message.id.startsWith('Masukan tidak valid — kind: ')).toBe(true);
    const field = parseLeaveRequest({ id: 'R', kind: 'annual', strat: '2026-04-06', end: '2026-04-10' })._unsafeUnwrapErr();
    expect(dataOf(field, 'leave/invalid-input').issues).toEqual([{ path: 'start', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' }]);
  });
});

describe('parseLedger and parseExistingLeaves', () => {
  it('return new, deeply frozen lists; extra keys of a row are dropped', () => {
    const rows = [{ id: 17, type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: { ...BASIS, extra: 1 } }];
    const ledger = parseLedger(rows)._unsafeUnwrap();
    expect(ledger).toEqual([{ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: BASIS }]);
    expect(deeplyFrozen(ledger)).toBe(true);
    expect([isParsed(ledger, 'leave/ledger'), Object.isFrozen(rows), Object.isFrozen(rows[0])]).toEqual([true, false, false]);
    const others = parseExistingLeaves([{ id: 'R-0', kind: 'annual', start: '2026-03-02', end: '2026-03-04', status: 'approved' }])._unsafeUnwrap();
    expect([deeplyFrozen(others), isParsed(others, 'leave/existing')]).toEqual([true, true]);
  });

  it('list every problem with its path', () => {
    const error = parseLedger([{ type: 'grant', kind: 'annual', year: 1800, date: '2026-02-30', days: 12, basis: { instrument: '' } }])._unsafeUnwrapErr();
    expect(dataOf(error, 'leave/invalid-input').issues).toEqual([
      { path: '0.year', message: 'Too small: expected number to be >=1900' },
      { path: '0.date', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' },
      { path: '0.basis.instrument', message: 'Too small: expected string to have >=1 characters' },
    ]);
    expect(dataOf(parseExistingLeaves([{ id: 'R', kind: 'annual', start: '2026-03-02', end: '2026-03-02', status: 'approvd' }])._unsafeUnwrapErr(), 'leave/invalid-input').issues)
      .toEqual([{ path: '0.status', message: 'Invalid option: expected one of "draft"|"submitted"|"considered"|"approved"|"deferred"|"rejected"|"cancelled"|"recalled"' }]);
  });
});

describe('the exported schemas compose', () => {
  it('publish as JSON Schema in input mode, dates with their format', () => {
    const request = z.toJSONSchema(leaveRequestSchema, { io: 'input' }) as { required: string[]; properties: Record<string, { format?: string; default?: unknown }> };
    expect(request.required).toEqual(['id', 'kind', 'start', 'end']);
    expect([request.properties.start?.format, request.properties.birthDate?.format, request.properties.documents?.default]).toEqual(['date', 'date', []]);
    const entry = z.toJSONSchema(ledgerEntrySchema, { io: 'input' }) as { properties: Record<string, { format?: string }> };
    expect(entry.properties.date?.format).toBe('date');
    expect(() => z.toJSONSchema(ledgerSchema, { io: 'input' })).not.toThrow();
    expect(() => z.toJSONSchema(existingLeaveSchema, { io: 'input' })).not.toThrow();
  });

  it('embed in a consumer’s zod or zod/mini body, extend and pick', () => {
    const body = zc.object({ request: leaveRequestSchema, ledger: ledgerSchema.check(z.maxLength(500)) });
    expect(body.safeParse({ request: { id: 'R', kind: 'sick', start: '2026-04-06', end: '2026-04-06' }, ledger: [] }).success).toBe(true);
    const mini = z.object({ request: leaveRequestSchema });
    expect(mini.safeParse({ request: { id: 'R', kind: 'anual', start: '2026-04-06', end: '2026-04-06' } }).success).toBe(false);
    const withUnit = z.extend(leaveRequestSchema, { unit: z.string() });
    expect(withUnit.safeParse({ id: 'R', kind: 'sick', start: '2026-04-06', end: '2026-04-06', unit: 'BKD' }).success).toBe(true);
    const period = z.pick(leaveRequestSchema, { start: true, end: true });
    expect(period.safeParse({ start: '2026-04-06', end: '2026-04-06' }).success).toBe(true);
  });
});

describe('strict parameters and options', () => {
  const employee = pns();
  const request = parseLeaveRequest({ id: 'R', kind: 'annual', start: '2026-04-06', end: '2026-04-10' })._unsafeUnwrap();

  it('an unknown key is an error that names it', () => {
    const refusal = evaluateLeaveRequest(unchecked({ employee, request, calendar: CALENDAR, asOf: '2026-03-01', exisiting: [] }))._unsafeUnwrapErr();
    expect([refusal.code, dataOf(refusal, 'leave/invalid-input').issues]).toEqual(['leave/invalid-input', [{ path: '', message: 'Unrecognized key: "exisiting"' }]]);
    expect(dataOf(leaveBalance(parseLedger([])._unsafeUnwrap(), unchecked({ kind: 'annual', asof: '2026-06-30' }))._unsafeUnwrapErr(), 'leave/invalid-input').issues)
      .toEqual([{ path: 'options.asOf', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' }, { path: 'options', message: 'Unrecognized key: "asof"' }]);
    expect(dataOf(annualLeaveEntitlement(employee, 2026, unchecked({ ledgr: [] }))._unsafeUnwrapErr(), 'leave/invalid-input').issues).toEqual([{ path: 'history', message: 'Unrecognized key: "ledgr"' }]);
    const decision = evaluateLeaveRequest({ employee, request, calendar: CALENDAR, asOf: '2026-03-01', ledger: parseLedger([{ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: BASIS }])._unsafeUnwrap() })._unsafeUnwrap();
    expect(dataOf(leaveFormData(unchecked({ decision, ledgers: [] }))._unsafeUnwrapErr(), 'leave/invalid-input').issues).toEqual([{ path: '', message: 'Unrecognized key: "ledgers"' }]);
    expect(dataOf(advanceLeaveRequest(draftLeaveRequest(decision), unchecked({ type: 'submit', date: '2026-03-02', note: 'x' }))._unsafeUnwrapErr(), 'leave/invalid-input').issues)
      .toEqual([{ path: 'event', message: 'Unrecognized key: "note"' }]);
  });

  it('a misspelt kind or field in a raw request is an error under its path', () => {
    const kind = evaluateLeaveRequest(unchecked({ employee, request: { id: 'R', kind: 'anual', start: '2026-04-06', end: '2026-04-10' }, calendar: CALENDAR, asOf: '2026-03-01' }));
    expect(dataOf(kind._unsafeUnwrapErr(), 'leave/invalid-input').issues).toEqual([{ path: 'request.kind', message: expect.stringContaining('Invalid option') as string }]);
    const field = evaluateLeaveRequest(unchecked({ employee, request: { id: 'R', kind: 'annual', strat: '2026-04-06', end: '2026-04-10' }, calendar: CALENDAR, asOf: '2026-03-01' }));
    expect(dataOf(field._unsafeUnwrapErr(), 'leave/invalid-input').issues).toEqual([{ path: 'request.start', message: 'Expected a real calendar date written YYYY-MM-DD (years 1900–2999)' }]);
  });

  it('lists the issues of every part, each under its path, with the Indonesian texts of the parts', () => {
    const refusal = evaluateLeaveRequest(unchecked({ employee: { kind: 'PNS' }, request: { id: 'R' }, ledger: 'x', existing: [1], calendar: {}, asOf: 'x' }))._unsafeUnwrapErr();
    const paths = dataOf(refusal, 'leave/invalid-input').issues?.map((issue) => issue.path) ?? [];
    expect(paths.filter((path) => !path.startsWith('employee.'))).toEqual(['calendar', 'asOf', 'request.kind', 'request.start', 'request.end', 'ledger', 'existing.0']);
    expect(paths.some((path) => path.startsWith('employee.'))).toBe(true);
    expect(refusal.message.id.startsWith('Masukan tidak valid — ')).toBe(true);
    expect(refusal.message.id).toContain('request: ');
    expect(dataOf(evaluateLeaveRequest(unchecked(null))._unsafeUnwrapErr(), 'leave/invalid-input').issues).toEqual([{ path: '', message: 'Invalid input: expected object, received null' }]);
  });

  it('left-out history and options take the defaults', () => {
    expect(annualLeaveEntitlement(employee, 2026)._unsafeUnwrap().total).toBe(12);
    expect(annualLeaveEntitlement(employee, 2026, {})._unsafeUnwrap().total).toBe(12);
    expect(dataOf(annualLeaveEntitlement(employee, 2026.5)._unsafeUnwrapErr(), 'leave/invalid-input').issues).toEqual([{ path: 'year', message: 'Invalid input: expected int, received number' }]);
  });
});

describe('raw records given to a domain function', () => {
  it('are checked for the call, neither frozen nor recorded as parsed; parsed ones are used as they are', () => {
    const raw = {
      employee: pnsInput(),
      request: { id: 'R', kind: 'annual', start: '2026-04-06', end: '2026-04-10' },
      ledger: [{ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: BASIS }],
    };
    const decision = evaluateLeaveRequest(unchecked({ ...raw, calendar: CALENDAR, asOf: '2026-03-01' }))._unsafeUnwrap();
    expect(decision.employee).toEqual(pns());
    expect([isParsed(decision.employee, 'employee/employee'), Object.isFrozen(decision.employee), Object.isFrozen(raw.employee)]).toEqual([false, false, false]);
    expect([isParsed(decision.request, 'leave/request'), Object.isFrozen(decision.request)]).toEqual([false, false]);
    const employee = pns();
    expect(evaluateLeaveRequest(unchecked({ ...raw, employee, calendar: CALENDAR, asOf: '2026-03-01' }))._unsafeUnwrap().employee).toBe(employee);
    expect(dataOf(annualLeaveEntitlement(unchecked({ ...pnsInput(), tmtCpns: '1900-01-01' }), 2026)._unsafeUnwrapErr(), 'leave/invalid-input').issues)
      .toEqual([{ path: 'employee.tmtCpns', message: 'TMT CPNS must be after the birth date' }]);
  });
});

describe('decisions and workflow states from storage', () => {
  const request = parseLeaveRequest({ id: 'R', kind: 'annual', start: '2026-04-06', end: '2026-04-10' })._unsafeUnwrap();
  const ledger = parseLedger([{ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: BASIS }])._unsafeUnwrap();
  const decision = evaluateLeaveRequest({ employee: pns(), request, ledger, calendar: CALENDAR, asOf: '2026-03-01' })._unsafeUnwrap();

  it('a decision and a state survive JSON and parse back to the same values, frozen', () => {
    const restored = parseLeaveDecision(JSON.parse(JSON.stringify(decision)))._unsafeUnwrap();
    expect(restored).toEqual(decision);
    expect([deeplyFrozen(restored), isParsed(restored, 'leave/decision'), isParsed(restored.employee, 'employee/employee')]).toEqual([true, true, true]);
    const submitted = advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: '2026-03-02' as IsoDate })._unsafeUnwrap().state;
    expect([deeplyFrozen(submitted), isParsed(submitted, 'leave/workflow-state')]).toEqual([true, true]);
    const stored = JSON.parse(JSON.stringify(submitted)) as unknown;
    const state = parseLeaveWorkflowState(stored)._unsafeUnwrap();
    expect(state).toEqual(submitted);
    expect(advanceLeaveRequest(state, { type: 'consider', date: '2026-03-03' as IsoDate, outcome: 'approved' })._unsafeUnwrap().state.status).toBe('considered');
    expect(leaveFormData({ decision: restored, state, ledger })._unsafeUnwrap().duration.amount).toBe(5);
  });

  it('parsing a live decision, or advancing a draft built on it, never freezes the caller’s decision', () => {
    const parsed = parseLeaveDecision(decision)._unsafeUnwrap();
    expect(parsed).not.toBe(decision);
    advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: '2026-03-02' as IsoDate })._unsafeUnwrap();
    const parts = [decision, decision.duration, decision.duration.excluded, decision.postings, decision.postings[0], decision.reasons[0], decision.reasons[0]?.data];
    expect(parts.map((part) => Object.isFrozen(part))).toEqual(parts.map(() => false));
    // The rule is the table's own row, deeply frozen built-in data (D7), so it is shared, never copied.
    expect([Object.isFrozen(decision.rule), Object.isFrozen(decision.rule.basis), parsed.rule === decision.rule]).toEqual([true, true, true]);
    expect(deeplyFrozen(parsed)).toBe(true);
  });

  it('a stored rule that is one of the table\'s rows comes back in the table\'s key order; any other keeps its values', () => {
    const reversed = (value: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(value).reverse());
    const pppkDecision = evaluateLeaveRequest({ employee: pppk({ start: '2022-01-01' }), request, ledger, calendar: CALENDAR, asOf: '2026-03-01' })._unsafeUnwrap();
    for (const stored of [decision, pppkDecision]) {
      const json = JSON.parse(JSON.stringify(stored)) as Record<string, unknown>;
      const restored = parseLeaveDecision({ ...json, rule: reversed(json.rule as Record<string, unknown>) })._unsafeUnwrap();
      expect(JSON.stringify(restored.rule)).toBe(JSON.stringify(stored.rule));
    }
    const json = JSON.parse(JSON.stringify(decision)) as { rule: Record<string, unknown> } & Record<string, unknown>;
    const custom = reversed({ ...json.rule, label: { id: 'Cuti Tahunan (daerah)', en: 'Annual leave (regional)' } });
    expect(parseLeaveDecision({ ...json, rule: custom })._unsafeUnwrap().rule.label).toEqual({ id: 'Cuti Tahunan (daerah)', en: 'Annual leave (regional)' });
  });

  it('a broken stored value is an error listing its problems', () => {
    expect(dataOf(parseLeaveDecision('x')._unsafeUnwrapErr(), 'leave/invalid-input').issues).toEqual([{ path: '', message: 'Invalid input: expected object, received string' }]);
    const broken = { ...JSON.parse(JSON.stringify(decision)) as Record<string, unknown>, ground: 'nope', request: { id: 'R' } };
    const paths = dataOf(parseLeaveDecision(broken)._unsafeUnwrapErr(), 'leave/invalid-input').issues?.map((issue) => issue.path);
    expect(paths).toEqual(['ground', 'request.kind', 'request.start', 'request.end']);
    expect(parseLeaveWorkflowState(null)._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    const state = { ...JSON.parse(JSON.stringify(draftLeaveRequest(decision))) as Record<string, unknown>, status: 'done', decision: 7 };
    expect(dataOf(parseLeaveWorkflowState(state)._unsafeUnwrapErr(), 'leave/invalid-input').issues?.map((issue) => issue.path)).toEqual(['status', 'decision']);
    const changed = advanceLeaveRequest(advanceLeaveRequest(advanceLeaveRequest(draftLeaveRequest(decision), { type: 'submit', date: '2026-03-02' as IsoDate })._unsafeUnwrap().state,
      { type: 'consider', date: '2026-03-03' as IsoDate, outcome: 'approved' })._unsafeUnwrap().state,
    unchecked({ type: 'decide', date: '2026-03-04', outcome: 'changed', note: 'x', changed: { request: {} } }));
    expect(dataOf(changed._unsafeUnwrapErr(), 'leave/invalid-input').issues).toContainEqual({ path: 'event.changed.employee', message: 'Invalid input: expected object, received undefined' });
  });
});

describe('properties', () => {
  it('f(parse(x)) equals f(x) for arbitrary valid inputs', () => {
    fc.assert(fc.property(employeeArb, requestArb, ledgerArb, existingArb, (employee, request, ledger, existing) => {
      const raw = { employee, request, ledger, existing, calendar: CALENDAR, asOf: '2025-06-01' };
      const parsed: EvaluateLeaveRequestParams = {
        employee: parseEmployee(employee)._unsafeUnwrap(), request: parseLeaveRequest(request)._unsafeUnwrap(),
        ledger: parseLedger(ledger)._unsafeUnwrap(), existing: parseExistingLeaves(existing)._unsafeUnwrap(), calendar: CALENDAR, asOf: '2025-06-01',
      };
      const onParsed = evaluateLeaveRequest(parsed);
      expect(JSON.stringify(onParsed)).toBe(JSON.stringify(evaluateLeaveRequest(unchecked(raw))));
      const year = Number(request.start.slice(0, 4));
      expect(JSON.stringify(annualLeaveEntitlement(parsed.employee, year, { ledger: parseLedger(ledger)._unsafeUnwrap() })))
        .toBe(JSON.stringify(annualLeaveEntitlement(unchecked(employee), year, { ledger: unchecked(ledger) })));
      expect(JSON.stringify(leaveBalance(parsed.ledger ?? [], { kind: request.kind, asOf: request.end })))
        .toBe(JSON.stringify(leaveBalance(unchecked(ledger), { kind: request.kind, asOf: request.end })));
      if (onParsed.isOk()) {
        expect(JSON.stringify(leaveFormData({ decision: onParsed.value, ledger: parsed.ledger ?? [] })))
          .toBe(JSON.stringify(leaveFormData({ decision: unchecked(JSON.parse(JSON.stringify(onParsed.value))), ledger: unchecked(ledger) })));
      }
    }), { numRuns: 150 });
  });

  it('parsed values are deeply frozen', () => {
    fc.assert(fc.property(requestArb, ledgerArb, existingArb, (request, ledger, existing) =>
      deeplyFrozen(parseLeaveRequest(request)._unsafeUnwrap()) && deeplyFrozen(parseLedger(ledger)._unsafeUnwrap()) &&
      deeplyFrozen(parseExistingLeaves(existing)._unsafeUnwrap())));
  });

  it('changing a caller’s plain object between two calls changes the answer the way the new data says', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), (first, second) => {
      const rows = [{ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: BASIS }, { type: 'taken', kind: 'annual', year: 2026, date: '2026-02-02', days: first, basis: BASIS }];
      const before = leaveBalance(unchecked(rows), { kind: 'annual', asOf: '2026-06-30' })._unsafeUnwrap().available;
      (rows[1] as { days: number }).days = second;
      const after = leaveBalance(unchecked(rows), { kind: 'annual', asOf: '2026-06-30' })._unsafeUnwrap().available;
      return before === 12 - first && after === 12 - second;
    }), { numRuns: 30 });
    const employee = pnsInput();
    const request = { id: 'R', kind: 'annual', start: '2026-04-06', end: '2026-04-07' };
    const ledger = [{ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: BASIS }];
    const run = () => evaluateLeaveRequest(unchecked({ employee, request, ledger, calendar: CALENDAR, asOf: '2026-03-01' }));
    expect(run()._unsafeUnwrap().reasons.map((reason) => reason.code)).not.toContain('leave/calendar-week-mismatch');
    employee.workWeek = 6;
    expect(run()._unsafeUnwrap().reasons.map((reason) => reason.code)).toContain('leave/calendar-week-mismatch');
    employee.golongan = 'IX';
    expect(dataOf(run()._unsafeUnwrapErr(), 'leave/invalid-input').issues).toContainEqual(expect.objectContaining({ path: expect.stringMatching(/^employee/) as string }));
    employee.golongan = 'III/c';
    ledger[0]!.days = 1;
    expect(run()._unsafeUnwrapErr().violations.map((violation) => violation.code)).toEqual(['leave/insufficient-balance']);
  });

  it('a failed parse leaves the caller’s object unfrozen and unchanged', () => {
    fc.assert(fc.property(requestArb, ledgerArb, fc.constantFrom('kind', 'start', 'days', 'basis'), (request, ledger, broken) => {
      const badRequest = { ...request, [broken === 'kind' ? 'kind' : 'start']: 'nope' };
      const badLedger = [...ledger, { ...ledger[0], [broken === 'basis' ? 'basis' : 'days']: -1 }];
      const copies = structuredClone([badRequest, badLedger]);
      const failed = parseLeaveRequest(badRequest).isErr() && parseLedger(badLedger).isErr();
      return failed && !Object.isFrozen(badRequest) && !badLedger.some((entry) => Object.isFrozen(entry)) &&
        JSON.stringify([badRequest, badLedger]) === JSON.stringify(copies);
    }), { numRuns: 50 });
  });

  it('parsers and domain functions never throw on hostile values (typed arrays included)', () => {
    const employee = pns();
    const ledger = parseLedger([])._unsafeUnwrap();
    for (const value of HOSTILE) {
      for (const parse of [parseLeaveRequest, parseLedger, parseExistingLeaves, parseLeaveDecision, parseLeaveWorkflowState]) {
        expect(parse(value).isErr() || parse(value).isOk()).toBe(true);
      }
      expect(evaluateLeaveRequest(unchecked(value)).isErr()).toBe(true);
      expect(evaluateLeaveRequest(unchecked({ employee: value, request: value, ledger: value, existing: value, calendar: value, asOf: value })).isErr()).toBe(true);
      expect(leaveBalance(unchecked(value), unchecked(value)).isErr()).toBe(true);
      expect(annualLeaveEntitlement(unchecked(value), 2026, unchecked(value)).isErr()).toBe(true);
      expect(annualLeaveEntitlement(employee, unchecked(value)).isErr() || value === undefined).toBe(true);
      expect(leaveBalance(ledger, unchecked(value)).isErr()).toBe(true);
      expect(leaveFormData(unchecked(value)).isErr()).toBe(true);
      expect(advanceLeaveRequest(unchecked(value), unchecked(value)).isErr()).toBe(true);
    }
    fc.assert(fc.property(fc.anything({ withTypedArray: true, withMap: true, withSet: true, withNullPrototype: true }), (value) =>
      [parseLeaveRequest, parseLedger, parseExistingLeaves, parseLeaveDecision, parseLeaveWorkflowState].every((parse) => parse(value).isErr() || Array.isArray(value))));
  });
});

describe('TSDoc examples', () => {
  it('match what the functions return', () => {
    expect(parseLeaveRequest({ id: 'CT-1', kind: 'annual', start: '2026-04-06', end: '2026-04-10' })._unsafeUnwrap().remotePlaceDays).toBe(0);
    expect(parseLeaveRequest({ id: 'CT-2', kind: 'anual', start: '2026-04-06', end: '2026-04-10' })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    const ledger = parseLedger([{ type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis: { instrument: 'PP 11/2017', article: 'Pasal 311' } }])._unsafeUnwrap();
    expect(leaveBalance(ledger, { kind: 'annual', asOf: '2026-06-01' })._unsafeUnwrap().available).toBe(12);
    expect(parseLedger([{ type: 'grant' }]).isErr()).toBe(true);
    expect(parseExistingLeaves([{ id: 'CT-0', kind: 'annual', start: '2026-03-02', end: '2026-03-04', status: 'approved' }])._unsafeUnwrap().length).toBe(1);
    expect(parseExistingLeaves([{ id: 'CT-0', status: 'approvd' }]).isErr()).toBe(true);
    expect(parseLeaveDecision({ request: {} }).isErr()).toBe(true);
    expect(parseLeaveWorkflowState({ status: 'draft' }).isErr()).toBe(true);
    expect(leaveBalance(parseLedger([])._unsafeUnwrap(), { kind: 'annual', asOf: '2026-06-01' })._unsafeUnwrap().available).toBe(0);
  });
});
