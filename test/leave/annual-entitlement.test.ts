import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualLeaveEntitlement, leaveBalance } from '../../src/leave';
import type { LegalBasis } from '../../src/core';
import type { Employee } from '../../src/employee';
import type { LedgerEntry } from '../../src/leave';
import { CALENDAR, entry, grant, pns, pnsInput as rawPns, pppk, taken, unchecked, type PnsOptions } from './fixtures';

/** A raw PNS record, passed as a JavaScript caller would (it is parsed on every call). */
const pnsInput = (options?: PnsOptions): Employee => unchecked(rawPns(options));

const heru = unchecked<Employee>({
  kind: 'PNS', nip: '196303121991021005', name: 'Heru Sudiyanto', gender: 'male', birthDate: '1963-03-12',
  tmtCpns: '1991-02-01', golongan: 'III/d', position: { type: 'pelaksana' }, workUnit: { id: 'bkd', name: 'BKD' },
});

describe('annualLeaveEntitlement', () => {
  it('§7 example 1: Heru Sudiyanto, no CT in 2018 → max 18 hari kerja in 2019 (Perban 24/2017 III.A.8)', () => {
    const result = annualLeaveEntitlement(heru, 2019, { ledger: [grant(2018)] })._unsafeUnwrap();
    expect(result.total).toBe(18);
    expect(result.carried).toBe(6);
    expect(result.postings.map((posting) => [posting.type, posting.days])).toEqual([['grant', 12], ['carry-over', 6]]);
  });

  it('§7 example 2: 0 days used in 2023 and 2024 → 24 in 2025 (Pasal 313(2))', () => {
    const result = annualLeaveEntitlement(pns(), 2025, { ledger: [grant(2023), grant(2024)] })._unsafeUnwrap();
    expect(result.total).toBe(24);
    expect(result.reasons.map((r) => r.code)).toContain('leave/carry-over-two-years');
  });

  it('§7 example 3: 9 of 12 used in 2024 → 15 in 2025', () => {
    expect(annualLeaveEntitlement(pns(), 2025, { ledger: [grant(2023), taken(2023, 12), grant(2024), taken(2024, 9)] })._unsafeUnwrap().total).toBe(15);
  });

  it('§7 example 4: 2 of 12 used in 2024 → 18 in 2025 (carry capped at 6)', () => {
    expect(annualLeaveEntitlement(pns(), 2025, { ledger: [grant(2024), taken(2024, 2)] })._unsafeUnwrap().total).toBe(18);
  });

  it('§7 example 5: 2019 CT deferred in full by the PYBMC → 24 in 2020 (Pasal 314(2))', () => {
    const result = annualLeaveEntitlement(pns(), 2020, { ledger: [grant(2018), taken(2018, 12), grant(2019), entry('deferral-out', 2019, 12, '2019-11-01')] })._unsafeUnwrap();
    expect([result.own, result.deferred, result.carried, result.total]).toEqual([12, 12, 0, 24]);
  });

  it('docs/interpretations.md#leave-decisions: days a PYBMC deferred for a PPPK arrive the next year, citing the PPPK form', () => {
    const result = annualLeaveEntitlement(pppk({ start: '2022-01-01', years: 5 }), 2026, { ledger: [grant(2025), taken(2025, 4), entry('deferral-out', 2025, 4, '2025-10-01')] })._unsafeUnwrap();
    expect([result.own, result.deferred, result.carried, result.total]).toEqual([12, 4, 4, 20]);
    expect(result.postings.find((posting) => posting.type === 'deferral-in')?.basis.instrument).toBe('Perban BKN 7/2022');
  });
  it('docs/interpretations.md#annual-deferral: deferred 8 and 4 undeferred unused → min(24, 12 + 8 + min(4, 6)) = 24', () => {
    const result = annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2025), entry('deferral-out', 2025, 8, '2025-10-01')] })._unsafeUnwrap();
    expect([result.deferred, result.carried, result.total]).toEqual([8, 4, 24]);
  });

  it('docs/interpretations.md#annual-deferral: the cap of 24 trims the carry first', () => {
    const result = annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2025, 24), entry('deferral-out', 2025, 10, '2025-10-01')] })._unsafeUnwrap();
    expect([result.deferred, result.carried, result.total]).toEqual([10, 2, 24]);
  });

  it('§7 example 6: CPNS with TMT 2025-03-01 has no CT for 2025 and the full 12 in 2026, usable from 2026-03-01', () => {
    const cpns = pnsInput({ kind: 'CPNS', tmtCpns: '2025-03-01' });
    const year2025 = annualLeaveEntitlement(cpns, 2025)._unsafeUnwrap();
    expect([year2025.total, year2025.eligibleFrom]).toEqual([0, '2026-03-01']);
    const year2026 = annualLeaveEntitlement(cpns, 2026)._unsafeUnwrap();
    expect([year2026.own, year2026.usableFrom]).toEqual([12, '2026-03-01']);
  });

  it('§7 example 7: a guru PNS has 12 hari kerja in 2025 (Perban 7/2021 III.A.15)', () => {
    expect(annualLeaveEntitlement(pnsInput({ position: { type: 'guru' } }), 2025)._unsafeUnwrap().own).toBe(12);
  });

  it('superseded row: a guru PNS had no CT of his own in 2019 (PP 11/2017 Pasal 315 before PP 17/2020)', () => {
    const result = annualLeaveEntitlement(pnsInput({ position: { type: 'guru' } }), 2019)._unsafeUnwrap();
    expect(result.own).toBe(0);
    expect(result.reasons.map((r) => r.code)).toContain('leave/no-annual-leave');
    expect(result.reasons[1]?.severity).toBe('info');
  });

  it('§7 example 8 / docs/interpretations.md#major-leave-and-annual-leave: no own days in the year a cuti besar starts; carried days stay', () => {
    const ledger = [grant(2024), taken(2024, 6), taken(2025, 60, '2025-05-05', 'major')];
    const result = annualLeaveEntitlement(pns(), 2025, { ledger })._unsafeUnwrap();
    expect([result.own, result.carried, result.total]).toEqual([0, 6, 6]);
  });

  it('§3.3 example 6: a nurse works all 8 cuti bersama days of 2026 → 20, and the 24 Dec day may be used in 2027', () => {
    const worked = ['2026-02-16', '2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24', '2026-05-15', '2026-05-28', '2026-12-24'];
    const nurse = pnsInput({ position: { type: 'fungsional', level: 'terampil' }, workWeek: 6 });
    const result = annualLeaveEntitlement(nurse, 2026, { workedCollectiveLeave: worked, calendar: CALENDAR })._unsafeUnwrap();
    expect([result.own, result.compensation, result.total]).toEqual([12, 8, 20]);
    expect(result.postings.filter((posting) => posting.carryable === true).map((posting) => posting.date)).toEqual(['2026-12-24']);
    const ledger = [...result.postings, taken(2026, 19, '2026-07-01')];
    const next = annualLeaveEntitlement(nurse, 2027, { ledger })._unsafeUnwrap();
    expect(next.compensationFromLastYear).toBe(1);
  });

  it('docs/interpretations.md#collective-leave: a worked day that is not cuti bersama adds nothing and warns', () => {
    const result = annualLeaveEntitlement(pns(), 2026, { workedCollectiveLeave: ['2026-03-19'], calendar: CALENDAR })._unsafeUnwrap();
    expect(result.compensation).toBe(0);
    expect(result.reasons.find((r) => r.code === 'leave/not-collective-leave')?.severity).toBe('warning');
  });

  it('§7 example 29: PPPK with a 5-year contract → 18 after one unused year, 24 after two', () => {
    const employee = pppk({ start: '2022-01-01', years: 5 });
    expect(annualLeaveEntitlement(employee, 2024, { ledger: [grant(2023)] })._unsafeUnwrap().total).toBe(18);
    expect(annualLeaveEntitlement(employee, 2025, { ledger: [grant(2023), grant(2024)] })._unsafeUnwrap().total).toBe(24);
  });

  it('§7 example 29: a PPPK with a 2-year contract gets no 18-day carry; with 3 years 18 but not 24', () => {
    const two = annualLeaveEntitlement(pppk({ start: '2023-01-01', years: 2 }), 2025, { ledger: [grant(2024)] })._unsafeUnwrap();
    expect(two.total).toBe(12);
    expect(two.reasons.map((r) => r.code)).toContain('leave/carry-over-contract');
    const three = annualLeaveEntitlement(pppk({ start: '2022-01-01', years: 3 }), 2025, { ledger: [grant(2023), grant(2024)] })._unsafeUnwrap();
    expect(three.total).toBe(18);
  });

  it('§7 example 26: a PPPK who took 6 days before the first year has 6 left once it is reached', () => {
    const employee = pppk({ start: '2025-06-01' });
    const result = annualLeaveEntitlement(employee, 2026)._unsafeUnwrap();
    expect([result.own, result.usableFrom]).toEqual([12, '2026-06-01']);
    const ledger = [...result.postings, taken(2026, 6, '2026-02-02')];
    expect(leaveBalance(ledger, { kind: 'annual', asOf: '2026-05-31' })._unsafeUnwrap().available).toBe(-6);
    expect(leaveBalance(ledger, { kind: 'annual', asOf: '2026-06-01' })._unsafeUnwrap().available).toBe(6);
  });

  it('PPPK before Perban BKN 7/2022: no carry-over', () => {
    expect(annualLeaveEntitlement(pppk({ start: '2019-01-01' }), 2021, { ledger: [grant(2020)] })._unsafeUnwrap().total).toBe(12);
  });

  it('docs/interpretations.md#eligibility-service: CLTN pushes the first anniversary back', () => {
    const employee = pnsInput({ kind: 'CPNS', tmtCpns: '2024-01-01', cltn: [{ from: '2024-06-01', to: '2024-06-30' }] });
    expect(annualLeaveEntitlement(employee, 2025)._unsafeUnwrap().eligibleFrom).toBe('2025-01-31');
  });

  it('docs/interpretations.md#eligibility-service: a PPPK year that ends before the first anniversary has no annual leave (PP 49/2018 Pasal 78)', () => {
    const result = annualLeaveEntitlement(pppk({ start: '2025-06-01' }), 2025)._unsafeUnwrap();
    expect([result.total, result.reasons[1]?.basis.instrument]).toEqual([0, 'PP 49/2018']);
  });

  it('docs/interpretations.md#pppk-leave: a 2-year PPPK contract with every day used carries nothing and says nothing about it', () => {
    const result = annualLeaveEntitlement(pppk({ start: '2023-01-01', years: 2 }), 2025, { ledger: [grant(2024), taken(2024, 12)] })._unsafeUnwrap();
    expect(result.reasons.map((r) => r.code)).toEqual(['leave/annual-entitlement']);
  });

  it('docs/interpretations.md#eligibility-service: CLTN periods in any order, one begun before TMT and one running past the anniversary, stop the clock', () => {
    const employee = pnsInput({ kind: 'CPNS', tmtCpns: '2024-01-01', cltn: [{ from: '2024-12-01', to: '2025-01-31' }, { from: '2023-12-01', to: '2024-01-31' }] });
    expect(annualLeaveEntitlement(employee, 2025)._unsafeUnwrap().eligibleFrom).toBe('2025-04-04');
  });

  it('no rule in force before PP 11/2017 for the year asked', () => {
    expect(annualLeaveEntitlement(pns({ tmtCpns: '1990-01-01' }), 2000)._unsafeUnwrapErr().code).toBe('leave/no-rule-in-force');
  });

  it('rejects bad input with leave/invalid-input', () => {
    expect(annualLeaveEntitlement(unchecked({}), 2026)._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    expect(annualLeaveEntitlement(heru, 2026, { yearEndFrom: '13-40' })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
  });
});

