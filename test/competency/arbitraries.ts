import fc from 'fast-check';
import { hostileArbitrary } from '../hostile';

/** The 9 built-in competencies of PermenPANRB 38/2017, in dictionary order. */
export const NINE = [
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

export { untyped } from '../hostile';

/** Hostile values: the shared ones, plus more typed arrays, symbols and functions. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  hostileArbitrary,
  fc.int8Array(),
  fc.float64Array(),
  fc.constantFrom(
    Symbol('s'),
    () => 1,
    new Map([['integrity', 3]]),
    new Set([3]),
    Object.create(null) as object,
    10n,
    [new Uint8Array(2)],
    { integrity: Symbol('level') },
    { [Symbol('code')]: 3 },
    { integrity: new Number(3) },
  ),
);

/** A competency code: a built-in one or a technical one. */
export const codeArbitrary = fc.constantFrom(...NINE, 'road-asset-management', 'gis-mapping', 'sipd-operation');

/** A level 1–5. */
export const levelArbitrary = fc.integer({ min: 1, max: 5 });

/** Competency levels: at least one code. */
export const levelsArbitrary = fc.dictionary(codeArbitrary, levelArbitrary, { minKeys: 1 });

/** A standard and actual levels over the same competencies. */
export const pairArbitrary = fc
  .uniqueArray(fc.tuple(codeArbitrary, levelArbitrary, levelArbitrary), { minLength: 1, maxLength: 12, selector: ([code]) => code })
  .map((rows) => ({
    standard: Object.fromEntries(rows.map(([code, value]) => [code, value])),
    actual: Object.fromEntries(rows.map(([code, , value]) => [code, value])),
  }));

/** An 18-digit NIP. */
export const nipArbitrary = fc.stringMatching(/^\d{18}$/);

/** A date in 2026, `YYYY-MM-DD`. */
export const date2026 = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ month, day }) => `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

/** A valid development activity as raw input (JP given, or classroom minutes). */
export const activityArbitrary = fc.oneof(
  fc.record(
    {
      form: fc.constantFrom('coaching' as const, 'e-learning' as const, 'course' as const, 'mentoring' as const),
      title: fc.constantFrom('Coaching', 'ASN Corpu', 'Kursus'),
      date: fc.oneof(date2026, fc.constant('2025-12-31')),
      status: fc.constantFrom('completed' as const, 'planned' as const),
      jp: fc.integer({ min: 0, max: 40 }),
    },
    { requiredKeys: ['form', 'title', 'date', 'jp'] },
  ),
  fc.record({
    form: fc.constantFrom('seminar' as const, 'technical-guidance' as const, 'workshop' as const),
    title: fc.constantFrom('Seminar', 'Bimtek SIPD'),
    date: date2026,
    minutes: fc.integer({ min: 0, max: 1000 }),
  }),
);

/** A valid talent entry as raw input. */
export const talentEntryArbitrary = fc.record(
  {
    nip: nipArbitrary,
    name: fc.constantFrom('Rina', 'Budi', 'Siti'),
    performance: fc.constantFrom(
      'very-good' as const,
      'good' as const,
      'needs-improvement' as const,
      'poor' as const,
      'very-poor' as const,
      'above' as const,
      'meets' as const,
      'below' as const,
    ),
    potential: fc.constantFrom('high' as const, 'medium' as const, 'low' as const),
  },
  { requiredKeys: ['nip', 'performance', 'potential'] },
);

/** A valid shortfall as raw input. */
export const shortfallArbitrary = fc.record(
  {
    competency: codeArbitrary,
    shortfall: fc.integer({ min: 0, max: 4 }),
    kind: fc.constantFrom('managerial' as const, 'socio-cultural' as const, 'technical' as const),
  },
  { requiredKeys: ['competency', 'shortfall'] },
);

/** The five level descriptions of a technical competency. */
export const LEVEL_DESCRIPTIONS = [1, 2, 3, 4, 5].map((level) => ({
  level,
  description: { id: `Level ${String(level)}`, en: `Level ${String(level)}` },
}));
