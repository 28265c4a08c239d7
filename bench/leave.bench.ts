import { bench, describe } from 'vitest';
import { createCalendar } from '../src/calendar';
import type { IsoDate } from '../src/core';
import { parseEmployee } from '../src/employee';
import { evaluateLeaveRequest, leaveBalance, type LedgerEntry } from '../src/leave';

const calendar = createCalendar()._unsafeUnwrap();
const employee = parseEmployee({
  kind: 'PNS', nip: '198503152010012001', name: 'Sri Wahyuni', gender: 'female', birthDate: '1985-03-15', tmtCpns: '2010-01-01',
  golongan: 'III/c', position: { type: 'pelaksana' }, workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
})._unsafeUnwrap();
const basis = { instrument: 'PP 11/2017', article: 'Pasal 311' };

function yearOfLedger(year: number, seed: number): LedgerEntry[] {
  const y = String(year);
  return [
    { type: 'grant', kind: 'annual', year, date: `${y}-01-01` as IsoDate, days: 12, basis },
    { type: 'carry-over', kind: 'annual', year, date: `${y}-01-01` as IsoDate, days: seed % 7, basis },
    { type: 'taken', kind: 'annual', year, date: `${y}-03-02` as IsoDate, days: 2 + (seed % 3), basis },
    { type: 'taken', kind: 'annual', year, date: `${y}-07-06` as IsoDate, days: 3, basis },
  ];
}

/** 100,000 employees × 5 years × 4 entries = 2,000,000 entries, built on first use (in the warm-up). */
let population: LedgerEntry[][] | undefined;
function POPULATION(): LedgerEntry[][] {
  population ??= Array.from({ length: 100_000 }, (_, index) => [2022, 2023, 2024, 2025, 2026].flatMap((year) => yearOfLedger(year, index)));
  return population;
}
const ledger = [...yearOfLedger(2025, 3), ...yearOfLedger(2026, 4)];
const request = { id: 'CT-1', kind: 'annual', start: '2026-04-06', end: '2026-04-10', reason: 'Keluarga' };
const existing = [{ id: 'CT-0', kind: 'annual', start: '2026-03-02', end: '2026-03-04', status: 'approved' }];

describe('leave', () => {
  bench('evaluateLeaveRequest (annual, 5 working days, 8-entry ledger)', () => {
    evaluateLeaveRequest({ employee, request, ledger, existing, calendar, asOf: '2026-03-01' });
  });

  bench('leaveBalance of 100,000 employees × 5 years (2,000,000 entries)', () => {
    for (const entries of POPULATION()) leaveBalance(entries, { kind: 'annual', asOf: '2026-12-31' });
  }, { iterations: 3, warmupIterations: 1 });
});