/** The codes of a result's reasons, in order. */
const codes = (result: { readonly reasons: readonly { readonly code: string }[] }): string[] => result.reasons.map((r) => r.code);

/** A reason's text as plain strings (the texts are written when read). */
const text = (reason: { readonly message: { readonly id: string; readonly en: string } } | undefined): { id: string; en: string } | undefined =>
  reason === undefined ? undefined : { id: reason.message.id, en: reason.message.en };

/** A legal basis as cited: instrument and article. */
const cited = (basis: LegalBasis): { instrument: string; article: string | undefined } => ({ instrument: basis.instrument, article: basis.article });

/** Postings with their bases as cited. */
const posted = (postings: readonly LedgerEntry[]): unknown[] => postings.map((posting) => ({ ...posting, basis: cited(posting.basis) }));

const PNS_ENTITLEMENT_BASIS = { instrument: 'PP 11/2017', article: 'Pasal 311 ayat (2), 313, 314; Perban BKN 24/2017 Lampiran III.A.9' };
const PNS_COMPENSATION_BASIS = { instrument: 'PP 11/2017', article: 'Pasal 333 ayat (3); Perban BKN 7/2021 Lampiran III.F.6–7' };

describe('annualLeaveEntitlement: eligibility (R-L5, PP 11/2017 Pasal 311 ayat (1))', () => {
  it('a first anniversary on 31 December gives the full 12 days that year, usable from 31 December', () => {
    const result = annualLeaveEntitlement(pnsInput({ kind: 'CPNS', tmtCpns: '2024-12-31' }), 2025)._unsafeUnwrap();
    expect([result.eligibleFrom, result.usableFrom, result.own, result.total]).toEqual(['2025-12-31', '2025-12-31', 12, 12]);
    expect(posted(result.postings)).toEqual([
      { type: 'grant', kind: 'annual', year: 2025, date: '2025-12-31', days: 12, basis: PNS_ENTITLEMENT_BASIS },
    ]);
    expect(codes(result)).toEqual(['leave/annual-entitlement']);
  });

  it('a first anniversary on 1 January of the next year leaves the year at 0, with leave/not-yet-eligible', () => {
    const result = annualLeaveEntitlement(pnsInput({ kind: 'CPNS', tmtCpns: '2025-01-01' }), 2025)._unsafeUnwrap();
    expect([result.eligibleFrom, result.own, result.total, result.postings]).toEqual(['2026-01-01', 0, 0, []]);
    expect(codes(result)).toEqual(['leave/annual-entitlement', 'leave/not-yet-eligible']);
    const reason = result.reasons[1];
    expect(reason?.severity).toBe('info');
    expect(reason?.basis).toMatchObject({ instrument: 'PP 11/2017', article: 'Pasal 311 ayat (1)' });
    expect(reason?.data).toEqual({ eligibleFrom: '2026-01-01' });
    expect(text(reason)).toEqual({
      id: 'Belum 1 tahun bekerja secara terus-menerus pada 2025 (genap 1 tahun pada 2026-01-01): hak cuti tahunan 0.',
      en: 'Not yet 1 year of continuous service in 2025 (reached on 2026-01-01): no annual leave.',
    });
  });

  it('an anniversary on 1 January makes the days usable from 1 January', () => {
    const result = annualLeaveEntitlement(pnsInput({ kind: 'CPNS', tmtCpns: '2025-01-01' }), 2026)._unsafeUnwrap();
    expect([result.usableFrom, result.own]).toEqual(['2026-01-01', 12]);
  });

  it('a PPPK not yet eligible cites PP 49/2018 Pasal 78 ayat (1)', () => {
    const reason = annualLeaveEntitlement(pppk({ start: '2025-06-01' }), 2025)._unsafeUnwrap().reasons[1];
    expect([reason?.code, reason?.basis.instrument, reason?.basis.article]).toEqual(['leave/not-yet-eligible', 'PP 49/2018', 'Pasal 78 ayat (1)']);
  });

  it('the total reason states the total and every part of it', () => {
    const result = annualLeaveEntitlement(heru, 2019, { ledger: [grant(2018)] })._unsafeUnwrap();
    const reason = result.reasons[0];
    expect([reason?.code, reason?.severity]).toEqual(['leave/annual-entitlement', 'info']);
    expect(reason?.basis).toMatchObject(PNS_ENTITLEMENT_BASIS);
    expect(reason?.data).toEqual({ total: 18, own: 12, carried: 6, deferred: 0, compensation: 0, compensationFromLastYear: 0 });
    expect(text(reason)).toEqual({ id: 'Hak cuti tahunan 2019: 18 hari kerja.', en: 'Annual leave entitlement for 2019: 18 working days.' });
  });
});

