import { describe, expect, it } from 'vitest';
import { asnError } from '../../src/core';
import {
  annualLeaveEntitlement, evaluateLeaveRequest, leaveBalance, parseLedger, type AnnualEntitlement, type LedgerEntry,
} from '../../src/leave';
import { invalidParts } from '../../src/leave/input';
import { CALENDAR, entry, grant, pns, pnsInput, pppk, taken, unchecked } from './fixtures';
import { dataOf } from '../error-data';

// The reasons of entitlements and balances are written when read, from their numbers: the texts (and what
// `JSON.stringify` writes) are the ones the module has always written. Literal values from the released version.

const texts = (entitlement: AnnualEntitlement) => entitlement.reasons.map((reason) => [reason.code, reason.message.en, reason.message.id]);
const ledgerOf = (entries: readonly LedgerEntry[]) => parseLedger(entries)._unsafeUnwrap();

describe('the texts of an entitlement', () => {
  it('carry-over, two unused years, deferral and the cap', () => {
    expect(texts(annualLeaveEntitlement(pns(), 2025, { ledger: ledgerOf([grant(2023), grant(2024)]) })._unsafeUnwrap())).toEqual([
      ['leave/annual-entitlement', 'Annual leave entitlement for 2025: 24 working days.', 'Hak cuti tahunan 2025: 24 hari kerja.'],
      ['leave/carry-over-two-years', 'No annual leave used in 2023 and 2024: 12 days carried into 2025 (at most 24).',
        'Cuti tahunan 2023 dan 2024 tidak digunakan sama sekali: 12 hari dibawa ke 2025 (paling banyak 24).'],
    ]);
    expect(texts(annualLeaveEntitlement(pns(), 2026, { ledger: ledgerOf([grant(2025, 24), entry('deferral-out', 2025, 10, '2025-10-01')]) })._unsafeUnwrap())).toEqual([
      ['leave/annual-entitlement', 'Annual leave entitlement for 2026: 24 working days.', 'Hak cuti tahunan 2026: 24 hari kerja.'],
      ['leave/carry-over', 'Unused annual leave of 2025: 14 days; at most 6 carry over: 6 days.', 'Sisa cuti tahunan 2025: 14 hari; dibawa paling banyak 6: 6 hari.'],
      ['leave/entitlement-cap', 'The annual entitlement is capped at 24 working days.', 'Jumlah hak cuti tahunan dibatasi 24 hari kerja.'],
      ['leave/deferred-in', '10 days of 2025 deferred by the PYBMC are added to 2026.', '10 hari cuti tahunan 2025 yang ditangguhkan ditambahkan ke 2026.'],
    ]);
  });

  it('eligibility, cuti besar, contract, cuti bersama worked through and last year’s compensation', () => {
    expect(texts(annualLeaveEntitlement(pnsInputOf({ kind: 'CPNS', tmtCpns: '2025-03-01' }), 2025)._unsafeUnwrap())[1]).toEqual([
      'leave/not-yet-eligible', 'Not yet 1 year of continuous service in 2025 (reached on 2026-03-01): no annual leave.',
      'Belum 1 tahun bekerja secara terus-menerus pada 2025 (genap 1 tahun pada 2026-03-01): hak cuti tahunan 0.']);
    expect(texts(annualLeaveEntitlement(pns(), 2025, { ledger: ledgerOf([grant(2024), taken(2024, 6), taken(2025, 60, '2025-05-05', 'major')]) })._unsafeUnwrap())[1]).toEqual([
      'leave/major-leave-year', 'A cuti besar starts on 2025-05-05: no annual leave for 2025; days carried from earlier years stay usable.',
      'Cuti besar dimulai 2025-05-05: tidak ada cuti tahunan 2025; sisa cuti tahun sebelumnya tetap dapat digunakan.']);
    expect(texts(annualLeaveEntitlement(pppk({ start: '2023-01-01', years: 2 }), 2025, { ledger: ledgerOf([grant(2024)]) })._unsafeUnwrap())[1]).toEqual([
      'leave/carry-over-contract', 'A contract of 2 years: last year\'s unused days do not carry over.', 'Masa perjanjian kerja 2 tahun: sisa cuti tahun lalu tidak dapat dibawa.']);
    const worked = annualLeaveEntitlement(pns(), 2026, { workedCollectiveLeave: ['2026-03-19', '2026-12-24'], calendar: CALENDAR })._unsafeUnwrap();
    expect(texts(worked).slice(1)).toEqual([
      ['leave/not-collective-leave', '2026-03-19 is not a cuti bersama day; it adds no annual leave.', '2026-03-19 bukan hari cuti bersama; tidak menambah cuti tahunan.'],
      ['leave/collective-leave-compensation', 'Worked through cuti bersama because of the post: 1 days added to annual leave.',
        'Tidak mendapat cuti bersama karena jabatan: cuti tahunan ditambah 1 hari.'],
    ]);
    expect(worked.reasons[2]?.data).toEqual({ compensation: 1, usableNextYear: 1 });
    const next = annualLeaveEntitlement(pns(), 2027, { ledger: ledgerOf([...worked.postings]) })._unsafeUnwrap();
    expect(texts(next).at(-1)).toEqual(['leave/compensation-from-last-year', '1 compensation days for 2026\'s year-end cuti bersama are usable in 2027.',
      '1 hari pengganti cuti bersama akhir tahun 2026 dapat digunakan pada 2027.']);
  });

  it('JSON.stringify writes the texts as plain strings', () => {
    const result = annualLeaveEntitlement(pns(), 2019, { ledger: ledgerOf([grant(2018)]) })._unsafeUnwrap();
    const json = JSON.parse(JSON.stringify(result)) as { reasons: { message: unknown }[] };
    expect(json.reasons.map((reason) => reason.message)).toEqual([
      { id: 'Hak cuti tahunan 2019: 18 hari kerja.', en: 'Annual leave entitlement for 2019: 18 working days.' },
      { id: 'Sisa cuti tahunan 2018: 12 hari; dibawa paling banyak 6: 6 hari.', en: 'Unused annual leave of 2018: 12 days; at most 6 carry over: 6 days.' },
    ]);
  });
});

