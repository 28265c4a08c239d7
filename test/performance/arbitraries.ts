import fc from 'fast-check';
import {
  BERAKHLAK_ORDER,
  PREDIKAT_ORDER,
  RATING_ORDER,
  type LegacyRecordInput,
  type Predikat,
  type Rating,
  type SkpInput,
} from '../../src/performance/index';

export { hostileArbitrary } from '../hostile';

export const ratingArbitrary: fc.Arbitrary<Rating> = fc.constantFrom(...RATING_ORDER);
export const predikatArbitrary: fc.Arbitrary<Predikat> = fc.constantFrom(...PREDIKAT_ORDER);

/** Per-RHK ratings as a caller writes them (an override only sometimes). */
export const workRatingsArbitrary = fc.record(
  {
    results: fc.array(
      fc.record({ rhkId: fc.stringMatching(/^[A-Z]\d{1,2}$/), kind: fc.constantFrom('main' as const, 'additional' as const), rating: ratingArbitrary }),
      { maxLength: 12 },
    ),
    override: ratingArbitrary,
  },
  { requiredKeys: ['results'] },
);

/** The predikat of a unit's employees. */
export const predicatesArbitrary = fc.array(predikatArbitrary, { maxLength: 60 });

const aspect = fc.record({ target: fc.integer({ min: 1, max: 1000 }), realisation: fc.integer({ min: 0, max: 1500 }) });
const activity = fc.record(
  { quantity: aspect, quality: aspect, time: aspect, cost: aspect },
  { requiredKeys: ['quantity', 'quality', 'time'] },
);
const score100 = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
const aspects = fc.record(
  { service: score100, integrity: score100, commitment: score100, discipline: score100, cooperation: score100, leadership: score100 },
  { requiredKeys: ['service', 'integrity', 'commitment', 'discipline', 'cooperation'] },
);
const indicators = fc.array(
  fc.record(
    {
      target: fc.oneof(
        fc.integer({ min: 1, max: 100 }),
        fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 50 })).map(([min, extra]) => ({ min, max: min + extra })),
      ),
      realisation: fc.integer({ min: 0, max: 150 }),
      direction: fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const),
      targetIsMaximum: fc.boolean(),
    },
    { requiredKeys: ['target', 'realisation'] },
  ),
  { minLength: 1, maxLength: 4 },
).map((list) => list.map((indicator, index) => ({ ...indicator, weight: index === 0 ? 100 - 10 * (list.length - 1) : 10 })));

/** Valid legacy records of 2012–2023 (some outside the legacy years, so some scores are coded errors). */
export const legacyRecordArbitrary: fc.Arbitrary<LegacyRecordInput> = fc.record(
  {
    period: fc.integer({ min: 2012, max: 2023 }).map((year) => ({ from: `${String(year)}-01-01`, to: `${String(year)}-12-31` })),
    skp: fc.oneof(
      fc.integer({ min: 0, max: 12000 }).map((n) => n / 100),
      fc.record(
        {
          activities: fc.array(activity, { minLength: 1, maxLength: 3 }),
          additionalTasks: fc.integer({ min: 0, max: 9 }),
          creativity: fc.constantFrom('none' as const, 'unit-head' as const, 'ppk' as const, 'president' as const),
        },
        { requiredKeys: ['activities'] },
      ),
      fc.record({ indicators }),
    ),
    behaviour: fc.oneof(fc.integer({ min: 0, max: 12000 }).map((n) => n / 100), aspects),
    peerInput: fc.boolean(),
    newIdea: fc.boolean(),
    regime: fc.constantFrom('pp-46-2011' as const, 'pp-30-2019' as const),
  },
  { requiredKeys: ['period', 'skp', 'behaviour'] },
);

const YEAR = { from: '2025-01-01', to: '2025-12-31' };

/** A valid SKP of 2025 for employee number `n`, with an annual evaluation of the given ratings (or none). */
export const skpArbitrary = (n: number): fc.Arbitrary<SkpInput> =>
  fc
    .record({
      work: ratingArbitrary,
      behaviour: ratingArbitrary,
      evaluated: fc.boolean(),
      evidence: fc.boolean(),
      feedback: fc.constantFrom('', 'Baik', '  '),
      extra: fc.boolean(),
      guidance: fc.boolean(),
    })
    .map(({ work, behaviour, evaluated, evidence, feedback, extra, guidance }): SkpInput => ({
      period: YEAR,
      approach: 'quantitative',
      employee: { nip: `1990010120150310${String(n).padStart(2, '0')}`, name: `Pegawai ${String(n)}` },
      assessor: { nip: '197001011995031001', name: 'Kepala Bidang' },
      mainResults: [{ id: 'R1', text: 'Layanan', intervenes: 'A1', indicators: [{ text: 'Dokumen', target: { value: 12, unit: 'dokumen' } }] }],
      ...(extra ? { additionalResults: [{ id: 'T1', text: 'Tambahan', indicators: [{ text: 'Kegiatan', target: { min: 1, max: 3, unit: 'kegiatan' } }] }] } : {}),
      behaviours: BERAKHLAK_ORDER.map((value) => (guidance ? { value, guidance: ['Panduan instansi'] } : { value })),
      evaluations: evaluated
        ? [
            {
              kind: 'annual',
              period: YEAR,
              results: [{ rhkId: 'R1', evidence: evidence ? ['bukti.pdf'] : [], feedback, rating: work }],
              workRating: work,
              behaviourRating: behaviour,
            },
          ]
        : [],
    }));

/** The SKPs of a unit of 1–8 employees. */
export const unitSkpsArbitrary: fc.Arbitrary<SkpInput[]> = fc
  .integer({ min: 1, max: 8 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => skpArbitrary(i + 1))));
