/**
 * The synthetic employees: PNS, CPNS and PPPK across the perangkat daerah of {@link UNITS}, with NIPs that are
 * valid and agree with each person's birth date, gender and TMT CPNS (PNS: `YYYYMMDD YYYYMM G NNN`) or year of first
 * contract (PPPK: `YYYYMMDD YYYY 2 K G NNN`). Everyone is still in service on 31 December of the demo year.
 */
import type { EmployeeInput, FungsionalLevel } from 'asn-kit/employee';
import { retirementDate } from 'asn-kit/employee';
import type { Random } from '../random';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './names';
import { UNITS, type DemoUnit, type UnitProfile } from './units';

type Role = 'head' | 'administrator' | 'pengawas' | 'fungsional' | 'pelaksana' | 'guru';

const ROLE_MIX: Record<UnitProfile, readonly (readonly [Role, number])[]> = {
  education: [['administrator', 1], ['pengawas', 3], ['guru', 78], ['fungsional', 4], ['pelaksana', 14]],
  health: [['administrator', 3], ['pengawas', 8], ['fungsional', 59], ['pelaksana', 30]],
  hospital: [['administrator', 2], ['pengawas', 5], ['fungsional', 73], ['pelaksana', 20]],
  service: [['administrator', 4], ['pengawas', 12], ['fungsional', 24], ['pelaksana', 60]],
  office: [['administrator', 5], ['pengawas', 14], ['fungsional', 31], ['pelaksana', 50]],
};

const FUNGSIONAL_TITLES: Record<UnitProfile, readonly string[]> = {
  education: ['Pengawas Sekolah', 'Pranata Komputer', 'Analis Kebijakan'],
  health: ['Dokter', 'Perawat', 'Bidan', 'Epidemiolog Kesehatan', 'Sanitarian', 'Apoteker'],
  hospital: ['Dokter', 'Dokter Spesialis', 'Perawat', 'Bidan', 'Apoteker', 'Radiografer', 'Nutrisionis'],
  service: ['Pranata Komputer', 'Analis Kebijakan', 'Penata Kependudukan', 'Penguji Kendaraan Bermotor'],
  office: ['Analis SDM Aparatur', 'Auditor', 'Perencana', 'Analis Keuangan', 'Arsiparis', 'Pranata Komputer'],
};

const PELAKSANA_TITLES = ['Pengadministrasi Umum', 'Pengelola Data', 'Pengadministrasi Perkantoran', 'Operator Layanan', 'Pengelola Keuangan', 'Pengemudi'] as const;

const LEVEL_TITLES: Record<FungsionalLevel, string> = {
  'ahli-pertama': 'Ahli Pertama', 'ahli-muda': 'Ahli Muda', 'ahli-madya': 'Ahli Madya', 'ahli-utama': 'Ahli Utama',
  pemula: 'Pemula', terampil: 'Terampil', mahir: 'Mahir', penyelia: 'Penyelia',
};

const PNS_BY_SERVICE: readonly (readonly [number, string])[] = [
  [28, 'IV/b'], [24, 'IV/a'], [20, 'III/d'], [16, 'III/c'], [12, 'III/b'], [8, 'III/a'], [4, 'II/d'], [0, 'II/c'],
];

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** The parameters of one run. */
export interface EmployeeDatasetOptions {
  readonly count: number;
  readonly year: number;
}

function unitSizes(count: number): Map<DemoUnit, number> {
  const total = UNITS.reduce((sum, unit) => sum + unit.share, 0);
  const sizes = new Map(UNITS.map((unit) => [unit, Math.max(3, Math.floor((count * unit.share) / total))]));
  let assigned = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  for (const unit of UNITS) {
    if (assigned >= count) break;
    sizes.set(unit, (sizes.get(unit) ?? 0) + 1);
    assigned += 1;
  }
  return sizes;
}

function levelFor(role: Role, serviceYears: number, random: Random): FungsionalLevel {
  if (role !== 'fungsional') return 'ahli-pertama';
  if (random.chance(0.3)) return serviceYears > 16 ? 'penyelia' : serviceYears > 8 ? 'mahir' : 'terampil';
  return serviceYears > 20 ? 'ahli-madya' : serviceYears > 10 ? 'ahli-muda' : 'ahli-pertama';
}

