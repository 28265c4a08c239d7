/**
 * Stage 2: a year of leave. For every employee: the ledger history of the two years before, the annual entitlement
 * of the demo year (with carry-over), then each request through the leave services of asn-kit/ports:
 * `submitLeaveRequest` evaluates it against the stored ledger and the employee's other leave (a refusal comes back
 * with every reason), `considerLeaveRequest` and `decideLeaveRequest` take it through the direct superior and the
 * PYBMC. Each step is saved through the request port, and the approval's postings go to the ledger in the same
 * save, on condition that the ledger is still at the version the decision was made on.
 */
import { createCalendar, countWorkingDays, type WorkingCalendar } from 'asn-kit/calendar';
import { addDays, endOfMonth, isoDateFromParts, type IsoDate } from 'asn-kit/core';
import type { Employee } from 'asn-kit/employee';
import { annualLeaveEntitlement, leaveBalance, parseLedger, type LeaveKind, type LeaveRefusal } from 'asn-kit/leave';
import { considerLeaveRequest, decideLeaveRequest, submitLeaveRequest } from 'asn-kit/ports';
import type { DemoStore } from '../store';
import { leaveRequestsFor } from '../dataset/leave-requests';
import { expectOk } from '../outcome';
import type { Random } from '../random';
import { both, inEn, inId } from '../report/text';
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

/** A refusal of the rules (with every violation), as opposed to a storage error. */
function isRefusal(error: object): error is LeaveRefusal {
  return 'violations' in error && Array.isArray(error.violations);
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
    const byKind = new Map<LeaveKind, { requests: number; approved: number; days: number; unit: string }>(KINDS.map(([kind]) => [kind, { requests: 0, approved: 0, days: 0, unit: '' }]));
    const annualByMonth = Array.from({ length: 12 }, () => 0);
    const otherByMonth = Array.from({ length: 12 }, () => 0);
    let sequence = 0;
    let steps = 0;
    const deps = { employees: store.employees, ledger: store.ledger, requests: store.requests, calendarFor: (employee: Employee) => calendars[employee.workWeek] };
    let leftAtYearEnd = 0;
    for (const employee of employees) {
      const calendar = calendars[employee.workWeek];
      await seedHistory(store, employee, year, random);
      const history = expectOk(await store.ledger.read(employee.nip), 'ledger');
      const entitlement = expectOk(annualLeaveEntitlement(employee, year, { ledger: history.entries, calendar }), 'entitlement');
      expectOk(await store.ledger.append({ nip: employee.nip, expectedVersion: history.version, entries: entitlement.postings }), 'entitlement postings');
      for (const { submitted, request } of leaveRequestsFor(employee, calendar, year, random, () => (sequence += 1))) {
        const counts = byKind.get(request.kind);
        if (counts !== undefined) counts.requests += 1;
        const submittedStep = await submitLeaveRequest(deps, { nip: employee.nip, request, date: submitted });
        if (submittedStep.isErr()) {
          const { error } = submittedStep;
          if (!isRefusal(error)) throw new Error(`submitting ${request.id}: ${error.code} — ${error.message.en}`);
          for (const violation of error.violations) refusals.add(violation);
          continue;
        }
        let step = submittedStep.value;
        steps += 1;
        // A one-day sick leave is a notice and needs no decision; anything else goes to the superior, then the PYBMC.
        if (step.stored.state.status === 'submitted') {
          step = expectOk(await considerLeaveRequest(deps, { requestId: request.id, date: addDays(submitted, 1), outcome: 'approved' }), `considering ${request.id}`);
          step = expectOk(await decideLeaveRequest(deps, { requestId: request.id, date: addDays(submitted, 2), outcome: 'approved' }), `deciding ${request.id}`);
          steps += 2;
        }
        const { decision } = step.stored.state;
        if (counts !== undefined) {
          counts.approved += 1;
          counts.days += decision.duration.days;
          counts.unit = decision.duration.unit;
        }
        workingDaysByMonth(calendar, year, decision.request.start, decision.request.end, request.kind === 'annual' ? annualByMonth : otherByMonth);
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
        [steps, both('langkah alur kerja disimpan', 'workflow steps saved')],
      ],
      section: {
        id: 'cuti',
        title: both(`Cuti tahun ${String(year)}`, `Leave in ${String(year)}`),
        lead: both(
          'Hak cuti tahunan dengan sisa dua tahun sebelumnya (PP 11/2017 Pasal 311–314; PP 49/2018 Pasal 78–80), lalu setiap permintaan dinilai dan yang memenuhi syarat dibawa melalui alur persetujuan atasan langsung dan PYBMC (Peraturan BKN 24/2017). Hari libur nasional dan cuti bersama tidak dihitung.',
          'The annual entitlement with what is left from the two years before (PP 11/2017 Pasal 311–314; PP 49/2018 Pasal 78–80), then every request evaluated, and those that qualify taken through the approval of the direct superior and the PYBMC (Peraturan BKN 24/2017). National holidays and cuti bersama are not counted.',
        ),
        facts: [
          both(`${inId(requested)} permintaan: ${inId(approved)} disetujui, ${inId(requested - approved)} ditolak dengan alasan dan dasar hukumnya.`, `${inEn(requested)} requests: ${inEn(approved)} approved, ${inEn(requested - approved)} refused with their reasons and legal basis.`),
          both(`Sisa cuti tahunan seluruh pegawai pada 31 Desember ${String(year)}: ${inId(leftAtYearEnd)} hari kerja.`, `Annual leave left for all employees on 31 December ${String(year)}: ${inEn(leftAtYearEnd)} working days.`),
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
            columns: [both('Jenis cuti', 'Kind'), both('Permintaan', 'Requests'), both('Disetujui', 'Approved'), both('Ditolak', 'Refused'), both('Lama disetujui', 'Length approved'), both('Satuan', 'Unit')],
            rows: KINDS.map(([kind, id, en]) => {
              const entry = byKind.get(kind) ?? { requests: 0, approved: 0, days: 0, unit: '' };
              const unit = entry.unit === '' ? '—' : entry.unit === 'calendar-days' ? both('hari kalender', 'calendar days') : both('hari kerja', 'working days');
              return [both(id, en), entry.requests, entry.approved, entry.requests - entry.approved, entry.days, unit];
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