describe('annualLeaveEntitlement: carry-over (R-L1, PP 11/2017 Pasal 313)', () => {
  it('days taken and then returned leave the year wholly unused: two such years give 24', () => {
    const ledger = [grant(2024), taken(2024, 3), entry('returned', 2024, 3, '2024-07-01'), grant(2025)];
    const result = annualLeaveEntitlement(pns(), 2026, { ledger })._unsafeUnwrap();
    expect([result.own, result.carried, result.total]).toEqual([12, 12, 24]);
    expect(codes(result)).toEqual(['leave/annual-entitlement', 'leave/carry-over-two-years']);
    expect([result.reasons[1]?.severity, result.reasons[1]?.data]).toEqual(['info', { carried: 12 }]);
    expect(text(result.reasons[1])).toEqual({
      id: 'Cuti tahunan 2024 dan 2025 tidak digunakan sama sekali: 12 hari dibawa ke 2026 (paling banyak 24).',
      en: 'No annual leave used in 2024 and 2025: 12 days carried into 2026 (at most 24).',
    });
  });

  it('a return in the last year, or a deferral in the year before, counts as the rule says', () => {
    const returned = annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2024), grant(2025), taken(2025, 2), entry('returned', 2025, 2, '2025-07-01')] })._unsafeUnwrap();
    expect([returned.carried, returned.total]).toEqual([12, 24]);
    const deferredBefore = annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2024), entry('deferral-out', 2024, 12, '2024-10-01'), grant(2025)] })._unsafeUnwrap();
    expect([deferredBefore.carried, deferredBefore.total, codes(deferredBefore)]).toEqual([6, 18, ['leave/annual-entitlement', 'leave/carry-over']]);
  });

  it('a year with a single day taken is not wholly unused, in either of the two years', () => {
    const lastUsed = annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2024), grant(2025), taken(2025, 1)] })._unsafeUnwrap();
    expect([lastUsed.carried, lastUsed.total]).toEqual([6, 18]);
    const beforeUsed = annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2024), taken(2024, 1), grant(2025)] })._unsafeUnwrap();
    expect([beforeUsed.carried, beforeUsed.total]).toEqual([6, 18]);
  });

  it('a year with no grant is not wholly unused (both years must be eligible)', () => {
    expect(annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2025)] })._unsafeUnwrap().total).toBe(18);
    expect(annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2024)] })._unsafeUnwrap().total).toBe(12);
  });

  it('the year before last is N−2 exactly, and a grant of 0 days is no grant', () => {
    expect(annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2023), grant(2025)] })._unsafeUnwrap().total).toBe(18);
    expect(annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2024, 0), grant(2025)] })._unsafeUnwrap().total).toBe(18);
  });

  it('a year partly deferred by the PYBMC is not wholly unused: 12 + 4 deferred + min(8, 6) = 22 (R-L2)', () => {
    const ledger = [grant(2024), grant(2025), entry('deferral-out', 2025, 4, '2025-10-01')];
    const result = annualLeaveEntitlement(pns(), 2026, { ledger })._unsafeUnwrap();
    expect([result.own, result.deferred, result.carried, result.total]).toEqual([12, 4, 6, 22]);
    expect(codes(result)).toEqual(['leave/annual-entitlement', 'leave/carry-over', 'leave/deferred-in']);
  });

  it('a year wholly deferred is not wholly unused: 24 from the deferral, no carry and no cap', () => {
    const ledger = [grant(2024), grant(2025), entry('deferral-out', 2025, 12, '2025-10-01')];
    const result = annualLeaveEntitlement(pns(), 2026, { ledger })._unsafeUnwrap();
    expect([result.own, result.deferred, result.carried, result.total]).toEqual([12, 12, 0, 24]);
    expect(codes(result)).toEqual(['leave/annual-entitlement', 'leave/deferred-in']);
  });

  it('the carry reason gives the unused days and the days carried', () => {
    const result = annualLeaveEntitlement(pns(), 2025, { ledger: [grant(2024), taken(2024, 2)] })._unsafeUnwrap();
    const reason = result.reasons[1];
    expect([reason?.code, reason?.severity, reason?.data]).toEqual(['leave/carry-over', 'info', { unused: 10, carried: 6 }]);
    expect(reason?.basis).toMatchObject(PNS_ENTITLEMENT_BASIS);
    expect(text(reason)).toEqual({
      id: 'Sisa cuti tahunan 2024: 10 hari; dibawa paling banyak 6: 6 hari.',
      en: 'Unused annual leave of 2024: 10 days; at most 6 carry over: 6 days.',
    });
  });

  it('fewer unused days than the cap carry as they are; none unused carries nothing and says nothing', () => {
    const four = annualLeaveEntitlement(pns(), 2025, { ledger: [grant(2024), taken(2024, 8)] })._unsafeUnwrap();
    expect([four.carried, four.total]).toEqual([4, 16]);
    expect(four.postings.map((posting) => [posting.type, posting.date, posting.days])).toEqual([['grant', '2025-01-01', 12], ['carry-over', '2025-01-01', 4]]);
    const none = annualLeaveEntitlement(pns(), 2025, { ledger: [grant(2024), taken(2024, 12)] })._unsafeUnwrap();
    expect([none.carried, none.total, codes(none), none.postings.length]).toEqual([0, 12, ['leave/annual-entitlement'], 1]);
  });

  it('a PPPK contract of 2 years: unused days do not carry, and the reason names the contract (Perban BKN 7/2022 Pasal 7)', () => {
    const result = annualLeaveEntitlement(pppk({ start: '2023-01-01', years: 2 }), 2025, { ledger: [grant(2024), taken(2024, 11)] })._unsafeUnwrap();
    expect([result.carried, result.total]).toEqual([0, 12]);
    const reason = result.reasons[1];
    expect([reason?.code, reason?.severity, reason?.data]).toEqual(['leave/carry-over-contract', 'info', { contractYears: 2 }]);
    expect(reason?.basis).toMatchObject({ instrument: 'Perban BKN 7/2022', article: 'Pasal 7; PP 49/2018 Pasal 78, 80' });
    expect(text(reason)).toEqual({
      id: 'Masa perjanjian kerja 2 tahun: sisa cuti tahun lalu tidak dapat dibawa.',
      en: 'A contract of 2 years: last year\'s unused days do not carry over.',
    });
  });

  it('a PPPK contract of 3 years carries 6 but not 12; of 4 years, 12 after two unused years', () => {
    const ledger = [grant(2023), grant(2024)];
    const three = annualLeaveEntitlement(pppk({ start: '2022-01-01', years: 3 }), 2025, { ledger })._unsafeUnwrap();
    expect([three.carried, codes(three)]).toEqual([6, ['leave/annual-entitlement', 'leave/carry-over']]);
    const four = annualLeaveEntitlement(pppk({ start: '2022-01-01', years: 4 }), 2025, { ledger })._unsafeUnwrap();
    expect([four.carried, codes(four)]).toEqual([12, ['leave/annual-entitlement', 'leave/carry-over-two-years']]);
  });
});

