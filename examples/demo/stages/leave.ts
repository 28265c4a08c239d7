/**
 * Stage 2: a year of leave. For every employee: the ledger history of the two years before, the annual entitlement
 * of the demo year (with carry-over), then each request evaluated (`evaluateLeaveRequest`) and, when it may be
 * granted, taken through the approval workflow (`draftLeaveRequest`, `advanceLeaveRequest`). Every state is saved
 * through the request port, and the postings of the approval go to the ledger in the same save, conditional on
 * the ledger version the decision was made on.
 */
import { createCalendar, countWorkingDays, type WorkingCalendar } from 'asn-kit/calendar';
import { addDays, endOfMonth, isoDateFromParts, type IsoDate } from 'asn-kit/core';
import type { Employee } from 'asn-kit/employee';
import {
  advanceLeaveRequest,
  annualLeaveEntitlement,
  draftLeaveRequest,
  evaluateLeaveRequest,
  leaveBalance,
  parseExistingLeaves,
  parseLeaveRequest,
  parseLedger,
  type LeaveKind,
  type LeaveWorkflowEvent,
  type LeaveWorkflowState,
} from 'asn-kit/leave';
import type { DemoStore } from '../store';
import { leaveRequestsFor } from '../dataset/leave-requests';
import { expectOk } from '../outcome';
import type { Random } from '../random';
import { both } from '../report/text';
import type { Stage } from '../stage';
import { reasonTally } from './reasons';

const KINDS: readonly (readonly [LeaveKind, string, string])[] = [
  ['annual', 'Cuti tahunan', 'Annual leave'],
  ['sick', 'Cuti sakit', 'Sick leave'],
  ['maternity', 'Cuti melahirkan', 'Maternity leave'],
  ['important-reason', 'Cuti karena alasan penting', 'Leave for an important reason'],
  ['major', 'Cuti besar', 'Major leave'],
];
const MONTHS_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HISTORY_BASIS = { instrument: 'PP 11/2017', article: 'Pasal 311' };

/** The steps of an approval: a notice (1-day sick leave) is one step, everything else goes to the superior and the PYBMC. */
function approvalSteps(state: LeaveWorkflowState, submitted: IsoDate): LeaveWorkflowEvent[] {
  if (state.decision.route.notice) return [{ type: 'submit', date: submitted }];
  return [
    { type: 'submit', date: submitted },
    { type: 'consider', date: addDays(submitted, 1), outcome: 'approved' },
    { type: 'decide', date: addDays(submitted, 2), outcome: 'approved' },
  ];
}

/** The ledger of the two years before: 12 days granted each year, some taken. */
async function seedHistory(store: DemoStore, employee: Employee, year: number, random: Random): Promise<void> {
  const rows = [year - 2, year - 1].flatMap((past) => {
    const taken = random.int(0, 12);
    const grant = { type: 'grant', kind: 'annual', year: past, date: `${String(past)}-01-01`, days: 12, basis: HISTORY_BASIS };
    return taken === 0 ? [grant] : [grant, { type: 'taken', kind: 'annual', year: past, date: `${String(past)}-07-01`, days: taken, basis: HISTORY_BASIS }];
  });
  const entries = expectOk(parseLedger(rows), 'ledger history');
  expectOk(await store.ledger.append({ nip: employee.nip, expectedVersion: 0, entries }), 'ledger history');
}

/** Working days of leave in each month of the year, for one approved request. */
function workingDaysByMonth(calendar: WorkingCalendar, year: number, start: IsoDate, end: IsoDate, into: number[]): void {
  for (let month = 1; month <= 12; month += 1) {
    const first = expectOk(isoDateFromParts(year, month, 1), 'month');
    const last = endOfMonth(first);
    const from = start > first ? start : first;
    const to = end < last ? end : last;
    if (from <= to) into[month - 1] = (into[month - 1] ?? 0) + expectOk(countWorkingDays(calendar, from, to), 'working days');
  }
}

