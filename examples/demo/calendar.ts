/**
 * Demo section for `asn-kit/calendar`: the working days of 2026 in Medan's 5-day offices and in a 6-day service
 * unit (RSUD dr. Pirngadi), the official days off of 2026 with their legal basis, and leave end dates for two
 * employees of the shared roster.
 */
import {
  countWorkingDays,
  createCalendar,
  describeDay,
  nonWorkingDays,
  workingSpanEnd,
  type CalendarOptions,
  type WorkingCalendar,
  type WorkWeek,
} from '../../src/calendar/index';
import { endOfMonth, isoDateFromParts } from '../../src/core';
import { ROSTER } from './roster';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const KIND_LABELS = { holiday: 'Libur nasional', 'collective-leave': 'Cuti bersama', custom: 'Libur tambahan', weekend: 'Akhir pekan' } as const;

function unitsWith(workWeek: WorkWeek): string {
  const names = new Set(ROSTER.filter((employee) => employee.workWeek === workWeek).map((employee) => employee.workUnit.name));
  return [...names].join(', ');
}

function workingDaysPerMonth(calendar: WorkingCalendar): number[] {
  return MONTHS.map((_, index) => {
    const first = isoDateFromParts(2026, index + 1, 1)._unsafeUnwrap();
    return countWorkingDays(calendar, first, endOfMonth(first))._unsafeUnwrap();
  });
}

/** A unit's calendar settings as a service reads them (a JSON column), parsed once at start-up. */
function calendarOf(settingsJson: string): WorkingCalendar {
  return createCalendar(JSON.parse(settingsJson) as CalendarOptions).match(
    (calendar) => calendar,
    (error) => {
      throw new Error(`${error.code}: ${error.message.en}`);
    },
  );
}

/** Prints the calendar section of `npm run demo`. */
export function runCalendarDemo(): void {
  const office = calendarOf('{ "workWeek": 5 }');
  const hospital = calendarOf('{ "workWeek": 6 }');

  console.log('Unit 5 hari kerja (Senin–Jumat, Perpres 21/2023 Pasal 3):', unitsWith(5));
  console.log('Unit 6 hari kerja (Senin–Sabtu, Perpres 21/2023 Pasal 7):', unitsWith(6));
  console.log('\nHari kerja per bulan, 2026 / Working days per month, 2026');
  console.log(`${'Bulan'.padEnd(12)}${'5 hari'.padStart(8)}${'6 hari'.padStart(8)}`);
  const five = workingDaysPerMonth(office);
  const six = workingDaysPerMonth(hospital);
  MONTHS.forEach((month, index) => {
    console.log(`${month.padEnd(12)}${String(five[index]).padStart(8)}${String(six[index]).padStart(8)}`);
  });
  const total = (counts: number[]): number => counts.reduce((sum, count) => sum + count, 0);
  console.log(`${'Jumlah'.padEnd(12)}${String(total(five)).padStart(8)}${String(total(six)).padStart(8)}`);

  console.log('\nHari libur nasional dan cuti bersama ASN 2026 / Official days off in 2026');
  const daysOff = nonWorkingDays(office, 2026)._unsafeUnwrap();
  for (const day of daysOff.filter((entry) => entry.kind !== 'weekend')) {
    const weekday = describeDay(office, day.date)._unsafeUnwrap().weekday;
    const dayName = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'][weekday - 1] ?? '';
    console.log(`  ${day.date} ${dayName.padEnd(7)} ${KIND_LABELS[day.kind].padEnd(15)} ${day.name.id.padEnd(46)} [${day.basis.instrument}]`);
  }
  const weekends = daysOff.filter((entry) => entry.kind === 'weekend').length;
  console.log(`  (+ ${String(weekends)} hari Sabtu/Minggu lainnya di unit 5 hari kerja; cuti bersama tidak mengurangi cuti tahunan — Keppres 42/2025)`);

  console.log('\nCuti tahunan 12 hari kerja mulai Senin 2026-03-16 (sekitar Nyepi dan Idulfitri):');
  const requests = [
    { nip: '19751130 200012 1 004', calendar: office },
    { nip: '19920117 201903 2 003', calendar: hospital },
  ];
  for (const request of requests) {
    const employee = ROSTER.find((entry) => entry.nip === request.nip);
    const end = workingSpanEnd(request.calendar, '2026-03-16', 12)._unsafeUnwrap();
    console.log(`  ${String(employee?.name)} (${String(employee?.workUnit.name)}): s.d. ${end}`);
  }
  const why = describeDay(office, '2026-03-20')._unsafeUnwrap();
  console.log(`\nMengapa 2026-03-20 libur? ${why.reasons.map((reason) => `${reason.message.id} [${reason.basis.instrument}]`).join('; ')}`);

  // A setting with a typo never becomes a calendar: the unknown key is named, in both languages.
  const typo = createCalendar(JSON.parse('{ "workweek": 6 }') as CalendarOptions);
  if (typo.isErr()) console.log(`\nPengaturan unit yang salah ketik: ${typo.error.code} — ${typo.error.message.id}`);
}
