import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BERAKHLAK_ORDER,
  BERAKHLAK_VALUES,
  CREDIT_POINT_COEFFICIENTS,
  CREDIT_POINT_PERCENTAGES,
  DISTRIBUTION_PATTERNS,
  LEGACY_REGIMES,
  ORG_PREDIKAT_ORDER,
  PREDIKAT_FOLLOW_UP,
  PREDIKAT_ORDER,
} from '../../src/performance/index';

describe('rule tables', () => {
  it('§1.7: one distribution pattern per organisation predikat, each cited to SE MenPANRB 3/2023 and docs/interpretations.md#predikat-distribution', () => {
    expect(DISTRIBUTION_PATTERNS.rows.map((row) => row.orgPredikat)).toEqual([...ORG_PREDIKAT_ORDER]);
    for (const row of DISTRIBUTION_PATTERNS.rows) {
      expect(row.basis.instrument).toBe('SE MenPANRB 3/2023');
      expect(row.basis.interpretation).toBe('predikat-distribution');
      expect(row.effective.from).toBe('2023-01-31');
    }
  });
  it('§1.9: one credit-point percentage per predikat, 150 down to 25', () => {
    expect(CREDIT_POINT_PERCENTAGES.rows.map((row) => [row.predikat, row.percent])).toEqual([
      ['very-good', 150], ['good', 100], ['needs-improvement', 75], ['poor', 50], ['very-poor', 25],
    ]);
    expect(CREDIT_POINT_COEFFICIENTS.rows.every((row) => row.effective.from === '2023-01-01')).toBe(true);
  });
  it('follow-up covers every predikat', () => {
    expect(PREDIKAT_FOLLOW_UP.rows.map((row) => row.predikat)).toEqual([...PREDIKAT_ORDER]);
  });
  it('§1.3: the seven BerAKHLAK values with three guides each', () => {
    expect(BERAKHLAK_ORDER.map((value) => BERAKHLAK_VALUES[value].label.id)).toEqual([
      'Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif',
    ]);
  });
  it('§1.10: the legacy regimes follow each other without a gap', () => {
    expect(LEGACY_REGIMES.rows.map((row) => [row.regime, row.effective.from, row.effective.to])).toEqual([
      ['pp-46-2011', '2014-01-01', '2019-12-31'],
      ['pp-30-2019', '2020-01-01', '2021-12-31'],
    ]);
  });
});

describe('properties', () => {
  it('every distribution rule names at least one predikat and a limit unless it is "largest"', () => {
    const rules = DISTRIBUTION_PATTERNS.rows.flatMap((row) => row.rules);
    fc.assert(
      fc.property(fc.constantFrom(...rules), (rule) => {
        expect(rule.predikat.length).toBeGreaterThan(0);
        expect(rule.limit === undefined).toBe(rule.kind === 'largest');
      }),
    );
  });
});