describe('annualLeaveEntitlement: deferral and the cap of 24 (R-L2, PP 11/2017 Pasal 314)', () => {
  it('§7 example 5: the deferred days arrive as a deferral-in posting on 1 January, with leave/deferred-in', () => {
    const result = annualLeaveEntitlement(pns(), 2020, { ledger: [grant(2018), taken(2018, 12), grant(2019), entry('deferral-out', 2019, 12, '2019-11-01')] })._unsafeUnwrap();
    const arriving = { instrument: 'PP 11/2017', article: 'Pasal 314 ayat (2)' };
    expect(posted(result.postings)).toEqual([
      { type: 'grant', kind: 'annual', year: 2020, date: '2020-01-01', days: 12, basis: PNS_ENTITLEMENT_BASIS },
      { type: 'deferral-in', kind: 'annual', year: 2020, date: '2020-01-01', days: 12, basis: arriving },
    ]);
    expect(codes(result)).toEqual(['leave/annual-entitlement', 'leave/deferred-in']);
    const reason = result.reasons[1];
    expect([reason?.severity, reason?.data]).toEqual(['info', { deferred: 12 }]);
    expect(reason?.basis).toMatchObject(arriving);
    expect(text(reason)).toEqual({
      id: '12 hari cuti tahunan 2019 yang ditangguhkan ditambahkan ke 2020.',
      en: '12 days of 2019 deferred by the PYBMC are added to 2020.',
    });
  });

  it('the cap cuts into deferred days when there is no carry left to cut: 12 + 14 deferred → 24', () => {
    const ledger = [grant(2025), entry('carry-over', 2025, 6), entry('deferral-out', 2025, 14, '2025-10-01')];
    const result = annualLeaveEntitlement(pns(), 2026, { ledger })._unsafeUnwrap();
    expect([result.own, result.carried, result.deferred, result.total]).toEqual([12, 0, 12, 24]);
    expect(result.postings.map((posting) => [posting.type, posting.days])).toEqual([['grant', 12], ['deferral-in', 12]]);
    expect(codes(result)).toEqual(['leave/annual-entitlement', 'leave/entitlement-cap', 'leave/deferred-in']);
    const reason = result.reasons[1];
    expect([reason?.severity, reason?.data]).toEqual(['info', { cap: 24 }]);
    expect(reason?.basis).toMatchObject({ instrument: 'PP 11/2017', article: 'Pasal 313 ayat (2), 314 ayat (2)' });
    expect(text(reason)).toEqual({ id: 'Jumlah hak cuti tahunan dibatasi 24 hari kerja.', en: 'The annual entitlement is capped at 24 working days.' });
  });

  it('the cap cuts the carry first, then the deferred days: 12 + 20 deferred + 4 carried → 12 + 12', () => {
    const ledger = [grant(2025, 24), entry('deferral-out', 2025, 20, '2025-10-01')];
    const result = annualLeaveEntitlement(pns(), 2026, { ledger })._unsafeUnwrap();
    expect([result.own, result.carried, result.deferred, result.total]).toEqual([12, 0, 12, 24]);
  });

  it('exactly 24 is not capped', () => {
    const result = annualLeaveEntitlement(pns(), 2026, { ledger: [grant(2025, 18), entry('deferral-out', 2025, 6, '2025-10-01')] })._unsafeUnwrap();
    expect([result.carried, result.deferred, result.total]).toEqual([6, 6, 24]);
    expect(codes(result)).toEqual(['leave/annual-entitlement', 'leave/carry-over', 'leave/deferred-in']);
  });

  it('a PPPK\'s deferred days arrive under the PPPK form (Perban BKN 7/2022 Lampiran II)', () => {
    const result = annualLeaveEntitlement(pppk({ start: '2022-01-01', years: 5 }), 2026, { ledger: [grant(2025), entry('deferral-out', 2025, 12, '2025-10-01')] })._unsafeUnwrap();
    expect(result.reasons[1]?.basis).toMatchObject({ instrument: 'Perban BKN 7/2022', article: 'Lampiran II, bagian VIII' });
  });
});

