import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core';
import { leaveRuleRow, noLeaveRule } from '../../src/leave/rule-lookup';
import { pns, pppk } from './fixtures';

const on = (text: string): IsoDate => text as IsoDate;

describe('leaveRuleRow', () => {
  it('a row for the position type wins while in force: a guru PNS had no annual leave of his own before PP 17/2020', () => {
    const guru = pns({ position: { type: 'guru' } });
    expect(leaveRuleRow('annual', guru, 'regular', on('2019-06-03'))?.entitled).toBe(false);
    expect(leaveRuleRow('annual', guru, 'regular', on('2020-02-28'))?.entitled).toBe(true);
    expect(leaveRuleRow('annual', pns(), 'regular', on('2019-06-03'))?.entitled).toBe(true);
  });

  it('no row before the rules, or for a ground the kind does not have', () => {
    expect(leaveRuleRow('annual', pns(), 'regular', on('2017-04-06'))).toBeUndefined();
    expect(leaveRuleRow('annual', pns(), 'extended', on('2026-01-05'))).toBeUndefined();
  });
});

describe('noLeaveRule', () => {
  it('a CPNS has no cuti besar: leave/kind-not-available under PP 11/2017 Pasal 340, saying why', () => {
    const error = noLeaveRule('major', pns({ kind: 'CPNS' }), 'regular', on('2026-01-05'));
    expect([error.code, error.basis.instrument, error.basis.article, error.data]).toEqual(['leave/kind-not-available', 'PP 11/2017', 'Pasal 340', { kind: 'major', employeeKind: 'CPNS', date: '2026-01-05' }]);
    expect(error.message).toEqual({
      id: 'Jenis cuti ini tidak tersedia bagi CPNS pada 2026-01-05 (cuti besar dan CLTN tidak berlaku bagi CPNS).',
      en: 'This kind of leave is not available to a CPNS on 2026-01-05 (no cuti besar or CLTN for a CPNS).',
    });
  });

  it('a PNS before PP 11/2017 cites Pasal 310; a PPPK before PP 49/2018 cites its Pasal 77', () => {
    const early = noLeaveRule('annual', pns(), 'regular', on('2017-01-02'));
    expect([early.code, early.basis.article, early.message.en]).toEqual(['leave/kind-not-available', 'Pasal 310', 'This kind of leave is not available to a PNS on 2017-01-02.']);
    expect(early.message.id).toBe('Jenis cuti ini tidak tersedia bagi PNS pada 2017-01-02.');
    const pppkEarly = noLeaveRule('annual', pppk(), 'regular', on('2018-01-02'));
    expect([pppkEarly.basis.instrument, pppkEarly.basis.article]).toEqual(['PP 49/2018', 'Pasal 77']);
  });

  it('a ground the kind does not have: leave/ground-not-available with the grounds it has', () => {
    const error = noLeaveRule('major', pns(), 'extended', on('2026-01-05'));
    expect([error.code, error.basis.article, error.data]).toEqual(['leave/ground-not-available', 'Pasal 310', { kind: 'major', ground: 'extended', allowed: ['regular', 'first-hajj', 'fourth-birth'] }]);
    expect(error.message).toEqual({ id: 'Alasan "extended" tidak berlaku untuk jenis cuti ini.', en: 'The ground "extended" does not apply to this kind of leave.' });
  });
});
