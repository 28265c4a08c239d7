/**
 * Demo section: competency assessments, gaps, JPM, the nine-box and the training needs of ten synthetic
 * Pemerintah Kota Medan employees (the shared roster). The flow of a service: parse every input once at the
 * boundary (employees, assessment levels, activities), then call the functions with the parsed values.
 */
import {
  competencyGap,
  derivePotential,
  developmentHours,
  jobPersonMatch,
  parseAssessment,
  parseCompetencyLevels,
  parseDevelopmentActivity,
  standardForPosition,
  talentPool,
  trainingNeeds,
  type Assessment,
  type CompetencyLevels,
  type DevelopmentActivityInput,
  type DevelopmentActivity,
  type TalentEntry,
} from '../../src/competency/index';
import type { IsoDate } from '../../src/core';
import { parseEmployee } from '../../src/employee/index';
import type { Predikat } from '../../src/performance/predikat';
import { ROSTER } from './roster';

const ASSESSMENT_DATE = '2026-02-16';
const ORDER = [
  'integrity',
  'cooperation',
  'communication',
  'results-orientation',
  'public-service',
  'developing-self-and-others',
  'managing-change',
  'decision-making',
  'national-cohesion',
] as const;

/** Actual levels from the 2026 assessment centre, in the ORDER above, by position in the roster. */
const ACTUAL: readonly (readonly number[])[] = [
  [4, 4, 3, 4, 4, 3, 4, 3, 4], // Kepala Dinas Kesehatan (JPT pratama, standard 4)
  [3, 3, 3, 3, 3, 3, 2, 3, 3], // Dokter Ahli Madya (standard 3)
  [1, 1, 1, 1, 1, 1, 1, 1, 1], // Perawat Terampil (standard 1)
  [2, 2, 2, 2, 1, 2, 1, 2, 2], // Guru (position standard supplied below)
  [2, 2, 2, 2, 2, 2, 2, 2, 2], // Guru
  [3, 3, 2, 3, 3, 2, 3, 2, 3], // Administrator (standard 3)
  [2, 2, 2, 1, 1, 2, 2, 1, 2], // Pengawas (standard 2)
  [1, 1, 1, 1, 1, 1, 1, 1, 1], // Pelaksana (standard 1)
  [1, 2, 1, 1, 1, 1, 1, 1, 1], // Pranata Komputer Ahli Pertama (standard 1)
  [2, 1, 2, 1, 1, 1, 1, 1, 1], // Analis SDM Ahli Pertama (standard 1)
];

/** The predikat kinerja 2025 of each employee, by position in the roster. */
const PREDIKAT: readonly Predikat[] = ['very-good', 'good', 'good', 'needs-improvement', 'good', 'very-good', 'good', 'good', 'very-good', 'good'];

/** The standard of the guru positions, from the Dinas Pendidikan's Standar Kompetensi Jabatan (illustrative). */
const GURU_STANDARD: CompetencyLevels = parseCompetencyLevels(Object.fromEntries(ORDER.map((code) => [code, 2])))._unsafeUnwrap();

/** The levels of one assessment-centre row, parsed once at the boundary. */
function levelsOf(values: readonly number[]): CompetencyLevels {
  return parseCompetencyLevels(Object.fromEntries(ORDER.map((code, index) => [code, values[index] ?? 1])))._unsafeUnwrap();
}

