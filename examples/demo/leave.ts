/**
 * Demo section for `asn-kit/leave`: one year (2026) of leave requests for the shared roster of Medan employees —
 * entitlements with carry-over and cuti-bersama compensation, requests through the approval workflow, a few
 * refusals with every reason in Bahasa Indonesia and English, and the balances at the end of the year.
 *
 * It follows the parse-once flow of a service: the records are parsed where they come in (`parseEmployee`,
 * `parseLedger`, `parseLeaveRequest`, `parseExistingLeaves`), and the leave functions get the parsed values, which
 * they use as they are.
 */
import { createCalendar, type WorkingCalendar } from '../../src/calendar/index';
import type { IsoDate } from '../../src/core';
import { parseEmployee, type Employee } from '../../src/employee/index';
import {
  advanceLeaveRequest,
  annualLeaveEntitlement,
  draftLeaveRequest,
  evaluateLeaveRequest,
  leaveBalance,
  parseExistingLeaves,
  parseLeaveRequest,
  parseLedger,
  type ExistingLeaveInput,
  type Ledger,
  type LeaveRequestInput,
  type LedgerEntry,
} from '../../src/leave/index';
import { ROSTER } from './roster';

const KIND_LABELS: Record<string, string> = {
  annual: 'Cuti Tahunan', major: 'Cuti Besar', sick: 'Cuti Sakit', maternity: 'Cuti Melahirkan',
  'important-reason': 'Cuti Alasan Penting', unpaid: 'CLTN', collective: 'Cuti Bersama',
};
const BASIS = { instrument: 'PP 11/2017', article: 'Pasal 311' };
const CB_2026 = ['2026-02-16', '2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24', '2026-05-15', '2026-05-28', '2026-12-24'];

/** Annual leave taken in 2024 and 2025 (working days), by NIP: the history the 2026 entitlement is built on. */
const HISTORY: Record<string, readonly [number, number]> = {
  '197004121998031002': [12, 9],
  '197809232005022001': [8, 12],
  '199201172019032003': [0, 0],
  '197511302000121004': [12, 12],
  '196908171996031001': [12, 4],
  '198002292006042002': [5, 2],
  '199003032014111005': [12, 10],
  '199404222024211003': [0, 12],
};

/** Who works through cuti bersama because of the post (the 6-day hospital unit). */
const WORKS_THROUGH_CB = new Set(['197809232005022001', '199201172019032003']);

/** The 2026 requests, in date order. */
const REQUESTS: readonly { nip: string; request: LeaveRequestInput }[] = [
  { nip: '199910102026032001', request: { id: 'CT-2026-001', kind: 'annual', start: '2026-12-28', end: '2026-12-31', reason: 'Libur akhir tahun' } },
  { nip: '199910102026032001', request: { id: 'CS-2026-002', kind: 'sick', start: '2026-04-06', end: '2026-04-06', documents: ['doctor-certificate'] } },
  { nip: '197004121998031002', request: { id: 'CT-2026-003', kind: 'annual', start: '2026-03-16', end: '2026-03-27', reason: 'Mudik Lebaran ke Tapanuli' } },
  { nip: '198806052022212007', request: { id: 'CT-2026-004', kind: 'annual', start: '2026-04-06', end: '2026-04-08', reason: 'Urusan keluarga' } },
  { nip: '196908171996031001', request: { id: 'CT-2026-015', kind: 'annual', start: '2026-02-09', end: '2026-02-12', reason: 'Menghadiri wisuda anak' } },
  { nip: '196908171996031001', request: { id: 'CB-2026-005', kind: 'major', start: '2026-09-01', end: '2026-11-30', reason: 'Cuti besar' } },
  { nip: '196908171996031001', request: { id: 'CB-2026-006', kind: 'major', start: '2026-09-01', end: '2026-11-20', reason: 'Cuti besar' } },
  { nip: '198002292006042002', request: { id: 'CAP-2026-007', kind: 'important-reason', ground: 'family-illness', start: '2026-05-04', end: '2026-05-08', documents: ['inpatient-certificate'], reason: 'Ibu dirawat inap di RS Adam Malik' } },
  { nip: '199003032014111005', request: { id: 'CT-2026-008', kind: 'annual', start: '2026-06-22', end: '2026-07-17', reason: 'Pernikahan adik di Kabanjahe' } },
  { nip: '199003032014111005', request: { id: 'CT-2026-009', kind: 'annual', start: '2026-06-22', end: '2026-07-03', reason: 'Pernikahan adik di Kabanjahe' } },
  { nip: '199201172019032003', request: { id: 'CM-2026-010', kind: 'maternity', start: '2026-08-03', end: '2026-11-02', birthDate: '2026-08-10', reason: 'Persalinan anak kedua' } },
  { nip: '199404222024211003', request: { id: 'CT-2026-011', kind: 'annual', start: '2026-07-06', end: '2026-07-10', remotePlaceDays: 8, reason: 'Pulang ke Pulau Nias' } },
  { nip: '199404222024211003', request: { id: 'CT-2026-012', kind: 'annual', start: '2026-07-06', end: '2026-07-10', remotePlaceDays: 6, reason: 'Pulang ke Pulau Nias' } },
  { nip: '197511302000121004', request: { id: 'CT-2026-013', kind: 'annual', start: '2026-07-13', end: '2026-07-17', reason: 'Libur kenaikan kelas' } },
  { nip: '197809232005022001', request: { id: 'CT-2026-014', kind: 'annual', start: '2026-10-05', end: '2026-10-17', abroad: true, reason: 'Seminar dan liburan di Penang' } },
];

