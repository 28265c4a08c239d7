import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legacyPerformanceScore, parseLegacyRecord, type LegacyRecordInput } from '../../src/performance/index';
import { untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';
import { dataOf } from '../error-data';

/** Parses the record at the boundary, then scores it (the flow of a service). */
const score = (record: LegacyRecordInput) => parseLegacyRecord(record).andThen(legacyPerformanceScore);

const year = (y: number) => ({ from: `${String(y)}-01-01`, to: `${String(y)}-12-31` });

describe('legacyPerformanceScore', () => {
  it('§1.11 H5 under the date rule: a 2018 record is PP 46/2011 → 84,50 Baik', () => {
    const result = score({ period: year(2018), skp: 85.5, behaviour: 83 })._unsafeUnwrap();
    expect(result.regime).toBe('pp-46-2011');
    expect(result.score).toBe(84.5);
    expect(result.label.id).toBe('Baik');
    expect(result.period).toEqual({ from: '2018-01-01', to: '2018-12-31' });
  });
  it('§1.11 H1 under the date rule: a 2016 record scored from its activities', () => {
    const activity = {
      quantity: { target: 1, realisation: 1 },
      quality: { target: 100, realisation: 90 },
      time: { target: 12, realisation: 12 },
      cost: { target: 170395000, realisation: 170395000 },
    };
    const result = score({
      period: year(2016),
      skp: { activities: [activity] },
      behaviour: { service: 83, integrity: 83, commitment: 83, discipline: 83, cooperation: 83 },
    })._unsafeUnwrap();
    expect([result.skpScore, result.behaviourScore, result.score]).toEqual([85.5, 83, 84.5]);
  });
  it('§1.11 H6 under the date rule: a 2020 record is PP 30/2019 → 110,5 Baik', () => {
    const result = score({ period: year(2020), skp: 115, behaviour: 100 })._unsafeUnwrap();
    expect(result.regime).toBe('pp-30-2019');
    expect([result.score, result.band]).toEqual([110.5, 'good']);
    expect(result.reasons.map((why) => why.code)).toEqual(['performance/legacy-score', 'performance/no-new-idea']);
  });
  it('§1.11 H7 under the date rule: a 2021 record with peer input → 76 Cukup', () => {
    const result = score({ period: year(2021), skp: 80, behaviour: 70, peerInput: true })._unsafeUnwrap();
    expect([result.score, result.label.id, result.weights]).toEqual([76, 'Cukup', [60, 40]]);
  });
  it('§1.11 H8–H9 as weighted PermenPANRB 8/2021 indicators of a 2021 SKP', () => {
    const result = score({
      period: year(2021),
      skp: { indicators: [{ target: 95, realisation: 93, weight: 50 }, { target: 85, realisation: 85, weight: 50 }] },
      behaviour: 100,
      newIdea: true,
    })._unsafeUnwrap();
    expect(result.skpScore).toBe(98.45);
    expect(result.score).toBe(98.92);
    expect(result.band).toBe('good');
  });
  it('docs/interpretations.md#legacy-bands: Sangat Baik under PP 30/2019 with a new idea', () => {
    expect(score({ period: year(2020), skp: 115, behaviour: 110, newIdea: true })._unsafeUnwrap().band).toBe('very-good');
  });
  it('the caller may choose the regime for an agency that scored 2020 under PP 46/2011', () => {
    const result = score({ period: year(2020), skp: 85.5, behaviour: 83, regime: 'pp-46-2011' })._unsafeUnwrap();
    expect([result.regime, result.score, result.weights]).toEqual(['pp-46-2011', 84.5, [60, 40]]);
    expect(result.reasons.map((why) => why.code)).toEqual(['performance/legacy-score', 'performance/regime-chosen-by-caller']);
    expect(score({ period: year(2019), skp: 115, behaviour: 100, regime: 'pp-30-2019' })._unsafeUnwrap().score).toBe(110.5);
  });
  it('refuses periods no legacy regulation covers', () => {
    expect(score({ period: year(2013), skp: 80, behaviour: 80 })._unsafeUnwrapErr().code).toBe('performance/not-legacy-period');
    const error = score({ period: year(2022), skp: 80, behaviour: 80 })._unsafeUnwrapErr();
    expect(error.code).toBe('performance/not-legacy-period');
    expect(dataOf(error, 'performance/not-legacy-period').from).toBe('2022-01-01');
  });
  it('refuses 8/2021 indicators before 2021 and weights that do not sum to 100', () => {
    const indicators = (weights: number[]) => ({ indicators: weights.map((weight) => ({ target: 10, realisation: 10, weight })) });
    expect(score({ period: year(2020), skp: indicators([100]), behaviour: 90 })._unsafeUnwrapErr().code).toBe(
      'performance/no-rule-in-force',
    );
    const error = score({ period: year(2021), skp: indicators([40, 35, 20]), behaviour: 90 })._unsafeUnwrapErr();
    expect(error.code).toBe('performance/weights-not-100');
    expect(dataOf(error, 'performance/weights-not-100').totalWeight).toBe(95);
    expect(score({ period: year(2021), skp: indicators([33.33, 33.33, 33.34]), behaviour: 90 }).isOk()).toBe(true);
  });
  it('refuses PP 46/2011 behaviour aspects under PP 30/2019', () => {
    const behaviour = { service: 80, integrity: 80, commitment: 80, discipline: 80, cooperation: 80 };
    expect(score({ period: year(2020), skp: 90, behaviour })._unsafeUnwrapErr().code).toBe('performance/invalid-input');
  });
});

describe('legacyPerformanceScore — errors and reasons, word for word', () => {
  const indicators = (weights: number[]) => ({ indicators: weights.map((weight) => ({ target: 10, realisation: 10, weight })) });

  it('refuses a period after the legacy regulations in both languages, with the date', () => {
    expect(score({ period: year(2022), skp: 80, behaviour: 80 })._unsafeUnwrapErr()).toEqual({
      code: 'performance/not-legacy-period',
      severity: 'error',
      basis: { instrument: 'PermenPANRB 6/2022', interpretation: 'legacy-bands' },
      message: {
        id: 'Periode mulai 2022-01-01 tidak dinilai dengan ketentuan lama (PP 46/2011: 2014–2019; PP 30/2019: 2020–2021); sejak 2022 gunakan predikat PermenPANRB 6/2022.',
        en: 'A period starting 2022-01-01 is not scored under a legacy regulation (PP 46/2011: 2014–2019; PP 30/2019: 2020–2021); from 2022 use the PermenPANRB 6/2022 predikat.',
      },
      data: { table: 'performance/legacy-regimes', date: '2022-01-01', from: '2022-01-01' },
    });
  });

  it('notes a regime the caller chose, in both languages', () => {
    expect(score({ period: year(2020), skp: 85.5, behaviour: 83, regime: 'pp-46-2011' })._unsafeUnwrap().reasons[1]).toEqual({
      code: 'performance/regime-chosen-by-caller',
      severity: 'info',
      basis: { instrument: 'PP 46/2011', article: 'Perka BKN 1/2013 (SKP 60%, perilaku 40%)', interpretation: 'legacy-bands' },
      message: {
        id: 'Ketentuan PP 46/2011 dipilih oleh pengguna untuk periode 2020-01-01 s.d. 2020-12-31.',
        en: 'PP 46/2011 chosen by the caller for 2020-01-01 to 2020-12-31.',
      },
    });
  });

  it('words the errors of 8/2021 indicators before 2021 and of weights that miss 100', () => {
    expect(score({ period: year(2020), skp: indicators([100]), behaviour: 90 })._unsafeUnwrapErr()).toEqual({
      code: 'performance/no-rule-in-force',
      severity: 'error',
      basis: {
        instrument: 'PermenPANRB 8/2021',
        article: 'Lampiran (capaian IKI dan konversi nilai)',
        note: 'bands closed below: 100 ≤ C < 101 is Baik (109); C = 100 on a maximum target is Sangat Baik (120)',
      },
      message: {
        id: 'Indikator kinerja individu PermenPANRB 8/2021 berlaku untuk SKP sejak 2021, bukan 2020-01-01.',
        en: 'PermenPANRB 8/2021 indicators apply to SKPs from 2021, not 2020-01-01.',
      },
      data: { from: '2020-01-01' },
    });
    expect(score({ period: year(2021), skp: indicators([40, 35, 20]), behaviour: 90 })._unsafeUnwrapErr()).toEqual({
      code: 'performance/weights-not-100',
      severity: 'error',
      basis: { instrument: 'PermenPANRB 8/2021', article: 'Lampiran (nilai tertimbang)' },
      message: { id: 'Jumlah bobot indikator 95, seharusnya 100.', en: 'The indicator weights sum to 95, not 100.' },
      data: { totalWeight: 95 },
    });
  });

  it('accepts weights within 100 ± 0.01 as written, and refuses 0.02 off', () => {
    expect(score({ period: year(2021), skp: indicators([50, 50.01]), behaviour: 90 }).isOk()).toBe(true);
    expect(score({ period: year(2021), skp: indicators([50, 49.99]), behaviour: 90 }).isOk()).toBe(true);
    expect(score({ period: year(2021), skp: indicators([50, 50.02]), behaviour: 90 })._unsafeUnwrapErr().code).toBe('performance/weights-not-100');
  });

  it('words the refusal of PP 46/2011 behaviour aspects under PP 30/2019', () => {
    const behaviour = { service: 80, integrity: 80, commitment: 80, discipline: 80, cooperation: 80 };
    expect(score({ period: year(2020), skp: 90, behaviour })._unsafeUnwrapErr()).toEqual({
      code: 'performance/invalid-input',
      severity: 'error',
      basis: { instrument: 'PP 30/2019', article: 'Pasal 41 ayat (2)–(5)', interpretation: 'legacy-bands' },
      message: {
        id: 'Di bawah PP 30/2019 nilai perilaku kerja diberikan sebagai angka, bukan aspek PP 46/2011.',
        en: 'Under PP 30/2019 the behaviour is given as a value, not as PP 46/2011 aspects.',
      },
      data: { issues: [{ path: 'behaviour', message: 'Expected a number under PP 30/2019' }] },
    });
  });

  it('notes the missing new idea from exactly 110 under PP 30/2019 only', () => {
    expect(score({ period: year(2020), skp: 110, behaviour: 110 })._unsafeUnwrap().reasons.map((why) => why.code)).toEqual([
      'performance/legacy-score',
      'performance/no-new-idea',
    ]);
    const pp46 = score({ period: year(2018), skp: 120, behaviour: 110 })._unsafeUnwrap();
    expect([pp46.score, pp46.band]).toEqual([116, 'very-good']);
    expect(pp46.reasons.map((why) => why.code)).toEqual(['performance/legacy-score']);
  });

  it('weighs PP 30/2019 with peer input 60/40 and without 70/30', () => {
    expect(score({ period: year(2021), skp: 80, behaviour: 70, peerInput: true })._unsafeUnwrap().weights).toEqual([60, 40]);
    expect(score({ period: year(2021), skp: 80, behaviour: 70 })._unsafeUnwrap().weights).toEqual([70, 30]);
  });
});

describe('properties', () => {
  it('any year 2014–2021 is scored, and the regime follows the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2014, max: 2021 }), fc.integer({ min: 0, max: 100 }), (y, value) => {
        const result = score({ period: year(y), skp: value, behaviour: value })._unsafeUnwrap();
        expect(result.regime).toBe(y <= 2019 ? 'pp-46-2011' : 'pp-30-2019');
      }),
    );
  });
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, (value) => {
        const result = legacyPerformanceScore(untyped(value));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
