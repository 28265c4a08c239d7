/**
 * Demo section for `asn-kit/discipline`: the 2026 unexcused-absence tallies of four employees of the shared Medan
 * roster (PP 94/2021; docs/interpretations.md#absence-counting), each counted in the working days of the employee's own unit, with every tier
 * reached and when. The absence records are synthetic. They arrive as raw data (as from an attendance export) and
 * are parsed once at the boundary; the tally then takes the parsed log as it is.
 */
import { createCalendar, type WorkingCalendar } from '../../src/calendar/index';
import { formatLegalBasis } from '../../src/core';
import {
  ABSENCE_SANCTION_TIERS,
  parseAbsenceRecords,
  parseAbsenceTierTable,
  SANCTION_LEVEL_LABELS,
  tallyAbsence,
  type AbsenceTally,
  type TallyAbsenceOptions,
} from '../../src/discipline/index';
import { ROSTER } from './roster';

/** A raw attendance record, as the export writes it (plain strings). */
type RawRecord =
  | { readonly type: 'absent'; readonly from: string; readonly to?: string }
  | { readonly type: 'late'; readonly date: string; readonly minutes: number };

const absent = (from: string, to?: string): RawRecord => (to === undefined ? { type: 'absent', from } : { type: 'absent', from, to });
const late = (date: string, minutes: number): RawRecord => ({ type: 'late', date, minutes });

/** A PPPK agency table: here the agency adopted the PNS tiers by its own (synthetic) decision; parsed once. */
const PPPK_TABLE = parseAbsenceTierTable({
  name: 'pemko-medan/pppk-absence (contoh)',
  rows: ABSENCE_SANCTION_TIERS.rows.map((row) => ({
    ...row,
    basis: { instrument: 'Perwal Medan tentang Disiplin PPPK (contoh)', note: `mengikuti PP 94/2021 ${row.basis.article ?? ''}`.trim() },
    effective: { from: '2024-01-01' },
  })),
})._unsafeUnwrap();

/** The working days of February and August 2026 in a 5-day unit (16–17 Feb and 17 Aug are days off). */
const FEBRUARY_WORKING_DAYS = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '18', '19', '20', '23', '24', '25', '26', '27'];
const AUGUST_WORKING_DAYS = ['03', '04', '05', '06', '07', '10', '11', '12', '13', '14', '18', '19', '20', '21', '24', '25', '26', '27'];

interface DemoCase {
  readonly nip: string;
  readonly story: string;
  readonly records: readonly RawRecord[];
  readonly options?: TallyAbsenceOptions;
}

const CASES: readonly DemoCase[] = [
  {
    nip: '19900303 201411 1 005',
    story: 'Bolos satu hari sesekali sepanjang tahun (pola contoh Penjelasan Pasal 9 ayat (2) huruf b)',
    records: ['2026-01-12', '2026-02-09', '2026-03-10', '2026-05-04', '2026-06-08', '2026-07-06', '2026-09-07', '2026-10-05', '2026-11-09'].map((day) => absent(day)),
  },
  {
    nip: '19920117 201903 2 003',
    story: 'Tidak masuk 16–28 Maret 2026 (melewati Nyepi dan Idulfitri) dan 13–18 Juli 2026, unit 6 hari kerja',
    records: [absent('2026-03-16', '2026-03-28'), absent('2026-07-13', '2026-07-18')],
  },
  {
    nip: '19800229 200604 2 002',
    story: 'Tidak masuk 14–25 September 2026 tanpa kabar',
    records: [absent('2026-09-14', '2026-09-25')],
  },
  {
    nip: '19940422 2024 21 1 003',
    story: 'PPPK: 1 hari bolos dan terlambat 25 menit pada 36 hari; konversi 7½ jam = 1 hari diaktifkan (opsi convertLateness)',
    records: [
      absent('2026-04-15'),
      ...FEBRUARY_WORKING_DAYS.map((day) => late(`2026-02-${day}`, 25)),
      ...AUGUST_WORKING_DAYS.map((day) => late(`2026-08-${day}`, 25)),
    ],
    options: { table: PPPK_TABLE, convertLateness: true },
  },
];

const calendars = new Map<number, WorkingCalendar>();
function calendarFor(workWeek: 5 | 6): WorkingCalendar {
  const cached = calendars.get(workWeek);
  if (cached !== undefined) return cached;
  const calendar = createCalendar({ workWeek })._unsafeUnwrap();
  calendars.set(workWeek, calendar);
  return calendar;
}

function printTally(tally: AbsenceTally): void {
  console.log(`  Hari kerja tidak masuk / unexcused working days: ${String(tally.absentDays)}` +
    (tally.convertedDays > 0 ? ` + ${String(tally.convertedDays)} dari keterlambatan ${String(tally.lateMinutes)} menit` : '') +
    ` = ${String(tally.countedDays)}; berturut-turut terpanjang: ${String(tally.longestConsecutive)}`);
  if (tally.nonWorkingDaysLeftOut.length > 0) {
    const left = tally.nonWorkingDaysLeftOut.map((day) => `${day.date.slice(5)} ${day.name.id}`).join('; ');
    console.log(`  Tidak dihitung (bukan hari kerja): ${left}`);
  }
  for (const step of tally.tiersReached) {
    const by = step.trigger === 'consecutive' ? `${String(step.run)} hari kerja berturut-turut` : `total ${String(step.countedDays)} hari`;
    const salary = step.salaryStopsFrom === undefined ? '' : ` — gaji dihentikan mulai ${step.salaryStopsFrom}`;
    console.log(`  ${step.date}  ${by.padEnd(28)} → ${step.sanction.label.id} (${SANCTION_LEVEL_LABELS[step.level].id.replace('Hukuman disiplin ', '')})${salary}`);
  }
  const verdict = tally.sanction === null ? 'belum ada hukuman disiplin (PP 94/2021 tidak menetapkan hukuman untuk 1–2 hari)' : tally.sanction.label.id;
  console.log(`  Status akhir 2026: ${verdict}`);
  if (tally.basis !== null) console.log(`  Dasar hukum: ${formatLegalBasis(tally.basis)}`);
}

/** Prints the discipline section of `npm run demo`. */
export function runDisciplineDemo(): void {
  console.log('Rekap ketidakhadiran tanpa alasan yang sah 2026 (PP 94/2021, dihitung dalam hari kerja unit)');
  for (const demo of CASES) {
    const employee = ROSTER.find((entry) => entry.nip === demo.nip);
    if (employee === undefined) continue;
    const workWeek = employee.workWeek === 6 ? 6 : 5;
    console.log(`\n${employee.name} — NIP ${demo.nip} — ${employee.kind} — ${employee.workUnit.name} (${String(workWeek)} hari kerja)`);
    console.log(`  ${demo.story}`);
    const result = parseAbsenceRecords(demo.records).andThen((records) => tallyAbsence(records, calendarFor(workWeek), 2026, demo.options));
    result.match(printTally, (error) => {
      console.log(`  Galat: ${error.code} — ${error.message.id}`);
    });
  }
}