describe('annualLeaveEntitlement: cuti besar (R-L4, PP 11/2017 Pasal 316 ayat (3))', () => {
  it('the year a cuti besar starts has no own days, with leave/major-leave-year naming its start', () => {
    const result = annualLeaveEntitlement(pns(), 2025, { ledger: [grant(2024), taken(2024, 12), taken(2025, 60, '2025-05-05', 'major')] })._unsafeUnwrap();
    expect([result.own, result.total, result.postings]).toEqual([0, 0, []]);
    expect(codes(result)).toEqual(['leave/annual-entitlement', 'leave/major-leave-year']);
    const reason = result.reasons[1];
    expect([reason?.severity, reason?.data]).toEqual(['info', { majorLeaveStart: '2025-05-05' }]);
    expect(reason?.basis).toMatchObject({ instrument: 'PP 11/2017', article: 'Pasal 316 ayat (3)' });
    expect(text(reason)).toEqual({
      id: 'Cuti besar dimulai 2025-05-05: tidak ada cuti tahunan 2025; sisa cuti tahun sebelumnya tetap dapat digunakan.',
      en: 'A cuti besar starts on 2025-05-05: no annual leave for 2025; days carried from earlier years stay usable.',
    });
  });

  it('a cuti besar of another year leaves the year\'s own days alone', () => {
    const result = annualLeaveEntitlement(pns(), 2025, { ledger: [grant(2024), taken(2024, 12), taken(2024, 60, '2024-05-06', 'major')] })._unsafeUnwrap();
    expect([result.own, codes(result)]).toEqual([12, ['leave/annual-entitlement']]);
  });

  it('the first cuti besar taken in the year is named; other kinds and other entries of cuti besar start none', () => {
    const two = annualLeaveEntitlement(pns(), 2025, { ledger: [taken(2025, 30, '2025-09-01', 'major'), taken(2025, 30, '2025-05-05', 'major')] })._unsafeUnwrap();
    expect(two.reasons[1]?.data).toEqual({ majorLeaveStart: '2025-09-01' });
    const others = [taken(2025, 10, '2025-03-03', 'sick'), taken(2025, 30, '2025-05-05', 'important-reason'), entry('returned', 2025, 5, '2025-05-05', 'major')];
    expect([annualLeaveEntitlement(pns(), 2025, { ledger: others })._unsafeUnwrap().own]).toEqual([12]);
  });

  it('a year already without own days says nothing more about a cuti besar', () => {
    const result = annualLeaveEntitlement(pnsInput({ position: { type: 'guru' } }), 2019, { ledger: [taken(2019, 60, '2019-05-06', 'major')] })._unsafeUnwrap();
    expect(codes(result)).toEqual(['leave/annual-entitlement', 'leave/no-annual-leave']);
  });
});

