/**
 * Builders of the workplan tests: raw plans as a JSON body would carry them, and synthetic rosters with valid NIPs.
 */
export const HEAD = '198001012005011001';
export const STAFF = '199001012015031001';
export const OTHER = '198503152010012003';

export const VALUES = ['service-oriented', 'accountable', 'competent', 'harmonious', 'loyal', 'adaptive', 'collaborative'] as const;

/** A valid NIP for every index: distinct birth dates and sequence numbers (TMT CPNS 2005-01, gender 1). */
export function nipOf(index: number): string {
  const seq = (index % 999) + 1;
  const day = (Math.floor(index / 999) % 28) + 1;
  const month = (Math.floor(index / (999 * 28)) % 12) + 1;
  const year = 1975 + Math.floor(index / (999 * 28 * 12));
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${String(year)}${two(month)}${two(day)}2005011${String(seq).padStart(3, '0')}`;
}

/** An RHK with the three quantitative aspects, each with a target and a unit. */
export function rhk(id: string, intervenes?: string): Record<string, unknown> {
  return {
    id,
    text: `Hasil kerja ${id}`,
    ...(intervenes === undefined ? {} : { intervenes }),
    indicators: [
      { text: 'Jumlah dokumen', aspect: 'quantity', target: { value: 12, unit: 'dokumen' } },
      { text: 'Dokumen tanpa revisi', aspect: 'quality', target: { min: 90, max: 100, unit: '%' } },
      { text: 'Tepat waktu', aspect: 'time', target: { value: 12, unit: 'bulan' } },
    ],
  };
}

/** A valid 2027 SKP of a non-JPT employee whose main result R1 intervenes the assessor's K1. */
export function skp(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    period: { from: '2027-01-01', to: '2027-12-31' },
    approach: 'quantitative',
    employee: { nip: STAFF, name: 'Rudi Hartono' },
    assessor: { nip: HEAD, name: 'Siti Aisyah' },
    mainResults: [rhk('R1', 'K1')],
    behaviours: VALUES.map((value) => ({ value })),
    ...overrides,
  };
}

/** The assessor's SKP (a JPT with a perspective and a Perjanjian Kinerja target on each RHK). */
export function assessorSkp(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return skp({
    jpt: true,
    employee: { nip: HEAD, name: 'Siti Aisyah' },
    assessor: { name: 'Sekretaris Daerah' },
    mainResults: [
      { ...rhk('K1'), perspective: 'service-recipients', performanceAgreement: 'PK-1' },
      { ...rhk('K2'), perspective: 'internal-business-process', performanceAgreement: 'PK-2' },
    ],
    ...overrides,
  });
}

export const AGENCY = { id: 'pemko-medan', name: 'Pemerintah Kota Medan' };
export const BKPSDM = { id: 'bkpsdm', name: 'BKPSDM Kota Medan' };
export const DINKES = { id: 'dinkes', name: 'Dinas Kesehatan Kota Medan' };
export const DISDUKCAPIL = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };

/** A valid activity of the 2027 plan on a strategy (S1 competency … S4 engagement). */
export function activity(id: string, strategyId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: `Kegiatan ${id}`,
    objectiveId: 'T1',
    strategyId,
    indicator: { text: 'Capaian', baseline: 0, target: 10, unit: 'orang' },
    schedule: { from: '2027-01-01', to: '2027-12-31' },
    budget: { amount: 10_000_000 },
    responsibleUnit: BKPSDM,
    ...overrides,
  };
}

/** A valid 2027 plan with one activity on each pillar and a forum each quarter. */
export function workPlan(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'RK-ASN-2027',
    title: 'Rencana Kerja Pengelolaan ASN 2027',
    agency: AGENCY,
    period: { from: '2027-01-01', to: '2027-12-31' },
    objectives: [{ id: 'T1', text: 'Meningkatkan kualitas dan kinerja ASN' }, { id: 'T2', text: 'Meningkatkan pelayanan publik' }],
    strategies: [
      { id: 'S1', pillar: 'competency', text: 'Pelatihan', objectiveIds: ['T1'] },
      { id: 'S2', pillar: 'performance', text: 'Evaluasi kinerja', objectiveIds: ['T1'] },
      { id: 'S3', pillar: 'technology', text: 'Sistem informasi', objectiveIds: ['T1', 'T2'] },
      { id: 'S4', pillar: 'engagement', text: 'Forum', objectiveIds: ['T1', 'T2'] },
    ],
    activities: [
      activity('A1', 'S1', {
        competencies: ['public-service'], participants: 10, jpPerParticipant: 24,
        budget: { amount: 10_000_000, lines: [{ item: 'Narasumber', amount: 4_000_000 }, { item: 'Modul', amount: 6_000_000 }] },
      }),
      activity('A2', 'S2'),
      activity('A3', 'S3', { services: ['leave-request'] }),
      activity('A4', 'S4', { schedule: { from: '2027-01-01', to: '2027-12-31', every: 'quarter' } }),
    ],
    services: [{ id: 'leave-request', label: 'Cuti daring' }],
    engagementFrequency: { every: 'quarter', atLeast: 1 },
    ...overrides,
  };
}
