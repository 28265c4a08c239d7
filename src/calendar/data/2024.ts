import type { CalendarYearData } from '../types';
import { deepFrozen } from '../../core/frozen';

// Source: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB 855/2023, 3/2023, 4/2023 (12 Sep 2023);
// ASN cuti bersama: Keppres 7/2024 (9 Jan 2024); election days: Keppres 10/2024 and Keppres 33/2024.
// 17 holidays, 2 ad-hoc holidays, 10 cuti bersama (docs/interpretations.md#built-in-holidays).

const SKB = /* @__PURE__ */ deepFrozen({
  instrument: 'SKB 855/2023, 3/2023, 4/2023',
  note: 'SKB Menag, Menaker dan MenPANRB tentang Hari Libur Nasional dan Cuti Bersama Tahun 2024 (12 Sep 2023)',
} as const);
const KEPPRES = /* @__PURE__ */ deepFrozen({
  instrument: 'Keppres 7/2024',
  note: 'Cuti bersama Pegawai ASN Tahun 2024 (9 Jan 2024); does not reduce annual leave (docs/interpretations.md#collective-leave)',
} as const);

/**
 * The official ASN non-working days of 2024: 17 national holidays (SKB 855/2023, 3/2023, 4/2023), the two
 * election days declared holidays by Keppres 10/2024 and Keppres 33/2024 (`adHoc: true`), and 10 cuti bersama
 * (Keppres 7/2024) (docs/interpretations.md#built-in-holidays).
 *
 * @see Based on: the SKB and Keppres as published, checked against at least two independent reports of the SKB.
 * @example
 * ```ts
 * import { CALENDAR_DATA_2024 } from 'asn-kit/calendar';
 * CALENDAR_DATA_2024.days.filter((day) => day.adHoc === true).map((day) => day.date);
 * // => ['2024-02-14', '2024-11-27']
 * ```
 */