/** Training records, parsed once at the boundary. */
function activitiesOf(inputs: readonly DevelopmentActivityInput[]): DevelopmentActivity[] {
  return inputs.map((input) => parseDevelopmentActivity(input)._unsafeUnwrap());
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text.slice(0, width - 2)}… ` : text + ' '.repeat(width - text.length);
}

/** Prints the competency section of the demo. */
export function runCompetencyDemo(): void {
  const employees = ROSTER.map((input) => parseEmployee(input)._unsafeUnwrap());
  console.log('=== Kompetensi, pengembangan dan talenta — Pemerintah Kota Medan, asesmen Februari 2026 ===');
  console.log(pad('Nama', 34) + pad('Jabatan', 26) + pad('Standar', 9) + pad('Kurang', 8) + pad('JPM', 9) + 'Kategori (pemetaan / seleksi)');
  const assessments: Assessment[] = [];
  const talent: TalentEntry[] = [];
  for (const [index, employee] of employees.entries()) {
    const actual = levelsOf(ACTUAL[index] ?? []);
    const fromPosition = standardForPosition(employee.position, ASSESSMENT_DATE as IsoDate);
    const standard = fromPosition.isOk() ? fromPosition.value.levels : GURU_STANDARD;
    const gap = competencyGap(standard, actual)._unsafeUnwrap();
    const mapping = jobPersonMatch(standard, actual)._unsafeUnwrap();
    const selection = jobPersonMatch(standard, actual, { scheme: 'selection' })._unsafeUnwrap();
    console.log(
      pad(employee.name, 34) +
        pad(employee.position.title ?? employee.position.type, 26) +
        pad(`${gap.totalStandard}`, 9) +
        pad(`${gap.totalShortfall}`, 8) +
        pad(`${mapping.percentageRounded.toFixed(2).replace('.', ',')}%`, 9) +
        `${mapping.category.label.id} / ${selection.category.label.id}`,
    );
    if (gap.belowStandard.length > 0) {
      console.log(`    di bawah standar: ${gap.belowStandard.map((item) => `${item.competency} (−${item.shortfall})`).join(', ')}`);
    }
    assessments.push(parseAssessment({ nip: employee.nip, date: ASSESSMENT_DATE, standard, actual })._unsafeUnwrap());
    const potential = derivePotential({ jpm: Math.min(100, mapping.percentage) })._unsafeUnwrap().potential;
    talent.push({ nip: employee.nip, name: employee.name, performance: PREDIKAT[index] ?? 'good', potential });
  }

  console.log('\n--- Nine-box (PermenPANRB 3/2020: 4 7 9 / 2 5 8 / 1 3 6) ---');
  const pool = talentPool(talent)._unsafeUnwrap();
  for (const placement of pool.placements) {
    console.log(`  Kotak ${placement.box}  ${pad(placement.name ?? placement.nip, 34)} ${placement.recommendations.map((item) => item.label.id).join('; ')}`);
  }
  console.log(`  Kelompok rencana suksesi: ${pool.successionCandidates.map((placement) => placement.name ?? placement.nip).join(', ') || '-'}`);

  console.log('\n--- Jam pelajaran pengembangan kompetensi 2026 ---');
  const pns = developmentHours(
    activitiesOf([
      { form: 'technical-guidance', title: 'Bimtek SIPD', date: '2026-04-14', minutes: 540 },
      { form: 'e-learning', title: 'ASN Corpu: Transformasi Digital', date: '2026-09-02', jp: 10, status: 'planned' },
    ]),
    2026,
    { kind: 'PNS' },
  )._unsafeUnwrap();
  console.log(`  PNS (Analis SDM): ${pns.reasons[0]?.message.id ?? ''}`);
  const pppk = developmentHours(
    activitiesOf([{ form: 'functional-training', title: 'Pelatihan Keperawatan Gawat Darurat', date: '2026-07-06', jp: 30, status: 'planned' }]),
    2026,
    { kind: 'PPPK' },
  )._unsafeUnwrap();
  console.log(`  PPPK: ${pppk.reasons[0]?.message.id ?? ''}`);

  console.log('\n--- Kebutuhan pelatihan instansi (masukan rencana kerja) ---');
  const catalogue = [
    { competency: 'public-service', title: 'Pelatihan Pelayanan Prima', form: 'course' as const, jp: 24, provider: 'BPSDM Provinsi Sumatera Utara' },
    { competency: 'decision-making', title: 'Pelatihan Pengambilan Keputusan Berbasis Data', form: 'managerial-training' as const, jp: 32 },
  ];
  const needs = trainingNeeds(employees, assessments, catalogue)._unsafeUnwrap();
  for (const need of needs.needs) {
    console.log(
      `  ${pad(need.name.id, 34)} ${String(need.participantCount).padStart(2)} peserta  ${String(need.totalJp).padStart(4)} JP  ${need.suggestion.title} (${need.suggestion.form.label.id})`,
    );
  }
  console.log(`  ${needs.reasons[0]?.message.id ?? ''}`);
}
