/**
 * Demo section for `asn-kit/workplan`: the Medan 2027 ASN-management work plan (examples/workplan/medan-2027.ts)
 * validated against the agency's data with its coverage per pillar, a plan drafted from the same data, a unit's SKP
 * cascade, a Renja whose budgets do not add up, and the workforce need of a position (PermenPANRB 1/2020).
 */
import { formatLegalBasis } from '../../src/core';
import {
  checkUnitCascade,
  validateAsnWorkPlan,
  validateRenja,
  workforceNeed,
  type AsnWorkPlan,
  type AsnWorkPlanValidation,
  type WorkPlanContext,
} from '../../src/workplan/index';
import { medan2027Context, medan2027Draft, medan2027Plan } from '../workplan/medan-2027';

const rupiah = (value: number): string => `Rp${Math.round(value).toLocaleString('id-ID')}`;

function report(title: string, plan: AsnWorkPlan, context: WorkPlanContext): void {
  validateAsnWorkPlan(plan, context).match(
    (result: AsnWorkPlanValidation) => {
      console.log(`\n${title}: ${plan.activities.length} kegiatan — ${result.valid ? 'valid' : 'TIDAK valid'} (${result.errors} galat, ${result.warnings} peringatan)`);
      for (const pillar of result.coverage) {
        const checks = pillar.checks.map((check) => `${check.check} ${check.planned}/${check.required}${check.met ? '' : ' ✗'}`).join('; ');
        console.log(`  ${pillar.label.id.padEnd(24)} ${String(pillar.activities).padStart(2)} kegiatan  ${rupiah(pillar.budget).padStart(16)}  ${checks}`);
      }
      for (const found of result.issues) console.log(`  [${found.severity}] ${found.code} ${found.path}: ${found.message.id}`);
    },
    (error) => { console.log(`${title}: ${error.code} — ${error.message.id}`); },
  );
}

export function runWorkplanDemo(): void {
  const context = medan2027Context();
  report('Rencana Kerja Pengelolaan ASN Kota Medan 2027', medan2027Plan(), context);
  const draft = medan2027Draft(context);
  report('Draf dari data yang sama', draft, context);
  console.log('\nSetiap kegiatan draf membawa data dan aturan yang memicunya, misalnya:');
  for (const activity of draft.activities.slice(0, 3)) {
    console.log(`  ${activity.id} ${activity.title}\n      ${activity.motivation?.message.id ?? ''} (${activity.motivation === undefined ? '' : formatLegalBasis(activity.motivation.basis)})`);
  }

  const values = ['service-oriented', 'accountable', 'competent', 'harmonious', 'loyal', 'adaptive', 'collaborative'].map((value) => ({ value }));
  const indicators = [
    { text: 'Dokumen kependudukan terbit', aspect: 'quantity', target: { value: 12_000, unit: 'dokumen' } },
    { text: 'Dokumen tanpa kesalahan', aspect: 'quality', target: { min: 98, max: 100, unit: '%' } },
    { text: 'Waktu layanan', aspect: 'time', target: { value: 1, unit: 'hari' } },
  ];
  const skp = (nip: string, name: string, assessor: string, results: [string, string?][]) => ({
    period: { from: '2027-01-01', to: '2027-12-31' }, approach: 'quantitative', employee: { nip, name }, assessor: { nip: assessor, name: 'Kepala Bidang' },
    mainResults: results.map(([id, intervenes]) => ({ id, text: `Hasil kerja ${id}`, ...(intervenes === undefined ? {} : { intervenes }), indicators })),
    behaviours: values,
  });
  const cascade = checkUnitCascade([
    skp('196908171996031001', 'Kepala Bidang', '197004121998031002', [['K1', 'D1'], ['K2', 'D1']]),
    skp('199003032014111005', 'Pengadministrasi Kependudukan', '196908171996031001', [['P1', 'K1']]),
    skp('199910102026032001', 'Pranata Komputer', '196908171996031001', [['P2', 'K9']]),
  ] as never);
  cascade.match(
    (result) => {
      console.log(`\nCascading SKP unit: ${result.orphans.length} RHK yatim, ${result.notIntervened.length} RHK atasan tanpa intervensi, ${result.cycles.length} lingkaran`);
      for (const found of result.issues) console.log(`  [${found.severity}] ${found.code}: ${found.message.id}`);
    },
    (error) => { console.log(error.code); },
  );

  const indicator = { text: 'Dokumen', target: 1, unit: 'dokumen' };
  validateRenja({
    unit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' }, year: 2027, forwardYear: 2028,
    programmes: [{ code: '5.03.02', name: 'Program Kepegawaian Daerah', indicator, activities: [{
      code: '5.03.02.2.01', name: 'Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN', indicator, budget: 200_000_000,
      subActivities: [
        { code: '5.03.02.2.01.0001', name: 'Pengadaan ASN', indicator, budget: 100_000_000, location: 'Kota Medan' },
        { code: '5.03.02.2.01.0002', name: 'Pengelolaan Informasi ASN', indicator, budget: 150_000_000, location: 'Kota Medan' },
      ],
    }] }],
  }, { year: 2027 }).match(
    (result) => {
      console.log(`\nRenja BKPSDM 2027: ${result.valid ? 'valid' : 'TIDAK valid'}`);
      for (const found of result.issues) console.log(`  [${found.severity}] ${found.code}: ${found.message.id}`);
    },
    (error) => { console.log(error.code); },
  );

  const tasks = [
    { name: 'Verifikasi usul cuti', volume: 240, minutes: 60 },
    { name: 'Rekap kehadiran mingguan', volume: 52, minutes: 180 },
    { name: 'Laporan bulanan kepegawaian', volume: 12, minutes: 1200 },
  ];
  for (const hoursPerYear of [1250, 1200]) {
    workforceNeed(tasks, { hoursPerYear, staff: 1 }).match(
      (need) => { console.log(`\nKebutuhan pegawai (${hoursPerYear} jam/tahun, ${formatLegalBasis(need.basis)}): ${need.need.toFixed(4)} → ${need.headCount} orang; efektivitas jabatan ${need.effectiveness?.rounded ?? '-'} (${need.effectiveness?.band.band ?? '-'})`); },
      (error) => { console.log(error.code); },
    );
  }
}
