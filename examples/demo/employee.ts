/**
 * The employee section of `npm run demo`: for each employee of the synthetic Medan roster, the decoded NIP and its
 * agreement with the record, the rank, the length of service and the retirement date, each with its legal basis.
 * Each raw record is parsed once, at the boundary, with `parseEmployee`; every function below then takes the parsed
 * (frozen, typed) employee as it is, without checking it again.
 */
import { formatLegalBasis, type IsoDate } from '../../src/core/index';
import {
  checkNipAgainstEmployee,
  formatNip,
  parseEmployee,
  parseNip,
  rankOf,
  retirementDate,
  serviceLength,
  serviceStart,
  type Employee,
  type EmployeeError,
} from '../../src/employee/index';
import { ROSTER } from './roster';

/** The date the demo reports on (a constant, never the clock). */
const AS_OF = '2026-11-28' as IsoDate;

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

function tanggal(date: string): string {
  const [year, month, day] = date.split('-');
  return `${String(Number(day))} ${MONTHS[Number(month) - 1] ?? month ?? ''} ${year ?? ''}`;
}

function failure(error: EmployeeError): string {
  return `✗ ${error.message.id} [${error.code}]`;
}

const KIND_LABEL: Readonly<Record<Employee['kind'], string>> = { PNS: 'PNS', CPNS: 'CPNS', PPPK: 'PPPK' };

function nipLine(employee: Employee): string {
  const display = formatNip(employee.nip).unwrapOr(employee.nip);
  const decoded = parseNip(employee.nip).match(
    (nip) =>
      nip.layout === 'pns'
        ? `lahir ${tanggal(nip.birthDate)}, TMT CPNS ${MONTHS[nip.appointmentMonth - 1] ?? ''} ${String(nip.appointmentYear)}, ` +
          `${nip.gender === 'male' ? 'laki-laki' : 'perempuan'}, nomor urut ${String(nip.sequence).padStart(3, '0')}`
        : `lahir ${tanggal(nip.birthDate)}, diangkat PPPK ${String(nip.appointmentYear)}, perjanjian kerja ke-${String(nip.contractCount)}, ` +
          `${nip.gender === 'male' ? 'laki-laki' : 'perempuan'}, nomor urut ${String(nip.sequence).padStart(3, '0')}`,
    failure,
  );
  const agrees = checkNipAgainstEmployee(employee.nip, employee).match(
    (check) => (check.consistent ? '✓ sesuai data pegawai' : `✗ ${check.reasons.map((found) => found.message.id).join(' ')}`),
    failure,
  );
  return `${display}  → ${decoded}; ${agrees}`;
}

function rankLine(employee: Employee): string {
  return rankOf(employee.golongan).match(
    (rank) => (rank.scheme === 'pns' ? `${rank.pangkat}, golongan ${rank.golongan}` : `golongan PPPK ${rank.golongan} (tanpa pangkat)`),
    failure,
  );
}

function serviceLine(employee: Employee): string {
  return serviceStart(employee).match((start) => serviceSince(employee, start), failure);
}

function serviceSince(employee: Employee, start: IsoDate): string {
  const from = employee.kind === 'PPPK' ? `perjanjian kerja pertama ${tanggal(start)}` : `TMT CPNS ${tanggal(start)}`;
  const cltn = employee.cltn.map((range) => `${tanggal(range.from)}–${tanggal(range.to)}`).join(', ');
  return serviceLength(start, AS_OF, { excluding: employee.cltn }).match(
    (length) =>
      `${String(length.years)} tahun ${String(length.months)} bulan ${String(length.days)} hari (sejak ${from}` +
      (cltn === '' ? ')' : `; tanpa CLTN ${cltn}, PP 11/2017 Pasal 337)`),
    failure,
  );
}

function retirementLines(employee: Employee): string[] {
  // A PPPK is discharged at the retirement age too, but draws no PNS pension.
  const label = employee.kind === 'PPPK' ? 'Berhenti    ' : 'Pensiun     ';
  return retirementDate(employee).match(
    (retirement) => {
      const [bup, when] = retirement.reasons;
      const lines = [
        `BUP          ${String(retirement.age)} tahun — ${bup === undefined ? '' : formatLegalBasis(bup.basis)}`,
        `${label} TMT ${tanggal(retirement.date)} (mencapai BUP ${tanggal(retirement.reachedOn)}, ` +
          `berhenti akhir bulan ${tanggal(retirement.lastDayOfService)}) — ${when === undefined ? '' : formatLegalBasis(when.basis)}`,
      ];
      for (const note of retirement.reasons.slice(2)) lines.push(`             • ${note.message.id} (${formatLegalBasis(note.basis)})`);
      return lines;
    },
    (error) => [failure(error)],
  );
}

/**
 * Prints, for each employee of the roster, the parsed NIP, rank, length of service as of 28 November 2026, and the
 * retirement age and date with their legal basis.
 */
export function runEmployeeDemo(): void {
  console.log(`Data pegawai Pemerintah Kota Medan (sintetis), per ${tanggal(AS_OF)}\n`);
  ROSTER.forEach((input, index) => {
    const parsed = parseEmployee(input);
    if (parsed.isErr()) {
      console.log(`${String(index + 1)}. ${failure(parsed.error)}`);
      return;
    }
    const employee = parsed.value;
    const title = employee.position.title ?? employee.position.type;
    console.log(`${String(index + 1)}. ${employee.name} — ${KIND_LABEL[employee.kind]}, ${title}`);
    console.log(`   Unit kerja   ${employee.workUnit.name} (${String(employee.workWeek)} hari kerja seminggu)`);
    console.log(`   NIP          ${nipLine(employee)}`);
    console.log(`   Pangkat      ${rankLine(employee)}`);
    console.log(`   Masa kerja   ${serviceLine(employee)}`);
    for (const line of retirementLines(employee)) console.log(`   ${line}`);
    console.log('');
  });
}
