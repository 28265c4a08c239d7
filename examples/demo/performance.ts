/**
 * Demo section for `asn-kit/performance`: the 2025 performance year of about twenty employees in three units of
 * Pemerintah Kota Medan — each employee's predikat from the two ratings, each unit's distribution against the
 * allowed ranges of SE MenPANRB 3/2023, the gaps in evidence and feedback, credit points of the functional
 * positions and the follow-up of each predikat. The people without a roster entry are synthetic, keyed by NIP.
 * The flow is a service's: each SKP is parsed once at the boundary (`parseSkp`), then the report takes the parsed,
 * frozen SKPs as they are.
 */
import { formatLegalBasis } from '../../src/core/index';
import {
  BERAKHLAK_ORDER,
  ORG_PREDIKAT_LABELS,
  PREDIKAT_LABELS,
  PREDIKAT_ORDER,
  RATING_LABELS,
  creditPoints,
  leaderWorkRating,
  legacyPerformanceScore,
  parseLegacyRecord,
  parseSkp,
  predikatFollowUp,
  unitPerformanceReport,
  type OrgPredikat,
  type PerformanceError,
  type Rating,
  type Skp,
  type SkpInput,
} from '../../src/performance/index';
import type { FungsionalLevel } from '../../src/employee/index';
import { ROSTER } from './roster';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };

/** One person of a unit: ratings given by the assessor for 2025 (the leader's work rating comes from the unit). */
interface Person {
  readonly nip: string;
  readonly name?: string;
  readonly title: string;
  readonly work?: Rating;
  readonly behaviour: Rating;
  readonly level?: FungsionalLevel;
  readonly noEvidence?: boolean;
  readonly notEvaluated?: boolean;
}

interface Unit {
  readonly id: string;
  readonly name: string;
  readonly orgPredikat: OrgPredikat;
  readonly leader: Person;
  readonly staff: readonly Person[];
}

const UNITS: readonly Unit[] = [
  {
    id: 'disdukcapil',
    name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Medan',
    orgPredikat: 'outstanding',
    leader: { nip: '197205141998031004', name: 'Ir. Zulkarnain Lubis, M.AP.', title: 'Kepala Dinas', behaviour: 'above' },
    staff: [
      { nip: '199003032014111005', title: 'Pengadministrasi Kependudukan', work: 'above', behaviour: 'above' },
      { nip: '198411092009042001', name: 'Dewi Kartika Ginting, S.E.', title: 'Kepala Bidang Pelayanan Pendaftaran Penduduk', work: 'above', behaviour: 'above' },
      { nip: '198707212011011002', name: 'Andi Syahputra, S.Kom.', title: 'Pranata Komputer Ahli Muda', work: 'above', behaviour: 'above', level: 'ahli-muda' },
      { nip: '199512302020122001', name: 'Lestari Hasibuan, A.Md.', title: 'Pengolah Data Kependudukan', work: 'meets', behaviour: 'above' },
      { nip: '199108182015031003', name: 'Rizky Pratama Sembiring', title: 'Operator Perekaman KTP-el', work: 'meets', behaviour: 'meets', noEvidence: true },
      { nip: '198902022014022002', name: 'Yuni Astuti Panjaitan', title: 'Verifikator Akta', work: 'above', behaviour: 'meets' },
    ],
  },
  {
    id: 'dinkes',
    name: 'Dinas Kesehatan Kota Medan',
    orgPredikat: 'good',
    leader: { nip: '197004121998031002', title: 'Kepala Dinas Kesehatan', behaviour: 'above' },
    staff: [
      { nip: '198303112008012003', name: 'dr. Fitri Handayani', title: 'Dokter Ahli Madya', work: 'meets', behaviour: 'meets', level: 'ahli-madya' },
      { nip: '198812252012022004', name: 'Ns. Melati Purba, S.Kep.', title: 'Perawat Ahli Pertama', work: 'meets', behaviour: 'above', level: 'ahli-pertama' },
      { nip: '198006302005011005', name: 'Hotman Simanjuntak, S.K.M.', title: 'Epidemiolog Kesehatan Ahli Muda', work: 'above', behaviour: 'above', level: 'ahli-muda' },
      { nip: '199404142019032005', name: 'Sarah Nainggolan, A.Md.Farm.', title: 'Asisten Apoteker Terampil', work: 'below', behaviour: 'meets', level: 'terampil' },
      { nip: '197711152006041006', name: 'Syahrial Nasution', title: 'Pengelola Barang Milik Daerah', work: 'meets', behaviour: 'below', noEvidence: true },
      { nip: '199609092022031007', name: 'Bima Aditya Saragih, S.Kom.', title: 'Pranata Komputer Ahli Pertama', behaviour: 'meets', notEvaluated: true },
    ],
  },
  {
    id: 'bkpsdm',
    name: 'BKPSDM Kota Medan',
    orgPredikat: 'good',
    leader: { nip: '197309191999031008', name: 'Drs. Muhammad Iqbal Rangkuti, M.Si.', title: 'Kepala Badan', behaviour: 'meets' },
    staff: [
      { nip: '196908171996031001', title: 'Kepala Bidang Pengembangan Kompetensi Aparatur', work: 'meets', behaviour: 'above' },
      { nip: '199404222024211003', title: 'Analis SDM Aparatur Ahli Pertama', work: 'above', behaviour: 'above', level: 'ahli-pertama' },
      { nip: '198610102010012008', name: 'Erna Wati Sitepu, S.H.', title: 'Analis Hukum Kepegawaian', work: 'meets', behaviour: 'meets' },
      { nip: '199201052015031009', name: 'Irfan Hakim Matondang', title: 'Pengadministrasi Kepegawaian', work: 'meets', behaviour: 'meets' },
      { nip: '198805052011011010', name: 'Taufik Hidayat Batubara', title: 'Pengelola Data Kepegawaian', work: 'meets', behaviour: 'meets', noEvidence: true },
    ],
  },
];

