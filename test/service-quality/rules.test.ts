import { describe, expect, it } from 'vitest';
import { ruleInForce, type IsoDate } from '../../src/core';
import {
  COMPLAINT_RESPONSE_DEADLINES,
  COMPLAINT_STATUS_LABELS,
  FEEDBACK_CHANNEL_LABELS,
  FEEDBACK_KIND_LABELS,
  FORUM_KIND_LABELS,
  SKM_SCHEME_BY_ID,
  SKM_SCHEMES,
} from '../../src/service-quality';

describe('SKM_SCHEMES', () => {
  it('holds the 2017 and 2004 schemes (TSDoc examples)', () => {
    expect(SKM_SCHEMES.rows.map((row) => row.scheme)).toEqual(['2017', '2004']);
    expect(SKM_SCHEME_BY_ID['2004'].elements.length).toBe(14);
  });

  it('§4.1: the 9 unsur of PermenPANRB 14/2017, in order', () => {
    expect(SKM_SCHEME_BY_ID['2017'].elements.map((element) => element.label.id)).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme, dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Penanganan Pengaduan, Saran dan Masukan',
      'Sarana dan Prasarana',
    ]);
  });

  it('§4.1: the interval tables of 2017 (docs/interpretations.md#satisfaction-index) and 2004', () => {
    expect(SKM_SCHEME_BY_ID['2017'].bands.map((band) => [band.grade, band.from, band.to, band.label.id])).toEqual([
      ['A', 88.31, 100, 'Sangat Baik'],
      ['B', 76.61, 88.3, 'Baik'],
      ['C', 65, 76.6, 'Kurang Baik'],
      ['D', 25, 64.99, 'Tidak Baik'],
    ]);
    expect(SKM_SCHEME_BY_ID['2004'].bands.map((band) => [band.grade, band.from, band.to])).toEqual([
      ['A', 81.26, 100],
      ['B', 62.51, 81.25],
      ['C', 43.76, 62.5],
      ['D', 25, 43.75],
    ]);
  });

  it('the 2004 row has ended and the 2017 row is in force', () => {
    expect(ruleInForce(SKM_SCHEMES, '2026-01-01' as IsoDate)._unsafeUnwrap().scheme).toBe('2017');
    expect(ruleInForce(SKM_SCHEMES, '2010-01-01' as IsoDate)._unsafeUnwrap().scheme).toBe('2004');
  });
});

describe('COMPLAINT_RESPONSE_DEADLINES', () => {
  it('§4.2: 14 calendar days from UU 25/2009 (TSDoc examples)', () => {
    expect(COMPLAINT_RESPONSE_DEADLINES.rows[0]?.days).toBe(14);
    expect(COMPLAINT_RESPONSE_DEADLINES.rows[0]?.count).toBe('calendar');
    expect(COMPLAINT_RESPONSE_DEADLINES.rows[0]?.effective).toEqual({ from: '2009-07-18' });
  });
});

describe('labels', () => {
  it('carry the Indonesian labels (TSDoc examples)', () => {
    expect(FEEDBACK_CHANNEL_LABELS['suggestion-box'].id).toBe('Kotak saran');
    expect(FEEDBACK_CHANNEL_LABELS.lapor.id).toBe('SP4N-LAPOR!');
    expect(FEEDBACK_KIND_LABELS.complaint.id).toBe('Pengaduan');
    expect(FORUM_KIND_LABELS['open-forum'].id).toBe('Forum diskusi terbuka');
    expect(COMPLAINT_STATUS_LABELS.overdue.id).toBe('Melewati batas waktu');
    expect(Object.keys(FEEDBACK_CHANNEL_LABELS)).toHaveLength(12);
  });
});
