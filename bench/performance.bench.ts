import { bench, describe } from 'vitest';
import {
  ORG_PREDIKAT_ORDER,
  RATING_ORDER,
  allowedDistribution,
  BERAKHLAK_ORDER,
  checkDistribution,
  parsePredicates,
  parseSkp,
  performancePredicate,
  unitPerformanceReport,
  type OrgPredikat,
  type Predikat,
  type Rating,
  type Skp,
  type SkpInput,
} from '../src/performance/index';

/** A city of 20,000 employees in 300 units, from a fixed seed (a small linear congruential generator). */
function city(): { units: { org: OrgPredikat; ratings: [Rating, Rating][] }[] } {
  let seed = 20250101;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const units = Array.from({ length: 300 }, (_, u) => ({
    org: ORG_PREDIKAT_ORDER[u % ORG_PREDIKAT_ORDER.length]!,
    ratings: [] as [Rating, Rating][],
  }));
  for (let e = 0; e < 20000; e += 1) {
    units[e % 300]!.ratings.push([RATING_ORDER[next(3)]!, RATING_ORDER[next(3)]!]);
  }
  return { units };
}

const { units } = city();

/** One unit of 67 employees as full SKPs with an annual evaluation each (the average unit of the city). */
function unitSkps(): SkpInput[] {
  const year = { from: '2025-01-01', to: '2025-12-31' };
  return units[0]!.ratings.map(([work, behaviour], i) => ({
    period: year,
    approach: 'quantitative',
    employee: { nip: `19900101201503${String(1000 + i)}`, name: `Pegawai ${String(i)}` },
    assessor: { nip: '197001011995031001', name: 'Kepala Bidang' },
    mainResults: [{ id: 'R1', text: 'Layanan', intervenes: 'A1', indicators: [{ text: 'Dokumen', target: { value: 12, unit: 'dokumen' } }] }],
    behaviours: BERAKHLAK_ORDER.map((value) => ({ value })),
    evaluations: [
      {
        kind: 'annual',
        period: year,
        results: [{ rhkId: 'R1', evidence: ['bukti.pdf'], feedback: 'Baik', rating: work }],
        workRating: work,
        behaviourRating: behaviour,
      },
    ],
  }));
}

/** The raw SKPs as a JavaScript caller or a JSON body gives them: the report parses each one (typed as `Skp` here). */
const rawSkps = unitSkps() as unknown as Skp[];
/** The same SKPs parsed once at the boundary, as a service keeps them. */
const parsedSkps = unitSkps().map((skp) => parseSkp(skp)._unsafeUnwrap());
/** Each unit's predikat list parsed once (parsePredicates), as a system stores them for the year. */
const parsedUnits = units.map((unit) => ({
  org: unit.org,
  predicates: parsePredicates(unit.ratings.map(([work, behaviour]) => performancePredicate(work, behaviour)._unsafeUnwrap().predikat))._unsafeUnwrap(),
}));
const REPORT = { unit: { id: 'u0', name: 'Unit 0' }, period: { from: '2025-01-01', to: '2025-12-31' }, orgPredikat: 'good' } as const;

describe('performance: a city of 20,000 employees in 300 units', () => {
  bench('predikat of every employee, then each unit’s distribution', () => {
    for (const unit of units) {
      const predicates: Predikat[] = [];
      for (const [work, behaviour] of unit.ratings) predicates.push(performancePredicate(work, behaviour)._unsafeUnwrap().predikat);
      checkDistribution(unit.org, predicates)._unsafeUnwrap();
    }
  });
  bench('unit report of one unit of 67 full SKPs (schema, SKP rules, predikat, distribution, gaps)', () => {
    unitPerformanceReport({ ...REPORT, skps: rawSkps })._unsafeUnwrap();
  });
  bench('unit report of the same unit, its 67 SKPs parsed once beforehand (parseSkp)', () => {
    unitPerformanceReport({ ...REPORT, skps: parsedSkps })._unsafeUnwrap();
  });
  bench('each unit’s distribution from its predikat list parsed once (parsePredicates)', () => {
    for (const unit of parsedUnits) checkDistribution(unit.org, unit.predicates)._unsafeUnwrap();
  });
  bench('allowed ranges for each unit (the distribution calculator)', () => {
    for (const unit of units) allowedDistribution(unit.org, unit.ratings.length)._unsafeUnwrap();
  });
});