export const CALENDAR_DATA_2024: CalendarYearData = /* @__PURE__ */ deepFrozen({
  year: 2024,
  instruments: [
    {
      role: 'skb',
      basis: SKB,
      signed: '2023-09-12',
      title: { id: 'Hari Libur Nasional dan Cuti Bersama Tahun 2024', en: 'National holidays and collective leave 2024' },
    },
    {
      role: 'asn-keppres',
      basis: KEPPRES,
      signed: '2024-01-09',
      title: { id: 'Cuti Bersama Pegawai Aparatur Sipil Negara Tahun 2024', en: 'ASN collective leave 2024' },
    },
    {
      role: 'ad-hoc',
      basis: { instrument: 'Keppres 10/2024' },
      signed: '2024-02-06',
      title: {
        id: 'Hari Pemungutan Suara Pemilihan Umum Tahun 2024 sebagai Hari Libur Nasional',
        en: 'The 2024 general election voting day as a national holiday',
      },
    },
    {
      role: 'ad-hoc',
      basis: { instrument: 'Keppres 33/2024' },
      signed: '2024-11-21',
      title: {
        id: 'Hari Pemungutan Suara Pemilihan Serentak Tahun 2024 sebagai Hari Libur Nasional',
        en: 'The 2024 simultaneous regional election voting day as a national holiday',
      },
    },
  ],
  days: [
    { date: '2024-01-01', kind: 'holiday', name: { id: 'Tahun Baru 2024 Masehi', en: "New Year's Day 2024" }, basis: SKB },
    { date: '2024-02-08', kind: 'holiday', name: { id: 'Isra Mikraj Nabi Muhammad SAW', en: 'Ascension of the Prophet Muhammad (Isra Mikraj)' }, basis: SKB },
    { date: '2024-02-09', kind: 'collective-leave', name: { id: 'Cuti bersama Tahun Baru Imlek 2575 Kongzili', en: 'Collective leave for Chinese New Year 2575 Kongzili' }, basis: KEPPRES },
    { date: '2024-02-10', kind: 'holiday', name: { id: 'Tahun Baru Imlek 2575 Kongzili', en: 'Chinese New Year 2575 Kongzili' }, basis: SKB },
    { date: '2024-02-14', kind: 'holiday', name: { id: 'Hari pemungutan suara Pemilu 2024', en: 'General election voting day 2024' }, basis: { instrument: 'Keppres 10/2024', note: 'Ad-hoc national holiday (6 Feb 2024)' }, adHoc: true },
    { date: '2024-03-11', kind: 'holiday', name: { id: 'Hari Suci Nyepi Tahun Baru Saka 1946', en: 'Day of Silence (Nyepi), Saka New Year 1946' }, basis: SKB },
    { date: '2024-03-12', kind: 'collective-leave', name: { id: 'Cuti bersama Nyepi', en: 'Collective leave for Nyepi' }, basis: KEPPRES },
    { date: '2024-03-29', kind: 'holiday', name: { id: 'Wafat Isa Al Masih', en: 'Good Friday' }, basis: SKB },
    { date: '2024-03-31', kind: 'holiday', name: { id: 'Hari Paskah', en: 'Easter Sunday' }, basis: SKB },
    { date: '2024-04-08', kind: 'collective-leave', name: { id: 'Cuti bersama Idul Fitri 1445 H', en: 'Collective leave for Eid al-Fitr 1445 H' }, basis: KEPPRES },
    { date: '2024-04-09', kind: 'collective-leave', name: { id: 'Cuti bersama Idul Fitri 1445 H', en: 'Collective leave for Eid al-Fitr 1445 H' }, basis: KEPPRES },
    { date: '2024-04-10', kind: 'holiday', name: { id: 'Hari Raya Idul Fitri 1445 H', en: 'Eid al-Fitr 1445 H' }, basis: SKB },
    { date: '2024-04-11', kind: 'holiday', name: { id: 'Hari Raya Idul Fitri 1445 H', en: 'Eid al-Fitr 1445 H' }, basis: SKB },
    { date: '2024-04-12', kind: 'collective-leave', name: { id: 'Cuti bersama Idul Fitri 1445 H', en: 'Collective leave for Eid al-Fitr 1445 H' }, basis: KEPPRES },
    { date: '2024-04-15', kind: 'collective-leave', name: { id: 'Cuti bersama Idul Fitri 1445 H', en: 'Collective leave for Eid al-Fitr 1445 H' }, basis: KEPPRES },
    { date: '2024-05-01', kind: 'holiday', name: { id: 'Hari Buruh Internasional', en: 'International Labour Day' }, basis: SKB },
    { date: '2024-05-09', kind: 'holiday', name: { id: 'Kenaikan Isa Al Masih', en: 'Ascension of Jesus Christ' }, basis: SKB },
    { date: '2024-05-10', kind: 'collective-leave', name: { id: 'Cuti bersama Kenaikan Isa Al Masih', en: 'Collective leave for the Ascension of Jesus Christ' }, basis: KEPPRES },
    { date: '2024-05-23', kind: 'holiday', name: { id: 'Hari Raya Waisak 2568 BE', en: 'Vesak Day 2568 BE' }, basis: SKB },
    { date: '2024-05-24', kind: 'collective-leave', name: { id: 'Cuti bersama Waisak', en: 'Collective leave for Vesak' }, basis: KEPPRES },
    { date: '2024-06-01', kind: 'holiday', name: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' }, basis: SKB },
    { date: '2024-06-17', kind: 'holiday', name: { id: 'Hari Raya Idul Adha 1445 H', en: 'Eid al-Adha 1445 H' }, basis: SKB },
    { date: '2024-06-18', kind: 'collective-leave', name: { id: 'Cuti bersama Idul Adha 1445 H', en: 'Collective leave for Eid al-Adha 1445 H' }, basis: KEPPRES },
    { date: '2024-07-07', kind: 'holiday', name: { id: 'Tahun Baru Islam 1446 H', en: 'Islamic New Year 1446 H' }, basis: SKB },
    { date: '2024-08-17', kind: 'holiday', name: { id: 'Hari Kemerdekaan RI', en: 'Independence Day' }, basis: SKB },
    { date: '2024-09-16', kind: 'holiday', name: { id: 'Maulid Nabi Muhammad SAW', en: 'Birthday of the Prophet Muhammad' }, basis: SKB },
    { date: '2024-11-27', kind: 'holiday', name: { id: 'Hari pemungutan suara Pilkada serentak', en: 'Simultaneous regional election voting day' }, basis: { instrument: 'Keppres 33/2024', note: 'Ad-hoc national holiday (21 Nov 2024)' }, adHoc: true },
    { date: '2024-12-25', kind: 'holiday', name: { id: 'Hari Raya Natal', en: 'Christmas Day' }, basis: SKB },
    { date: '2024-12-26', kind: 'collective-leave', name: { id: 'Cuti bersama Natal', en: 'Collective leave for Christmas' }, basis: KEPPRES },
  ],
});