describe('annualLeaveEntitlement: cuti bersama worked through (R-L3, PP 11/2017 Pasal 333 ayat (3))', () => {
  it('each worked day of the year is a compensation posting; days on or after 16 December may be used next year', () => {
    const worked = ['2026-12-16', '2026-12-15', '2025-12-31', '2026-01-01', '2026-12-31', '2027-01-01', '2026-12-15'];
    const result = annualLeaveEntitlement(pns(), 2026, { workedCollectiveLeave: worked })._unsafeUnwrap();
    expect([result.own, result.compensation, result.total]).toEqual([12, 4, 16]);
    const compensation = PNS_COMPENSATION_BASIS;
    expect(posted(result.postings.slice(1))).toEqual([
      { type: 'compensation', kind: 'annual', year: 2026, date: '2026-01-01', days: 1, basis: compensation },
      { type: 'compensation', kind: 'annual', year: 2026, date: '2026-12-15', days: 1, basis: compensation },
      { type: 'compensation', kind: 'annual', year: 2026, date: '2026-12-16', days: 1, basis: compensation, carryable: true },
      { type: 'compensation', kind: 'annual', year: 2026, date: '2026-12-31', days: 1, basis: compensation, carryable: true },
    ]);
    expect(codes(result)).toEqual(['leave/annual-entitlement', 'leave/collective-leave-compensation']);
    const reason = result.reasons[1];
    expect([reason?.severity, reason?.data]).toEqual(['info', { compensation: 4, usableNextYear: 2 }]);
    expect(reason?.basis).toMatchObject(PNS_COMPENSATION_BASIS);
    expect(text(reason)).toEqual({
      id: 'Tidak mendapat cuti bersama karena jabatan: cuti tahunan ditambah 4 hari.',
      en: 'Worked through cuti bersama because of the post: 4 days added to annual leave.',
    });
  });

  it('yearEndFrom moves the start of the last days of the year', () => {
    const carryable = (yearEndFrom: string): boolean | undefined =>
      annualLeaveEntitlement(pns(), 2026, { workedCollectiveLeave: ['2026-12-24'], calendar: CALENDAR, yearEndFrom })._unsafeUnwrap().postings[1]?.carryable;
    expect([carryable('12-24'), carryable('12-25')]).toEqual([true, undefined]);
  });

  it('a worked day that is not cuti bersama warns, naming the day, and is not posted', () => {
    const result = annualLeaveEntitlement(pns(), 2026, { workedCollectiveLeave: ['2026-03-19', '2026-03-18'], calendar: CALENDAR })._unsafeUnwrap();
    expect([result.compensation, result.postings.length]).toEqual([1, 2]);
    const warning = result.reasons.find((r) => r.code === 'leave/not-collective-leave');
    expect(warning?.data).toEqual({ date: '2026-03-19' });
    expect(warning?.basis).toMatchObject(PNS_COMPENSATION_BASIS);
    expect(text(warning)).toEqual({
      id: '2026-03-19 bukan hari cuti bersama; tidak menambah cuti tahunan.',
      en: '2026-03-19 is not a cuti bersama day; it adds no annual leave.',
    });
  });

  it('an ordinary working day is not cuti bersama either', () => {
    const result = annualLeaveEntitlement(pns(), 2026, { workedCollectiveLeave: ['2026-03-25'], calendar: CALENDAR })._unsafeUnwrap();
    expect([result.compensation, result.total, codes(result)]).toEqual([0, 12, ['leave/annual-entitlement', 'leave/not-collective-leave']]);
  });

  it('a date the calendar does not hold is not cuti bersama', () => {
    const result = annualLeaveEntitlement(pns(), 2030, { workedCollectiveLeave: ['2030-12-24'], calendar: CALENDAR })._unsafeUnwrap();
    expect([result.compensation, codes(result)]).toEqual([0, ['leave/annual-entitlement', 'leave/not-collective-leave']]);
  });

  it('unused year-end compensation of last year is posted on 1 January and adds to the total', () => {
    const ledger = [grant(2026), entry('compensation', 2026, 1, '2026-12-24'), { ...entry('compensation', 2026, 1, '2026-12-24'), carryable: true }, taken(2026, 13)];
    const result = annualLeaveEntitlement(pns(), 2027, { ledger })._unsafeUnwrap();
    expect([result.own, result.carried, result.compensationFromLastYear, result.total]).toEqual([12, 0, 1, 13]);
    expect(posted(result.postings.slice(1))).toEqual([{ type: 'compensation', kind: 'annual', year: 2027, date: '2027-01-01', days: 1, basis: PNS_COMPENSATION_BASIS }]);
    expect(codes(result)).toEqual(['leave/annual-entitlement', 'leave/compensation-from-last-year']);
    const reason = result.reasons[1];
    expect([reason?.severity, reason?.data]).toEqual(['info', { compensationFromLastYear: 1 }]);
    expect(reason?.basis).toMatchObject(PNS_COMPENSATION_BASIS);
    expect(text(reason)).toEqual({
      id: '1 hari pengganti cuti bersama akhir tahun 2026 dapat digunakan pada 2027.',
      en: '1 compensation days for 2026\'s year-end cuti bersama are usable in 2027.',
    });
  });

  it('a PPPK\'s compensation cites PP 49/2018 Pasal 91', () => {
    const result = annualLeaveEntitlement(pppk({ start: '2022-01-01', years: 5 }), 2026, { workedCollectiveLeave: ['2026-12-24'] })._unsafeUnwrap();
    expect(result.postings[1]?.basis).toMatchObject({ instrument: 'PP 49/2018', article: 'Pasal 91; Perban BKN 7/2022 Pasal 20' });
  });
});

