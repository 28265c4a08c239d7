import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pp46ActivityScore } from '../../src/performance/index';
import { untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';

const activity = (rw: number) => ({
  quantity: { target: 1, realisation: 1 },
  quality: { target: 100, realisation: 100 },
  time: { target: 12, realisation: rw },
});

describe('pp46ActivityScore', () => {
  it('§1.11 H1: TO=1,RO=1; TK=100,RK=90; TW=12,RW=12; TB=RB=170.395.000 → 100, 90, 76, 76; Σ 342; nilai 85,50', () => {
    const score = pp46ActivityScore({
      quantity: { target: 1, realisation: 1 },
      quality: { target: 100, realisation: 90 },
      time: { target: 12, realisation: 12 },
      cost: { target: 170395000, realisation: 170395000 },
    })._unsafeUnwrap();
    expect([score.quantity, score.quality, score.time, score.cost, score.total, score.score]).toEqual([100, 90, 76, 76, 342, 85.5]);
    expect(score.basis.instrument).toBe('Perka BKN 1/2013');
  });
  it('§1.11 H2: waktu TW=12, RW=10 (efisiensi 16,67%) → 92,67', () => {
    const score = pp46ActivityScore(activity(10))._unsafeUnwrap();
    expect(score.time).toBe(92.67);
    expect(score.reasons[0]?.data).toEqual({ efficiency: 16.67 });
  });
  it('§1.11 H3: waktu TW=12, RW=6 (efisiensi 50%) → 50,00 (the > 24% branch)', () => {
    const score = pp46ActivityScore(activity(6))._unsafeUnwrap();
    expect(score.time).toBe(50);
    expect(score.reasons[0]?.message.en).toBe('Time efficiency 50%: the > 24% formula; time value 50.');
  });
  it('§1.11 H4: waktu TW=12, RW=14 (late) → 59,33', () => {
    expect(pp46ActivityScore(activity(14))._unsafeUnwrap().time).toBe(59.33);
  });
  it('§1.10a: without cost the sum is divided by 3', () => {
    const score = pp46ActivityScore({ ...activity(12), quality: { target: 100, realisation: 90 } })._unsafeUnwrap();
    expect(score.total).toBe(266);
    expect(score.score).toBe(88.67);
    expect(score).not.toHaveProperty('cost');
  });
  it('§1.10a: an efficiency of exactly 24% takes the first formula, though 9.12/12 is not exact in binary', () => {
    const score = pp46ActivityScore(activity(9.12))._unsafeUnwrap();
    expect(score.time).toBe(100);
    expect(score.reasons[0]?.data).toEqual({ efficiency: 24 });
    expect(pp46ActivityScore({ ...activity(12), cost: { target: 11, realisation: 8.36 } })._unsafeUnwrap().cost).toBe(100);
  });
  it('§1.10a: cost efficiency above 24% takes the second formula', () => {
    const score = pp46ActivityScore({ ...activity(12), cost: { target: 100, realisation: 50 } })._unsafeUnwrap();
    expect(score.cost).toBe(50);
  });
  it('refuses a zero target or a negative realisation', () => {
    expect(pp46ActivityScore({ ...activity(12), time: { target: 0, realisation: 1 } })._unsafeUnwrapErr().code).toBe('performance/invalid-input');
    expect(pp46ActivityScore(activity(-1))._unsafeUnwrapErr().code).toBe('performance/invalid-input');
  });
});

describe('pp46ActivityScore — the 24 % boundary and the quantity', () => {
  const basis = { instrument: 'Perka BKN 1/2013', article: 'Lampiran (cara perhitungan capaian SKP)' };
  it('uses the ≤ 24 % formula at exactly 24 %, and the other just above, in both languages', () => {
    expect(pp46ActivityScore(activity(9.12))._unsafeUnwrap().reasons).toEqual([
      {
        code: 'performance/pp46-time',
        severity: 'info',
        basis,
        message: { id: 'Efisiensi waktu 24%: rumus efisiensi ≤ 24%; nilai waktu 100.', en: 'Time efficiency 24%: the ≤ 24% formula; time value 100.' },
        data: { efficiency: 24 },
      },
    ]);
    expect(pp46ActivityScore(activity(9.1))._unsafeUnwrap().reasons[0]?.message).toEqual({
      id: 'Efisiensi waktu 24.17%: rumus efisiensi > 24%; nilai waktu 75.83.',
      en: 'Time efficiency 24.17%: the > 24% formula; time value 75.83.',
    });
  });

  it('measures the quantity as realisation over target', () => {
    const score = pp46ActivityScore({ ...activity(12), quantity: { target: 10, realisation: 8 } })._unsafeUnwrap();
    expect(score.quantity).toBe(80);
  });
});

describe('properties', () => {
  it('finishing earlier never lowers the time value while efficiency stays within 24%', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 24 }), fc.integer({ min: 1, max: 40 }), (rwLate, extra) => {
        const early = pp46ActivityScore(activity(rwLate))._unsafeUnwrap().time;
        const late = pp46ActivityScore(activity(rwLate + extra))._unsafeUnwrap().time;
        expect(early).toBeGreaterThanOrEqual(late);
      }),
    );
  });
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, (value) => {
        const result = pp46ActivityScore(untyped(value));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
