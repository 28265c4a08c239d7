import { BERAKHLAK_ORDER, parseSkp, type Predikat, type Rating, type Skp, type SkpInput } from '../../src/performance/index';

/** A valid SKP input for a pelaksana of Disdukcapil Kota Medan, 2025; tests copy it and break one thing. */
export function skpInput(): SkpInput {
  return {
    period: { from: '2025-01-01', to: '2025-12-31' },
    approach: 'quantitative',
    periodicity: 'quarterly',
    employee: { nip: '199001012015031001', name: 'Rudi Hartono', position: 'Pengadministrasi Kependudukan' },
    assessor: { nip: '198205152008012002', name: 'Sri Wahyuni', position: 'Kepala Seksi' },
    assessorSuperior: { nip: '197711202003121003', name: 'Bambang Sitorus' },
    mainResults: [
      {
        id: 'R1',
        text: 'Terlayaninya penerbitan KTP-el',
        intervenes: 'A1',
        indicators: [
          { text: 'Jumlah KTP-el terbit', aspect: 'quantity', target: { value: 1200, unit: 'keping' } },
          { text: 'Persentase tanpa kesalahan data', aspect: 'quality', target: { min: 95, max: 100, unit: '%' } },
        ],
      },
      {
        id: 'R2',
        text: 'Tersusunnya laporan pelayanan bulanan',
        intervenes: 'A2',
        indicators: [{ text: 'Laporan tepat waktu', aspect: 'time', target: { value: 12, unit: 'laporan' } }],
      },
    ],
    additionalResults: [
      { id: 'T1', text: 'Panitia jemput bola perekaman', indicators: [{ text: 'Kegiatan', target: { value: 4, unit: 'kegiatan' } }] },
    ],
    behaviours: [
      { value: 'service-oriented', leaderExpectation: 'Melayani warga tanpa calo' },
      { value: 'accountable' },
      { value: 'competent' },
      { value: 'harmonious' },
      { value: 'loyal' },
      { value: 'adaptive' },
      { value: 'collaborative' },
    ],
    appendix: {
      resources: ['Aplikasi SIAK Terpusat', 'Perangkat perekaman KTP-el'],
      accountability: ['Laporan bulanan kepada Kepala Seksi'],
      consequences: ['Penghargaan bagi pelayanan tanpa keluhan'],
    },
    evaluations: [
      {
        kind: 'periodic',
        period: { from: '2025-01-01', to: '2025-03-31' },
        results: [
          { rhkId: 'R1', realisation: 310, evidence: ['https://e-kinerja.medan.go.id/bukti/r1-q1'], feedback: 'Baik', rating: 'meets' },
          { rhkId: 'R2', realisation: 3, evidence: [], feedback: '' },
        ],
      },
      {
        kind: 'annual',
        period: { from: '2025-01-01', to: '2025-12-31' },
        results: [
          { rhkId: 'R1', realisation: 1250, evidence: ['https://e-kinerja.medan.go.id/bukti/r1'], feedback: 'Melampaui target', rating: 'above' },
          { rhkId: 'R2', realisation: 12, evidence: ['https://e-kinerja.medan.go.id/bukti/r2'], feedback: 'Tepat waktu', rating: 'meets' },
          { rhkId: 'T1', realisation: 4, evidence: ['https://e-kinerja.medan.go.id/bukti/t1'], feedback: 'Terlaksana', rating: 'meets' },
        ],
        workRating: 'meets',
        behaviourRating: 'above',
        predikat: 'good',
      },
    ],
  };
}

/** A one-line SKP with an annual evaluation giving the two ratings, for unit reports. */
export function smallSkp(nip: string, name: string, work: Rating, behaviour: Rating): SkpInput {
  return {
    period: { from: '2025-01-01', to: '2025-12-31' },
    approach: 'quantitative',
    employee: { nip, name },
    assessor: { nip: '197001011995031001', name: 'Kepala Bidang' },
    mainResults: [{ id: 'R1', text: 'Layanan', intervenes: 'A1', indicators: [{ text: 'Layanan', target: { value: 1, unit: 'dokumen' } }] }],
    behaviours: BERAKHLAK_ORDER.map((value) => ({ value })),
    evaluations: [
      {
        kind: 'annual',
        period: { from: '2025-01-01', to: '2025-12-31' },
        results: [{ rhkId: 'R1', evidence: ['bukti.pdf'], feedback: 'ok', rating: work }],
        workRating: work,
        behaviourRating: behaviour,
      },
    ],
  };
}

/** Expands counts into a list of predikat, in the given order. */
export function spread(counts: Readonly<Partial<Record<Predikat, number>>>): Predikat[] {
  return (Object.entries(counts) as [Predikat, number][]).flatMap(([predikat, count]) => Array.from({ length: count }, () => predikat));
}

/** A value as a JavaScript caller may pass it, whatever the declared type: for the tests of coded errors. */
export function untyped(value: unknown): never {
  return value as never;
}

/** An SKP input parsed at the boundary, as a service passes it on (the input must be valid). */
export function parsed(input: SkpInput): Skp {
  return parseSkp(input)._unsafeUnwrap();
}