function nipOf(raw: string): string {
  return raw.replace(/\D/g, '');
}

/** The ledger rows of 2024 and 2025 as the storage gives them (raw rows, parsed before use). */
function historyRows(nip: string): unknown[] {
  const used = HISTORY[nip];
  if (used === undefined) return [];
  return [2024, 2025].flatMap((year, index) => [
    { type: 'grant', kind: 'annual', year, date: `${String(year)}-01-01`, days: 12, basis: BASIS },
    ...(used[index] === 0 ? [] : [{ type: 'taken', kind: 'annual', year, date: `${String(year)}-07-01`, days: used[index] ?? 0, basis: BASIS }]),
  ]);
}

/** Parses what the demo itself built; a failure here is a bug in the demo. */
function parsed<T>(result: { isOk(): boolean; _unsafeUnwrap(): T }): T {
  return result._unsafeUnwrap();
}

/** Appends the postings of the library to a parsed ledger: the service stores them and parses the ledger again. */
function appended(ledger: Ledger, postings: readonly LedgerEntry[]): Ledger {
  return parsed(parseLedger([...ledger, ...postings]));
}

function line(text: string): void {
  console.log(text);
}

/** Prints the leave year 2026 of the roster. */
export function runLeaveDemo(): void {
  const calendars: Record<5 | 6, WorkingCalendar> = {
    5: createCalendar({ workWeek: 5 })._unsafeUnwrap(),
    6: createCalendar({ workWeek: 6 })._unsafeUnwrap(),
  };
  const employees = new Map<string, Employee>(ROSTER.map((record) => [nipOf(record.nip), parsed(parseEmployee(record))]));
  const ledgers = new Map<string, Ledger>();

  line('1. Hak cuti tahunan 2026 / Annual leave entitlement 2026 (PP 11/2017 Pasal 311–314, 333; PP 49/2018 Pasal 78–80)');
  for (const [nip, employee] of employees) {
    const ledger = parsed(parseLedger(historyRows(nip)));
    const worked = WORKS_THROUGH_CB.has(nip) ? CB_2026 : [];
    const entitlement = parsed(annualLeaveEntitlement(employee, 2026, { ledger, workedCollectiveLeave: worked, calendar: calendars[employee.workWeek] }));
    ledgers.set(nip, appended(ledger, entitlement.postings));
    const parts = [`hak ${String(entitlement.own)}`, `sisa lalu ${String(entitlement.carried)}`];
    if (entitlement.compensation > 0) parts.push(`pengganti cuti bersama ${String(entitlement.compensation)}`);
    line(`   ${employee.name.padEnd(40)} ${employee.kind.padEnd(5)} ${String(entitlement.total).padStart(2)} hari kerja (${parts.join(', ')})` +
      (entitlement.own === 0 ? ` — ${entitlement.reasons[1]?.message.id ?? ''}` : ''));
  }

  line('\n2. Permintaan cuti 2026 / Leave requests 2026');
  const existing = new Map<string, ExistingLeaveInput[]>();
  for (const { nip, request: body } of REQUESTS) {
    const employee = employees.get(nip);
    if (employee === undefined) continue;
    const request = parsed(parseLeaveRequest(body));
    const ledger = ledgers.get(nip) ?? parsed(parseLedger([]));
    const others = existing.get(nip) ?? [];
    const result = evaluateLeaveRequest({
      employee, request, ledger, existing: parsed(parseExistingLeaves(others)), calendar: calendars[employee.workWeek], asOf: '2026-01-05',
    });
    const head = `   [${request.id}] ${employee.name} — ${KIND_LABELS[request.kind] ?? request.kind} ${request.start} s.d. ${request.end}`;
    if (result.isErr()) {
      line(`${head}\n      ✗ DITOLAK / REFUSED:`);
      for (const violation of result.error.violations) {
        line(`        • ${violation.code} (${violation.basis.instrument}${violation.basis.article === undefined ? '' : ` ${violation.basis.article}`})`);
        line(`          id: ${violation.message.id}`);
        line(`          en: ${violation.message.en}`);
      }
      continue;
    }
    const decision = result.value;
    let state = draftLeaveRequest(decision);
    const steps = decision.route.notice
      ? [{ type: 'submit' as const, date: request.start }]
      : [
          { type: 'submit' as const, date: '2026-01-05' as IsoDate },
          { type: 'consider' as const, date: '2026-01-06' as IsoDate, outcome: 'approved' as const },
          { type: 'decide' as const, date: '2026-01-07' as IsoDate, outcome: 'approved' as const },
        ];
    const posted: LedgerEntry[] = [];
    for (const step of steps) {
      const transition = advanceLeaveRequest(state, step)._unsafeUnwrap();
      state = transition.state;
      posted.push(...transition.postings);
    }
    ledgers.set(nip, appended(ledger, posted));
    existing.set(nip, [...others, { id: request.id, kind: request.kind, start: request.start, end: request.end, status: 'approved' }]);
    const unit = decision.duration.unit === 'working-days' ? 'hari kerja' : 'hari';
    const route = decision.route.notice ? 'pemberitahuan ke atasan langsung' : decision.route.decidedBy === 'ppk' ? 'PPK (atau pejabat yang diberi kuasa)' : 'PYBMC';
    line(`${head}\n      ✓ DISETUJUI: ${String(decision.duration.days)} ${unit}; diputus oleh ${route}` +
      (decision.duration.excluded.length > 0 ? `; tidak dihitung: ${decision.duration.excluded.filter((day) => day.kind !== 'weekend').map((day) => `${day.date} ${day.name.id}`).join(', ') || 'akhir pekan'}` : '') +
      (decision.duration.remotePlaceDays > 0 ? `; + ${String(decision.duration.remotePlaceDays)} hari perjalanan, masuk kembali ${decision.duration.returnsAfter}` : ''));
    for (const why of decision.reasons.filter((r) => r.code !== 'leave/working-days-counted')) line(`        · ${why.message.id}`);
  }

  line('\n3. Sisa cuti tahunan per 31 Desember 2026 / Annual leave left on 31 December 2026');
  for (const [nip, employee] of employees) {
    const balance = parsed(leaveBalance(ledgers.get(nip) ?? parsed(parseLedger([])), { kind: 'annual', asOf: '2026-12-31' }));
    line(`   ${employee.name.padEnd(40)} sisa ${String(balance.available).padStart(2)} hari kerja (diambil ${String(balance.taken)}, sisa hak tahun ini ${String(balance.remaining.own)}, ` +
      `boleh dibawa ke 2027: ${String(Math.min(balance.remaining.own, 6) + balance.compensationNextYear)})`);
  }
}