/** Builds the synthetic roster, in unit order; the same seed gives the same people. */
export function buildEmployees(random: Random, options: EmployeeDatasetOptions): EmployeeInput[] {
  const employees: EmployeeInput[] = [];
  const nips = new Set<string>();
  const yearEnd = `${String(options.year)}-12-31`;
  let sequence = 0;
  for (const [unit, size] of unitSizes(options.count)) {
    for (let index = 0; index < size; index += 1) {
      const role: Role = index === 0 ? 'head' : random.weighted(ROLE_MIX[unit.profile]);
      const female = random.chance(unit.profile === 'education' || unit.profile === 'hospital' ? 0.68 : 0.45);
      const pppk = role !== 'head' && role !== 'administrator' && role !== 'pengawas' && random.chance(role === 'guru' ? 0.4 : 0.2);
      const minAge = role === 'head' ? 45 : role === 'administrator' ? 38 : role === 'pengawas' ? 32 : 23;
      for (;;) {
        const age = random.int(minAge, role === 'head' ? 57 : 59);
        const birth = `${String(options.year - age)}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`;
        const gender = female ? 'female' : 'male';
        const given = random.pick(female ? FEMALE_NAMES : MALE_NAMES);
        const name = `${given} ${random.pick(FAMILY_NAMES)}`;
        const appointedAge = pppk ? random.int(Math.max(23, age - 4), age) : random.int(22, Math.min(35, age));
        const appointedYear = options.year - age + appointedAge;
        const appointedMonth = pppk ? 3 : random.int(1, 12);
        if (appointedYear > options.year - (pppk ? 1 : 0) || (appointedYear === options.year && appointedMonth > 3)) continue;
        const serviceYears = options.year - appointedYear;
        sequence = (sequence % 999) + 1;
        const genderDigit = female ? '2' : '1';
        const nip = pppk
          ? `${birth.replaceAll('-', '')}${String(appointedYear)}21${genderDigit}${pad(sequence, 3)}`
          : `${birth.replaceAll('-', '')}${String(appointedYear)}${pad(appointedMonth, 2)}${genderDigit}${pad(sequence, 3)}`;
        if (nips.has(nip)) continue;
        const position = positionFor(role, unit, serviceYears, random);
        const workUnit = { id: unit.id, name: unit.name };
        const births = female && random.chance(0.55) ? [`${String(options.year - random.int(1, 12))}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`] : [];
        const base = { nip, name, gender, birthDate: birth, position, workUnit, workWeek: unit.workWeek, births } as const;
        const record: EmployeeInput = pppk
          ? {
              ...base,
              kind: 'PPPK',
              golongan: role === 'guru' || position.type === 'fungsional' ? 'IX' : 'V',
              contract: { start: `${String(Math.max(appointedYear, options.year - 3))}-03-01`, years: 5, firstStart: `${String(appointedYear)}-03-01` },
            }
          : {
              ...base,
              kind: appointedYear >= options.year - 1 && appointedMonth > 3 ? 'CPNS' : 'PNS',
              tmtCpns: `${String(appointedYear)}-${pad(appointedMonth, 2)}-01`,
              golongan: (PNS_BY_SERVICE.find(([years]) => serviceYears >= years) ?? [0, 'II/c'])[1] as 'III/a',
            };
        const retirement = retirementDate({ birthDate: record.birthDate, position: record.position });
        if (retirement.isErr() || retirement.value.date <= yearEnd) continue;
        nips.add(nip);
        employees.push(record);
        break;
      }
    }
  }
  return employees;
}

function positionFor(role: Role, unit: DemoUnit, serviceYears: number, random: Random): EmployeeInput['position'] {
  switch (role) {
    case 'head':
      return { type: 'jpt', level: 'pratama', title: `Kepala ${unit.name.replace(/ Kota Medan$/, '')}` };
    case 'administrator':
      return { type: 'administrator', title: random.pick(['Sekretaris', 'Kepala Bidang', 'Kepala Bagian']) };
    case 'pengawas':
      return { type: 'pengawas', title: random.pick(['Kepala Seksi', 'Kepala Subbagian', 'Kepala Subbidang']) };
    case 'guru':
      return { type: 'guru', title: random.pick(['Guru Kelas SD Negeri', 'Guru Matematika SMP Negeri', 'Guru Bahasa Indonesia SMP Negeri', 'Guru IPA SMP Negeri']) };
    case 'pelaksana':
      return { type: 'pelaksana', title: random.pick(PELAKSANA_TITLES) };
    case 'fungsional': {
      const level = levelFor(role, serviceYears, random);
      return { type: 'fungsional', level, title: `${random.pick(FUNGSIONAL_TITLES[unit.profile])} ${LEVEL_TITLES[level]}` };
    }
  }
}
