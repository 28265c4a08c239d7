/**
 * The ASN-management work plan of Pemerintah Kota Medan for 2027 on its four pillars — competency development
 * through training with educational institutions, objective performance evaluation, technology for leave requests,
 * performance reports and real-time information, and public engagement through dialogue sessions and open forums —
 * with the data it is checked against (the ten employees of roster.ts, assessments, JP, predikat and satisfaction
 * indexes, all synthetic), and a plan drafted from the same data. `npx tsx examples/workplan.ts` runs both.
 */
import { ROSTER, UNITS } from './roster';
import {
  draftAsnWorkPlan,
  parseAsnWorkPlan,
  parseWorkPlanContext,
  type AsnWorkPlan,
  type AsnWorkPlanInput,
  type WorkPlanContext,
} from 'asn-kit/workplan';

const AGENCY = { id: 'pemko-medan', name: 'Pemerintah Kota Medan' };
const YEAR = { from: '2027-01-01', to: '2027-12-31' };
const NIP = {
  kadisdik: '197511302000121004',
  kabid: '196908171996031001',
  kasi: '198002292006042002',
  adminduk: '199003032014111005',
  pranata: '199910102026032001',
  analis: '199404222024211003',
};

/** What the plan is checked against: the roster, the 2026 assessments, the JP done, the predikat, the SKM. */
export const MEDAN_2027_DATA = {
  roster: ROSTER,
  assessments: [
    { nip: NIP.adminduk, date: '2026-10-12', standard: { 'public-service': 2, integrity: 2 }, actual: { 'public-service': 1, integrity: 2 } },
    { nip: NIP.pranata, date: '2026-10-12', standard: { 'public-service': 2, integrity: 2 }, actual: { 'public-service': 1, integrity: 1 } },
    { nip: NIP.kasi, date: '2026-10-13', standard: { 'public-service': 3, 'decision-making': 3 }, actual: { 'public-service': 3, 'decision-making': 2 } },
    { nip: NIP.analis, date: '2026-10-13', standard: { 'public-service': 2, integrity: 2 }, actual: { 'public-service': 2, integrity: 2 } },
  ],
  catalogue: [
    { competency: 'public-service', title: 'Pelatihan Pelayanan Prima', form: 'course', jp: 24, provider: 'Universitas Sumatera Utara' },
    { competency: 'decision-making', title: 'Pelatihan Pengambilan Keputusan', form: 'managerial-training', jp: 32, provider: 'Universitas Negeri Medan' },
  ],
  completedJp: [],
  performance: [
    { nip: NIP.kabid, predikat: 'very-good' },
    { nip: NIP.kasi, predikat: 'good' },
    { nip: NIP.adminduk, predikat: 'needs-improvement' },
    { nip: NIP.kadisdik, predikat: 'good' },
  ],
  satisfaction: [
    { unit: UNITS.disdukcapil, converted: 74.2 },
    { unit: UNITS.medanBaru, converted: 71.05 },
    { unit: UNITS.dinkes, converted: 82.4 },
    { unit: UNITS.pirngadi, converted: 79.9 },
    { unit: UNITS.disdik, converted: 86.1 },
    { unit: UNITS.bkpsdm, converted: 89.3 },
  ],
  minimumGrade: 'B',
} as const;

const activity = (fields: Omit<AsnWorkPlanInput['activities'][number], 'schedule' | 'responsibleUnit'> & Partial<AsnWorkPlanInput['activities'][number]>) => ({
  schedule: YEAR,
  responsibleUnit: UNITS.bkpsdm,
  ...fields,
});