describe('annualLeaveEntitlement: checked input', () => {
  it('a year outside 1900–2998 or not whole is refused naming the year', () => {
    for (const year of [1899, 2999, 2025.5]) {
      const error = annualLeaveEntitlement(pns(), year)._unsafeUnwrapErr();
      expect(error.code).toBe('leave/invalid-input');
    }
    expect(annualLeaveEntitlement(pns(), 2998).isOk()).toBe(true);
  });

  it('an unknown history key is refused; a history with only a ledger, or none, is accepted', () => {
    expect(annualLeaveEntitlement(pns(), 2026, unchecked({ ledger: [], extra: 1 }))._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    expect(annualLeaveEntitlement(pns(), 2026, unchecked(null))._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    expect(annualLeaveEntitlement(pns(), 2026, {})._unsafeUnwrap().total).toBe(12);
  });

  it('every failed part is named in the issues: the employee, the year, the history and its ledger', () => {
    const paths = (error: { readonly data: Readonly<Record<string, unknown>> }): string[] =>
      (error.data.issues as { path: string }[]).map(({ path }) => (path.startsWith('history.ledger') ? 'history.ledger' : path.split('.')[0] ?? ''));
    const everything = annualLeaveEntitlement(unchecked({ kind: 'PNS' }), 1800, unchecked({ ledger: [{ type: 'grant' }], extra: 1 }))._unsafeUnwrapErr();
    expect(new Set(paths(everything))).toEqual(new Set(['employee', 'year', 'history', 'history.ledger']));
    const year = annualLeaveEntitlement(pns(), 1899)._unsafeUnwrapErr();
    expect([year.code, paths(year)]).toEqual(['leave/invalid-input', ['year']]);
    const ledger = annualLeaveEntitlement(pns(), 2026, { ledger: unchecked([{ type: 'grant' }]) })._unsafeUnwrapErr();
    expect(new Set(paths(ledger))).toEqual(new Set(['history.ledger']));
    expect(ledger.message.id.startsWith('Masukan tidak valid — history.ledger: ')).toBe(true);
  });

  it('a history that is not an object is refused', () => {
    for (const history of [5, 'ledger', true]) {
      expect(annualLeaveEntitlement(pns(), 2026, unchecked(history))._unsafeUnwrapErr().code).toBe('leave/invalid-input');
    }
  });

  it('a raw ledger is parsed on the way in and a bad one refused', () => {
    expect(annualLeaveEntitlement(pns(), 2025, { ledger: unchecked([{ ...grant(2024) }]) })._unsafeUnwrap().total).toBe(18);
    expect(annualLeaveEntitlement(pns(), 2025, { ledger: unchecked([{ type: 'grant' }]) })._unsafeUnwrapErr().code).toBe('leave/invalid-input');
  });
});

describe('properties', () => {
  const usage = fc.record({
    used2: fc.integer({ min: 0, max: 12 }),
    used1: fc.integer({ min: 0, max: 18 }),
    deferred: fc.integer({ min: 0, max: 12 }),
    worked: fc.subarray(['2026-02-16', '2026-03-18', '2026-03-20', '2026-05-15', '2026-12-24']),
  });

  it('a PNS entitlement is never above 24 plus cuti-bersama compensation', () => {
    fc.assert(fc.property(usage, ({ used2, used1, deferred, worked }) => {
      const ledger = [grant(2024), taken(2024, used2), grant(2025), entry('carry-over', 2025, 6), taken(2025, used1), entry('deferral-out', 2025, deferred, '2025-11-01')];
      const result = annualLeaveEntitlement(pns(), 2026, { ledger, workedCollectiveLeave: worked })._unsafeUnwrap();
      return result.total - result.compensation - result.compensationFromLastYear <= 24 && result.total >= 12;
    }));
  });

  it('more service never removes eligibility', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 24 }), (months, earlier) => {
      const base = new Date(Date.UTC(2020, months, 1)).toISOString().slice(0, 10);
      const before = new Date(Date.UTC(2020, months - earlier, 1)).toISOString().slice(0, 10);
      const later = annualLeaveEntitlement(pnsInput({ kind: 'CPNS', tmtCpns: base }), 2025)._unsafeUnwrap().own;
      const sooner = annualLeaveEntitlement(pnsInput({ kind: 'CPNS', tmtCpns: before }), 2025)._unsafeUnwrap().own;
      return sooner >= later;
    }));
  });

  it('results do not depend on the order of ledger entries', () => {
    const ledger = [grant(2024), taken(2024, 3), grant(2025), entry('carry-over', 2025, 6), taken(2025, 8), entry('deferral-out', 2025, 2, '2025-11-01')];
    fc.assert(fc.property(fc.shuffledSubarray(ledger, { minLength: ledger.length }), (shuffled) =>
      annualLeaveEntitlement(pns(), 2026, { ledger: shuffled })._unsafeUnwrap().total === 20));
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(fc.property(fc.anything(), fc.integer(), fc.anything(), (employee, year, history) => {
      const result = annualLeaveEntitlement(unchecked(employee), year, history as never);
      return result.isOk() || result.isErr();
    }));
  });
});

describe('D11: annualLeaveEntitlement with a forged calendar is an Err, never a throw', () => {
  it('copies, proxies and look-alikes of a calendar are refused as the calendar option', () => {
    const forgeries: unknown[] = [{ ...CALENDAR }, Object.create(CALENDAR), new Proxy(CALENDAR, {}), { ...CALENDAR, offDays: null, prefix: null }];
    for (const calendar of forgeries) {
      const result = annualLeaveEntitlement(pns(), 2026, unchecked({ calendar, workedCollectiveLeave: ['2026-03-20'] }));
      expect(result.isErr() && result.error.code).toBe('leave/invalid-input');
    }
  });
});
