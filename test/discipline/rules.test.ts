import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleInForce, type IsoDate } from '../../src/core';
import {
  ABSENCE_SANCTION_TIERS,
  absenceTierTableSchema,
  LATENESS_CONVERSION,
  SANCTION_LEVEL_LABELS,
  SANCTIONS,
} from '../../src/discipline';

describe('SANCTIONS — PP 94/2021 Pasal 8', () => {
  it('§6.1: lists the nine sanctions by level, with durations and articles', () => {
    expect(SANCTIONS.rows.map((row) => [row.code, row.level, row.rank, row.basis.article])).toEqual([
      ['oral-reprimand', 'light', 1, 'Pasal 8 ayat (2) huruf a'],
      ['written-reprimand', 'light', 2, 'Pasal 8 ayat (2) huruf b'],
      ['written-dissatisfaction', 'light', 3, 'Pasal 8 ayat (2) huruf c'],
      ['allowance-cut-6-months', 'moderate', 4, 'Pasal 8 ayat (3) huruf a'],
      ['allowance-cut-9-months', 'moderate', 5, 'Pasal 8 ayat (3) huruf b'],
      ['allowance-cut-12-months', 'moderate', 6, 'Pasal 8 ayat (3) huruf c'],
      ['demotion', 'severe', 7, 'Pasal 8 ayat (4) huruf a'],
      ['release-to-pelaksana', 'severe', 8, 'Pasal 8 ayat (4) huruf b'],
      ['dismissal', 'severe', 9, 'Pasal 8 ayat (4) huruf c'],
    ]);
    expect(SANCTIONS.rows.map((row) => (row as { months?: number }).months ?? null)).toEqual([null, null, null, 6, 9, 12, 12, 12, null]);
    expect(SANCTIONS.rows.filter((row) => row.dismissal).map((row) => row.code)).toEqual(['dismissal']);
    expect(SANCTION_LEVEL_LABELS).toEqual({
      light: { id: 'Hukuman disiplin ringan', en: 'Light disciplinary sanction' },
      moderate: { id: 'Hukuman disiplin sedang', en: 'Moderate disciplinary sanction' },
      severe: { id: 'Hukuman disiplin berat', en: 'Severe disciplinary sanction' },
    });
  });

  it('is in force from 31 August 2021, not before', () => {
    expect(ruleInForce(SANCTIONS, '2021-08-31' as IsoDate).isOk()).toBe(true);
    expect(ruleInForce(SANCTIONS, '2021-08-30' as IsoDate)._unsafeUnwrapErr().code).toBe('core/no-rule-in-force');
  });
});

describe('ABSENCE_SANCTION_TIERS — §6.2', () => {
  it('§6.2: the ten tiers of Pasal 9(2)(b), 10(2)(f) and 11(2)(d), contiguous from 3 days', () => {
    expect(ABSENCE_SANCTION_TIERS.rows.map((row) => [row.id, row.trigger, row.sanction.code])).toEqual([
      ['year-3', { kind: 'year-total', min: 3, max: 3 }, 'oral-reprimand'],
      ['year-4-6', { kind: 'year-total', min: 4, max: 6 }, 'written-reprimand'],
      ['year-7-10', { kind: 'year-total', min: 7, max: 10 }, 'written-dissatisfaction'],
      ['year-11-13', { kind: 'year-total', min: 11, max: 13 }, 'allowance-cut-6-months'],
      ['year-14-16', { kind: 'year-total', min: 14, max: 16 }, 'allowance-cut-9-months'],
      ['year-17-20', { kind: 'year-total', min: 17, max: 20 }, 'allowance-cut-12-months'],
      ['year-21-24', { kind: 'year-total', min: 21, max: 24 }, 'demotion'],
      ['year-25-27', { kind: 'year-total', min: 25, max: 27 }, 'release-to-pelaksana'],
      ['year-28-plus', { kind: 'year-total', min: 28 }, 'dismissal'],
      ['consecutive-10', { kind: 'consecutive', days: 10 }, 'dismissal'],
    ]);
    expect(ABSENCE_SANCTION_TIERS.rows.filter((row) => 'stopsSalary' in row).map((row) => row.id)).toEqual(['consecutive-10']);
  });

  it('passes its own schema, as an agency table must', () => {
    expect(absenceTierTableSchema.safeParse(ABSENCE_SANCTION_TIERS).success).toBe(true);
  });
});

describe('LATENESS_CONVERSION — docs/interpretations.md#lateness-conversion', () => {
  it('§6.2: 7½ hours = 1 day, from PP 53/2010, marked as an option', () => {
    expect(LATENESS_CONVERSION.rows).toEqual([
      {
        minutesPerDay: 450,
        basis: {
          instrument: 'PP 53/2010',
          article: 'Penjelasan Pasal 3 angka 11',
          note: 'an explicit option, off by default; PP 94/2021 does not state it',
          interpretation: 'absence-counting',
        },
        effective: { from: '2010-06-06' },
      },
    ]);
  });
});

describe('properties', () => {
  it('every yearly total from 3 up falls in exactly one tier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 1000 }), (total) => {
        const matching = ABSENCE_SANCTION_TIERS.rows.filter(
          (row) => row.trigger.kind === 'year-total' && row.trigger.min <= total && (!('max' in row.trigger) || total <= row.trigger.max),
        );
        expect(matching).toHaveLength(1);
      }),
    );
  });

  it('arbitrary input to the table schema never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof absenceTierTableSchema.safeParse(value).success).toBe('boolean');
      }),
    );
  });
});