export const leaveStage: Stage = {
  id: 'leave',
  title: both('Cuti', 'Leave'),
  run: async ({ store, random, year }) => {
    const calendars = { 5: expectOk(createCalendar({ workWeek: 5 }), 'calendar'), 6: expectOk(createCalendar({ workWeek: 6 }), 'calendar') } as const;
    const employees = expectOk(await store.employees.list(), 'employees');
    const refusals = reasonTally();
    const byKind = new Map<LeaveKind, { requests: number; approved: number; days: number }>(KINDS.map(([kind]) => [kind, { requests: 0, approved: 0, days: 0 }]));
    const annualByMonth = Array.from({ length: 12 }, () => 0);
    const otherByMonth = Array.from({ length: 12 }, () => 0);
    let sequence = 0;
    let saves = 0;
    let leftAtYearEnd = 0;
    for (const employee of employees) {
      const calendar = calendars[employee.workWeek];
      await seedHistory(store, employee, year, random);
      const history = expectOk(await store.ledger.read(employee.nip), 'ledger');
      const entitlement = expectOk(annualLeaveEntitlement(employee, year, { ledger: history.entries, calendar }), 'entitlement');
      expectOk(await store.ledger.append({ nip: employee.nip, expectedVersion: history.version, entries: entitlement.postings }), 'entitlement postings');
      for (const { submitted, request: body } of leaveRequestsFor(employee, calendar, year, random, () => (sequence += 1))) {
        const request = expectOk(parseLeaveRequest(body), `request ${body.id}`);
        const counts = byKind.get(request.kind);
        if (counts !== undefined) counts.requests += 1;
        const ledger = expectOk(await store.ledger.read(employee.nip), 'ledger');
        const stored = expectOk(await store.requests.listByEmployee(employee.nip), 'requests');
        const existing = expectOk(
          parseExistingLeaves(stored.filter((entry) => entry.state.status === 'approved').map((entry) => ({
            id: entry.id, kind: entry.state.decision.request.kind, start: entry.state.decision.request.start, end: entry.state.decision.request.end, status: 'approved',
          }))),
          'existing leaves',
        );
        const evaluated = evaluateLeaveRequest({ employee, request, ledger: ledger.entries, existing, calendar, asOf: submitted });
        if (evaluated.isErr()) {
          for (const violation of evaluated.error.violations) refusals.add(violation);
          continue;
        }
        let state = draftLeaveRequest(evaluated.value);
        let version = expectOk(await store.requests.save({ state, expectedVersion: 0 }), 'draft').version;
        saves += 1;
        for (const step of approvalSteps(state, submitted)) {
          const transition = expectOk(advanceLeaveRequest(state, step), `workflow ${request.id}`);
          state = transition.state;
          const postings = transition.postings.length === 0 ? {} : { postings: { expectedLedgerVersion: ledger.version, entries: transition.postings } };
          version = expectOk(await store.requests.save({ state, expectedVersion: version, ...postings }), `saving ${request.id}`).version;
          saves += 1;
        }
        if (counts !== undefined) {
          counts.approved += 1;
          counts.days += evaluated.value.duration.days;
        }
        workingDaysByMonth(calendar, year, request.start, request.end, request.kind === 'annual' ? annualByMonth : otherByMonth);
      }
      const final = expectOk(await store.ledger.read(employee.nip), 'ledger');
      leftAtYearEnd += expectOk(leaveBalance(final.entries, { kind: 'annual', asOf: `${String(year)}-12-31` }), 'balance').available ?? 0;
    }
    const requested = [...byKind.values()].reduce((sum, entry) => sum + entry.requests, 0);
    const approved = [...byKind.values()].reduce((sum, entry) => sum + entry.approved, 0);
    return {
      counts: [
        [requested, both('permintaan dinilai', 'requests evaluated')],
        [approved, both('disetujui', 'approved')],
        [requested - approved, both('ditolak', 'refused')],
        [saves, both('status alur kerja disimpan', 'workflow states saved')],
      ],
      section: {
        id: 'cuti',
        title: both(`Cuti tahun ${String(year)}`, `Leave in ${String(year)}`),
        lead: both(
          'Hak cuti tahunan dengan sisa dua tahun sebelumnya (PP 11/2017 Pasal 311–314; PP 49/2018 Pasal 78–80), lalu setiap permintaan dinilai dan yang memenuhi syarat dibawa melalui alur persetujuan atasan langsung dan PYBMC (Peraturan BKN 24/2017). Hari libur nasional dan cuti bersama tidak dihitung.',
          'The annual entitlement with what is left from the two years before (PP 11/2017 Pasal 311–314; PP 49/2018 Pasal 78–80), then every request evaluated, and those that qualify taken through the approval of the direct superior and the PYBMC (Peraturan BKN 24/2017). National holidays and cuti bersama are not counted.',
        ),
        facts: [
          both(`${String(requested)} permintaan: ${String(approved)} disetujui, ${String(requested - approved)} ditolak dengan alasan dan dasar hukumnya.`, `${String(requested)} requests: ${String(approved)} approved, ${String(requested - approved)} refused with their reasons and legal basis.`),
          both(`Sisa cuti tahunan seluruh pegawai pada 31 Desember ${String(year)}: ${String(leftAtYearEnd)} hari kerja.`, `Annual leave left for all employees on 31 December ${String(year)}: ${String(leftAtYearEnd)} working days.`),
        ],
        charts: [
          {
            kind: 'bars',
            id: 'cuti-per-bulan',
            title: both('Cuti yang diambil per bulan (hari kerja)', 'Leave taken per month (working days)'),
            categories: MONTHS_ID.map((id, index) => both(id, MONTHS_EN[index] ?? id)),
            series: [
              { name: both('Cuti tahunan', 'Annual leave'), values: annualByMonth },
              { name: both('Cuti lain', 'Other leave'), values: otherByMonth },
            ],
            unit: both('hari kerja', 'working days'),
          },
        ],
        tables: [
          {
            id: 'cuti-per-jenis',
            title: both('Permintaan cuti per jenis', 'Leave requests by kind'),
            columns: [both('Jenis cuti', 'Kind'), both('Permintaan', 'Requests'), both('Disetujui', 'Approved'), both('Ditolak', 'Refused'), both('Hari disetujui', 'Days approved')],
            rows: KINDS.map(([kind, id, en]) => {
              const entry = byKind.get(kind) ?? { requests: 0, approved: 0, days: 0 };
              return [both(id, en), entry.requests, entry.approved, entry.requests - entry.approved, entry.days];
            }),
          },
          {
            id: 'cuti-per-bulan',
            title: both('Cuti yang diambil per bulan (hari kerja)', 'Leave taken per month (working days)'),
            columns: [both('Bulan', 'Month'), both('Cuti tahunan', 'Annual leave'), both('Cuti lain', 'Other leave')],
            rows: MONTHS_ID.map((id, index) => [both(id, MONTHS_EN[index] ?? id), annualByMonth[index] ?? 0, otherByMonth[index] ?? 0]),
          },
          refusals.table('cuti-alasan-penolakan', both('Alasan penolakan', 'Reasons for refusal')),
        ],
      },
    };
  },
};
