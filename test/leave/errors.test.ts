import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core';
import { leaveError, refusal } from '../../src/leave/errors';

const BALANCE = leaveError('leave/insufficient-balance', { instrument: 'PP 11/2017', article: 'Pasal 310' }, { id: 'Sisa cuti kurang.', en: 'Not enough days.' },
  { requested: 14, available: 12, year: 2026 });
const NOTICE = leaveError('leave/overlap', { instrument: 'PP 11/2017' }, { id: 'Terlambat.', en: 'Too late.' },
  { other: 'R-1', from: '2026-03-02' as IsoDate, to: '2026-03-06' as IsoDate, status: 'approved' });
const INVALID = leaveError('leave/invalid-input', { instrument: 'PP 11/2017' }, { id: 'Masukan tidak valid.', en: 'Invalid input.' }, { issues: [] });

describe('refusal', () => {
  it('lists every violation, counted, under PP 11/2017 Pasal 309–341', () => {
    const refused = refusal([BALANCE, NOTICE]);
    expect([refused.code, refused.basis.instrument, refused.basis.article, refused.data]).toEqual(['leave/request-refused', 'PP 11/2017', 'Pasal 309–341', { count: 2 }]);
    expect(refused.message).toEqual({
      id: 'Permintaan cuti tidak dapat diproses: 2 pelanggaran (leave/insufficient-balance, leave/overlap).',
      en: 'The leave request cannot be granted: 2 violation(s) (leave/insufficient-balance, leave/overlap).',
    });
    expect(refused.violations).toEqual([BALANCE, NOTICE]);
  });

  it('a single violation that is not invalid input is still a refusal', () => {
    expect(refusal([BALANCE]).code).toBe('leave/request-refused');
  });

  it('a lone invalid-input error is passed on as it is; with another violation it is listed', () => {
    expect(refusal([INVALID])).toEqual({ ...INVALID, violations: [INVALID] });
    expect(refusal([INVALID, BALANCE]).code).toBe('leave/request-refused');
  });
});