function pnsInputOf(options: Parameters<typeof pnsInput>[0]) {
  return unchecked<ReturnType<typeof pns>>(pnsInput(options));
}

describe('the texts of a balance', () => {
  it('are written from the numbers of the balance, whole or not', () => {
    const balance = leaveBalance(ledgerOf([grant(2026), { ...taken(2026, 0.5, '2026-02-02') }]), { kind: 'annual', asOf: '2026-06-30' })._unsafeUnwrap();
    expect([balance.available, balance.reasons[0]?.data]).toEqual([11.5, { available: 11.5 }]);
    expect(balance.reasons[0]?.message.id).toBe('Sisa cuti tahunan 2026 per 2026-06-30: 11.5 hari kerja (hak tahun berjalan 12, sisa tahun lalu 0, penangguhan 0, pengganti cuti bersama 0, diambil 0.5).');
    const usage = leaveBalance(ledgerOf([taken(2026, 9000, '2026-02-02', 'sick')]), { kind: 'sick', asOf: '2026-06-30' })._unsafeUnwrap();
    expect([usage.reasons[0]?.data, usage.reasons[0]?.message.id]).toEqual([{ taken: 9000 }, 'Cuti sick yang digunakan pada 2026 per 2026-06-30: 9000 hari kalender.']);
    expect(JSON.parse(JSON.stringify(usage.reasons[0])) as unknown).toEqual({ code: 'leave/usage', severity: 'info', basis: { instrument: 'PP 11/2017', article: 'Pasal 310', interpretation: 'leave-units' },
      message: { id: 'Cuti sick yang digunakan pada 2026 per 2026-06-30: 9000 hari kalender.', en: 'sick leave used in 2026 as of 2026-06-30: 9000 calendar days.' }, data: { taken: 9000 } });
  });

  it('a deferral dated after the day asked about is left out', () => {
    const balance = leaveBalance(ledgerOf([grant(2026), entry('deferral-out', 2026, 4, '2026-11-02')]), { kind: 'annual', asOf: '2026-06-30' })._unsafeUnwrap();
    expect([balance.deferredOut, balance.available]).toEqual([0, 12]);
  });
});

describe('the rest of the rules on the parsed path', () => {
  it('an anniversary of 29 February falls on 28 February in a common year (docs/interpretations.md#eligibility-service)', () => {
    const leapDay = pnsInputOf({ kind: 'CPNS', tmtCpns: '2020-02-29' });
    expect(annualLeaveEntitlement(leapDay, 2021)._unsafeUnwrap().eligibleFrom).toBe('2021-02-28');
  });

  it('PPPK leave before the first year counts what was taken before it (PP 49/2018 Pasal 80)', () => {
    const employee = pppk({ start: '2025-06-01' });
    const ledger = ledgerOf([taken(2026, 4, '2026-01-12')]);
    const refusal = evaluateLeaveRequest(unchecked({ employee, ledger, calendar: CALENDAR, asOf: '2026-01-05',
      request: { id: 'R', kind: 'annual', ground: 'family-death', start: '2026-02-02', end: '2026-02-04' } }))._unsafeUnwrapErr();
    expect(refusal.violations.map((violation) => violation.data)).toEqual([{ used: 4, requested: 3, limit: 6 }]);
  });

  it('a raw request whose end is before its start is refused under request.end', () => {
    const refusal = evaluateLeaveRequest(unchecked({ employee: pns(), calendar: CALENDAR, asOf: '2026-01-05',
      request: { id: 'R', kind: 'annual', start: '2026-02-04', end: '2026-02-02' } }))._unsafeUnwrapErr();
    expect(dataOf(refusal, 'leave/invalid-input').issues).toEqual([{ path: 'request.end', message: 'The end must not be before the start' }]);
  });
});

describe('invalidParts (internal)', () => {
  it('keeps an error without issues as one issue at the part’s path, and a foreign Indonesian text as it is', () => {
    const foreign = asnError('x/other', { instrument: 'x' }, { id: 'Lain', en: 'Other' }, {});
    const error = invalidParts([{ path: 'calendar', error: foreign }, { path: '', error: foreign }]);
    expect(dataOf(error, 'leave/invalid-input').issues).toEqual([{ path: 'calendar', message: 'Other' }, { path: '', message: 'Other' }]);
    expect(error.message).toEqual({ id: 'Masukan tidak valid — calendar: Lain; Lain', en: 'Invalid input — calendar: Other; Other' });
  });
});