/** The complete plan, as an agency would write it. */
export const MEDAN_2027_PLAN: AsnWorkPlanInput = {
  id: 'RK-ASN-MEDAN-2027',
  title: 'Rencana Kerja Pengelolaan ASN Kota Medan Tahun 2027',
  agency: AGENCY,
  period: YEAR,
  objectives: [
    { id: 'T1', text: 'Meningkatkan kualitas dan kinerja ASN Kota Medan' },
    { id: 'T2', text: 'Meningkatkan kualitas pelayanan publik melalui keterlibatan masyarakat' },
  ],
  strategies: [
    { id: 'S1', pillar: 'competency', text: 'Pengembangan kompetensi melalui pelatihan bersama lembaga pendidikan', objectiveIds: ['T1'] },
    { id: 'S2', pillar: 'performance', text: 'Penilaian kinerja yang objektif sebagai dasar penghargaan dan disiplin', objectiveIds: ['T1'] },
    { id: 'S3', pillar: 'technology', text: 'Sistem informasi manajemen ASN terintegrasi (e-Government)', objectiveIds: ['T1', 'T2'] },
    { id: 'S4', pillar: 'engagement', text: 'Sesi dialog rutin dan forum diskusi terbuka dengan masyarakat', objectiveIds: ['T2'] },
  ],
  activities: [
    activity({
      id: 'KOM-01', title: 'Pelatihan Pelayanan Prima bersama Universitas Sumatera Utara', objectiveId: 'T1', strategyId: 'S1',
      indicator: { text: 'Pegawai yang menyelesaikan pelatihan', baseline: 0, target: 30, unit: 'orang' },
      schedule: { from: '2027-03-01', to: '2027-05-31' },
      budget: { amount: 180_000_000, source: 'APBD', lines: [{ item: 'Biaya penyelenggaraan', amount: 150_000_000 }, { item: 'Modul dan sertifikat', amount: 30_000_000 }] },
      partners: [{ name: 'Universitas Sumatera Utara', kind: 'education' }],
      targetGroups: [{ text: 'Pegawai layanan langsung yang di bawah standar pelayanan publik', count: 30 }],
      competencies: ['public-service'], participants: 30, jpPerParticipant: 24,
    }),
    activity({
      id: 'KOM-02', title: 'Coaching integritas dan pengambilan keputusan bersama Universitas Negeri Medan', objectiveId: 'T1', strategyId: 'S1',
      indicator: { text: 'Pegawai yang menyelesaikan coaching', baseline: 0, target: 12, unit: 'orang' },
      budget: { amount: 60_000_000, source: 'APBD', lines: [] },
      partners: [{ name: 'Universitas Negeri Medan', kind: 'education' }],
      competencies: ['integrity', 'decision-making'], participants: 12, jpPerParticipant: 32,
    }),
    activity({
      id: 'KOM-03', title: 'Pelatihan teknologi informasi: literasi data dan aplikasi kepegawaian', objectiveId: 'T1', strategyId: 'S1',
      indicator: { text: 'PNS yang memenuhi 20 JP', baseline: 0, target: 8, unit: 'orang' },
      schedule: { from: '2027-06-01', to: '2027-11-30' },
      budget: { amount: 45_000_000, source: 'APBD', lines: [] },
      partners: [{ name: 'Politeknik Negeri Medan', kind: 'education' }],
      competencies: ['data-literacy'], participants: 8, jpPerParticipant: 20,
    }),
    activity({
      id: 'KIN-01', title: 'Evaluasi kinerja periodik dan tahunan di seluruh perangkat daerah (e-Kinerja BKN)', objectiveId: 'T1', strategyId: 'S2',
      indicator: { text: 'Perangkat daerah yang menetapkan predikat tepat waktu', baseline: 80, target: 100, unit: '%' },
      budget: { amount: 25_000_000, lines: [] },
    }),
    activity({
      id: 'KIN-02', title: 'Penghargaan pegawai berkinerja Sangat Baik dan pembinaan pegawai Butuh Perbaikan', objectiveId: 'T1', strategyId: 'S2',
      indicator: { text: 'Pegawai yang ditindaklanjuti sesuai predikat', baseline: 0, target: 2, unit: 'orang' },
      schedule: { from: '2027-01-15', to: '2027-03-31' },
      budget: { amount: 40_000_000, lines: [] },
      units: ['bkpsdm', 'disdukcapil'], participants: 2,
    }),
    activity({
      id: 'TEK-01', title: 'Aplikasi pengajuan cuti berbasis web dan mobile', objectiveId: 'T1', strategyId: 'S3',
      indicator: { text: 'Usul cuti yang diajukan secara daring', baseline: 35, target: 95, unit: '%' },
      schedule: { from: '2027-02-01', to: '2027-08-31' },
      budget: { amount: 220_000_000, lines: [{ item: 'Pengembangan aplikasi', amount: 170_000_000 }, { item: 'Server dan lisensi', amount: 50_000_000 }] },
      services: ['leave-request'],
    }),
    activity({
      id: 'TEK-02', title: 'Laporan kinerja harian dan dasbor informasi pegawai secara real-time', objectiveId: 'T2', strategyId: 'S3',
      indicator: { text: 'Perangkat daerah yang memakai dasbor', baseline: 0, target: 6, unit: 'perangkat daerah' },
      budget: { amount: 150_000_000, lines: [] },
      services: ['performance-report', 'realtime-information'],
    }),
    activity({
      id: 'PUB-01', title: 'Sesi dialog rutin ASN dan masyarakat', objectiveId: 'T2', strategyId: 'S4',
      indicator: { text: 'Sesi dialog yang terselenggara', baseline: 2, target: 4, unit: 'sesi' },
      schedule: { from: '2027-01-15', to: '2027-12-31', every: 'quarter' },
      budget: { amount: 40_000_000, lines: [] },
      partners: [{ name: 'Forum Kecamatan dan tokoh masyarakat', kind: 'community' }],
      targetGroups: [{ text: 'Warga pengguna layanan publik' }],
    }),
    activity({
      id: 'PUB-02', title: 'Forum diskusi terbuka layanan kependudukan', objectiveId: 'T2', strategyId: 'S4',
      indicator: { text: 'Indeks kepuasan masyarakat Disdukcapil', baseline: 74.2, target: 80, unit: 'nilai IKM' },
      schedule: { from: '2027-02-01', to: '2027-11-30', sessions: ['2027-02-18', '2027-05-20', '2027-08-19', '2027-11-18'] },
      budget: { amount: 30_000_000, lines: [] },
      responsibleUnit: UNITS.disdukcapil, forumKind: 'open-forum', units: ['disdukcapil'],
    }),
    activity({
      id: 'PUB-03', title: 'Forum warga Kecamatan Medan Baru', objectiveId: 'T2', strategyId: 'S4',
      indicator: { text: 'Indeks kepuasan masyarakat Kecamatan Medan Baru', baseline: 71.05, target: 78, unit: 'nilai IKM' },
      schedule: { from: '2027-03-01', to: '2027-09-30', sessions: ['2027-03-11', '2027-09-09'] },
      budget: { amount: 20_000_000, lines: [] },
      responsibleUnit: UNITS.medanBaru, forumKind: 'open-forum', units: ['kec-medan-baru'],
    }),
  ],
  services: [
    { id: 'leave-request', label: 'Pengajuan cuti berbasis web dan mobile' },
    { id: 'performance-report', label: 'Laporan kinerja berbasis web dan mobile' },
    { id: 'realtime-information', label: 'Akses informasi kepegawaian secara real-time' },
  ],
  budgetTotal: 810_000_000,
  engagementFrequency: { every: 'quarter', atLeast: 1 },
};

/** The data, parsed once (what a service keeps). */
export function medan2027Context(): WorkPlanContext {
  return parseWorkPlanContext(MEDAN_2027_DATA).match(
    (context) => context,
    (error) => {
      throw new Error(error.message.en);
    },
  );
}

/** The complete plan, parsed once. */
export function medan2027Plan(): AsnWorkPlan {
  return parseAsnWorkPlan(MEDAN_2027_PLAN).match(
    (plan) => plan,
    (error) => {
      throw new Error(error.message.en);
    },
  );
}

/** The plan drafted from the same data: a skeleton that passes validation, for the agency to edit. */
export function medan2027Draft(context: WorkPlanContext): AsnWorkPlan {
  return draftAsnWorkPlan(context, {
    id: 'RK-ASN-MEDAN-2027-DRAF',
    agency: AGENCY,
    period: YEAR,
    responsibleUnit: UNITS.bkpsdm,
    engagementFrequency: { every: 'quarter', atLeast: 1 },
    lowestUnits: 2,
  }).match(
    (plan) => plan,
    (error) => {
      throw new Error(error.message.en);
    },
  );
}