/** The roster's names, keyed by NIP without separators. */
const ROSTER_NAMES = new Map(ROSTER.map((entry) => [entry.nip.replace(/\s/g, ''), entry.name]));

function nameOf(person: Person): string {
  return person.name ?? ROSTER_NAMES.get(person.nip) ?? person.nip;
}

function skpOf(unit: Unit, person: Person, work: Rating, assessorNip: string): SkpInput {
  const evidence = person.noEvidence === true ? [] : [`https://ekinerja.pemkomedan.go.id/bukti/${person.nip}/2025`];
  return {
    period: YEAR,
    approach: 'quantitative',
    jpt: person === unit.leader,
    employee: { nip: person.nip, name: nameOf(person), position: person.title, unit: unit.name },
    assessor: { nip: assessorNip, name: 'Pejabat Penilai' },
    mainResults: [
      {
        id: 'RHK-1',
        text: `Hasil kerja utama ${person.title}`,
        ...(person === unit.leader ? { perspective: 'service-recipients' as const } : { intervenes: 'RHK-ATASAN-1' }),
        indicators: [{ text: 'Persentase target layanan tercapai', aspect: 'quantity', target: { value: 100, unit: '%' } }],
      },
    ],
    behaviours: BERAKHLAK_ORDER.map((value) => ({ value })),
    evaluations:
      person.notEvaluated === true
        ? []
        : [
            {
              kind: 'annual',
              period: YEAR,
              results: [{ rhkId: 'RHK-1', evidence, feedback: person.noEvidence === true ? '' : 'Dibahas dalam dialog kinerja Desember 2025', rating: work }],
              workRating: work,
              behaviourRating: person.behaviour,
            },
          ],
  };
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function failure(error: PerformanceError): void {
  console.log(`  GAGAL ${error.code}: ${error.message.id}`);
}

/** Prints the 2025 performance results of three Medan units. */
export function runPerformanceDemo(): void {
  console.log('Penilaian kinerja tahun 2025 — PermenPANRB 6/2022 dan SE MenPANRB 3/2023');
  for (const unit of UNITS) {
    const leaderRating = leaderWorkRating(unit.orgPredikat);
    if (leaderRating.isErr()) {
      failure(leaderRating.error);
      continue;
    }
    const people = [unit.leader, ...unit.staff];
    console.log(`\n■ ${unit.name} — predikat organisasi: ${ORG_PREDIKAT_LABELS[unit.orgPredikat].id}`);
    // The boundary: each SKP (here built from the roster; in a service, a request body or a database row) is parsed
    // once; an SKP that breaks PermenPANRB 6/2022 is reported and left out.
    const skps: Skp[] = [];
    for (const person of people) {
      const parsed = parseSkp(
        skpOf(unit, person, person === unit.leader ? leaderRating.value.rating : (person.work ?? 'meets'), person === unit.leader ? '197106061996031001' : unit.leader.nip),
      );
      if (parsed.isOk()) skps.push(parsed.value);
      else failure(parsed.error);
    }
    const report = unitPerformanceReport({ unit: { id: unit.id, name: unit.name }, period: YEAR, orgPredikat: unit.orgPredikat, employees: people.map((p) => p.nip), skps });
    console.log(`  Pimpinan: ${leaderRating.value.reasons[0]?.message.id ?? ''}`);
    if (report.isErr()) {
      failure(report.error);
      continue;
    }
    const { value } = report;
    console.log(`  ${pad('Nama', 36)} ${pad('Jabatan', 44)} ${pad('Hasil kerja', 20)} ${pad('Perilaku', 20)} Predikat`);
    for (const person of people) {
      const row = value.predicates.find((p) => p.nip === person.nip);
      const work = person === unit.leader ? leaderRating.value.rating : person.work;
      console.log(
        `  ${pad(nameOf(person), 36)} ${pad(person.title, 44)} ${pad(work === undefined || row === undefined ? '—' : RATING_LABELS[work].id, 20)} ${pad(row === undefined ? '—' : RATING_LABELS[person.behaviour].id, 20)} ${row === undefined ? 'belum dievaluasi' : PREDIKAT_LABELS[row.predikat].id}`,
      );
    }
    const check = value.distribution;
    if (check !== undefined) {
      console.log(`  Sebaran predikat (${check.headCount} pegawai dinilai) dibanding rentang yang dibolehkan:`);
      for (const predikat of PREDIKAT_ORDER) {
        const allowed = check.allowed[predikat];
        const count = check.counts[predikat];
        const ok = count >= allowed.min && count <= allowed.max;
        console.log(`    ${pad(PREDIKAT_LABELS[predikat].id, 20)} ${String(count).padStart(2)}   boleh ${String(allowed.min)}–${String(allowed.max)}${ok ? '' : '   ← di luar rentang'}`);
      }
      if (check.compliant) console.log('  ✓ Sesuai pola distribusi.');
      for (const breach of check.breaches) console.log(`  ⚠ ${breach.reason.message.id} [${formatLegalBasis(breach.reason.basis)}] — perlu justifikasi`);
    }
    if (value.withoutEvaluation.length > 0) console.log(`  ⚠ Belum dievaluasi: ${value.withoutEvaluation.map((nip) => nameOf(people.find((p) => p.nip === nip) ?? { nip, title: '', behaviour: 'meets' })).join(', ')}`);
    for (const gap of value.missingEvidence) console.log(`  ⚠ Tanpa bukti dukung: ${nameOf(people.find((p) => p.nip === gap.nip) ?? { nip: gap.nip, title: '', behaviour: 'meets' })} (${gap.rhkId})`);
    for (const person of people) {
      const row = value.predicates.find((p) => p.nip === person.nip);
      if (person.level === undefined || row === undefined) continue;
      const points = creditPoints({ level: person.level, predikat: row.predikat, periodEnd: YEAR.to });
      if (points.isOk()) console.log(`  Angka kredit ${nameOf(person)}: ${points.value.reasons[0]?.message.id ?? ''}`);
      else failure(points.error);
    }
  }
  console.log('\nTindak lanjut per predikat (PermenPANRB 6/2022 Pasal 5 huruf d):');
  for (const predikat of PREDIKAT_ORDER) {
    const followUp = predikatFollowUp(predikat);
    if (followUp.isErr()) {
      failure(followUp.error);
      continue;
    }
    const { rewards, development, sanctions } = followUp.value;
    const first = (list: typeof rewards): string => list[0]?.text.id ?? '—';
    console.log(`  ${pad(PREDIKAT_LABELS[predikat].id, 18)} penghargaan: ${first(rewards)}; pengembangan: ${first(development)}; sanksi: ${first(sanctions)}`);
  }
  const legacy = parseLegacyRecord({ period: { from: '2018-01-01', to: '2018-12-31' }, skp: 85.5, behaviour: 83 }).andThen(legacyPerformanceScore);
  if (legacy.isOk()) {
    console.log(`\nArsip 2018 (${formatLegalBasis(legacy.value.basis)}): ${legacy.value.reasons[0]?.message.id ?? ''}`);
  } else {
    failure(legacy.error);
  }
}
