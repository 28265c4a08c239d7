import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { predikatFollowUp } from '../../src/performance/index';
import { untyped } from './fixtures';
import { hostileArbitrary } from './arbitraries';

describe('predikatFollowUp', () => {
  it('Sangat Baik brings rewards and 150% credit points', () => {
    const followUp = predikatFollowUp('very-good')._unsafeUnwrap();
    expect(followUp.label.id).toBe('Sangat Baik');
    expect(followUp.rewards.map((action) => action.text.en)).toEqual([
      'Performance reward and priority in career development (talent pool)',
      'Functional credit points at 150% of the coefficient',
    ]);
    expect(followUp.sanctions).toEqual([]);
    expect(followUp.basis.instrument).toBe('PermenPANRB 6/2022');
  });
  it('Baik has no sanction', () => {
    expect(predikatFollowUp('good')._unsafeUnwrap().sanctions).toEqual([]);
  });
  it('Butuh Perbaikan brings coaching and an improvement plan', () => {
    expect(predikatFollowUp('needs-improvement')._unsafeUnwrap().development).toHaveLength(2);
  });
  it('Kurang/Misconduct points to the discipline rules', () => {
    const followUp = predikatFollowUp('poor')._unsafeUnwrap();
    expect(followUp.sanctions.map((action) => action.basis.instrument)).toEqual(['PP 94/2021', 'PermenPANRB 1/2023']);
  });
  it('Sangat Kurang brings sanctions', () => {
    expect(predikatFollowUp('very-poor')._unsafeUnwrap().sanctions).toHaveLength(2);
  });
  it('uses the rules in force on a date', () => {
    expect(predikatFollowUp('good', { asOf: '2024-12-31' }).isOk()).toBe(true);
    expect(predikatFollowUp('good', { asOf: '2021-12-31' })._unsafeUnwrapErr().code).toBe('performance/no-rule-in-force');
  });
  it('refuses bad input', () => {
    expect(predikatFollowUp(untyped('Baik'))._unsafeUnwrapErr().code).toBe('performance/unknown-predikat');
    expect(predikatFollowUp('good', untyped({ asOf: 7 }))._unsafeUnwrapErr().code).toBe('performance/invalid-input');
  });
});

describe('properties', () => {
  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(hostileArbitrary, hostileArbitrary, (value, options) => {
        const result = predikatFollowUp(untyped(value), untyped(options));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
