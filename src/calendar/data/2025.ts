import type { CalendarYearData } from '../types';
import { deepFrozen } from '../../core/frozen';

// Source: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB 1017/2024, 2/2024, 2/2024 (14 Oct 2024),
// amended by SKB 933/2025, 1/2025, 3/2025 (7 Aug 2025: cuti bersama on 18 Aug 2025); ASN cuti bersama:
// Keppres 2/2025 (16 Jan 2025). 17 holidays, 11 cuti bersama.

const SKB = /* @__PURE__ */ deepFrozen({
  instrument: 'SKB 1017/2024, 2/2024, 2/2024',
  note: 'SKB Menag, Menaker dan MenPANRB tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025 (14 Oct 2024)',
} as const);
const KEPPRES = /* @__PURE__ */ deepFrozen({
  instrument: 'Keppres 2/2025',
  note: 'Cuti bersama Pegawai ASN Tahun 2025 (16 Jan 2025); does not reduce annual leave (docs/interpretations.md#collective-leave)',
} as const);
const AMENDMENT = /* @__PURE__ */ deepFrozen({
  instrument: 'SKB 933/2025, 1/2025, 3/2025',
  note:
    'Amends SKB 1017/2024, 2/2024, 2/2024 (7 Aug 2025) to add cuti bersama on 18 Aug 2025. No amending ASN Keppres ' +
    'was found; asn-kit treats the day as ASN cuti bersama, as widely applied (docs/interpretations.md#built-in-holidays).',
} as const);

/**
 * The official ASN non-working days of 2025: 17 national holidays (SKB 1017/2024, 2/2024, 2/2024) and 11 cuti
 * bersama (Keppres 2/2025, plus 18 August added by the amending SKB 933/2025, 1/2025, 3/2025, whose row carries
 * a note: no amending ASN Keppres was found) (docs/interpretations.md#built-in-holidays).
 *
 * @see Based on: the SKB and Keppres as published; docs/interpretations.md#built-in-holidays.
 * @example
 * ```ts
 * import { CALENDAR_DATA_2025 } from 'asn-kit/calendar';
 * CALENDAR_DATA_2025.days.find((day) => day.date === '2025-08-18')?.basis.instrument;
 * // => 'SKB 933/2025, 1/2025, 3/2025'
 * ```
 */
export const CALENDAR_DATA_2025: CalendarYearData = /* @__PURE__ */ deepFrozen({
  year: 2025,
  instruments: [
    {
      role: 'skb',
      basis: SKB,
      signed: '2024-10-14',
      title: { id: 'Hari Libur Nasional dan Cuti Bersama Tahun 2025', en: 'National holidays and collective leave 2025' },
    },
    {
      role: 'asn-keppres',
      basis: KEPPRES,
      signed: '2025-01-16',
      title: { id: 'Cuti Bersama Pegawai Aparatur Sipil Negara Tahun 2025', en: 'ASN collective leave 2025' },
    },
    {
      role: 'amendment',
      basis: AMENDMENT,
      signed: '2025-08-07',
      title: {
        id: 'Perubahan atas SKB tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025',
        en: 'Amendment of the joint decree on national holidays and collective leave 2025',
      },
    },
  ],
  days: [
    { date: '2025-01-01', kind: 'holiday', name: { id: 'Tahun Baru 2025 Masehi', en: "New Year's Day 2025" }, basis: SKB },
    { date: '2025-01-27', kind: 'holiday', name: { id: 'Isra Mikraj Nabi Muhammad SAW', en: 'Ascension of the Prophet Muhammad (Isra Mikraj)' }, basis: SKB },
    { date: '2025-01-28', kind: 'collective-leave', name: { id: 'Cuti bersama Tahun Baru Imlek 2576 Kongzili', en: 'Collective leave for Chinese New Year 2576 Kongzili' }, basis: KEPPRES },
    { date: '2025-01-29', kind: 'holiday', name: { id: 'Tahun Baru Imlek 2576 Kongzili', en: 'Chinese New Year 2576 Kongzili' }, basis: SKB },
    { date: '2025-03-28', kind: 'collective-leave', name: { id: 'Cuti bersama Nyepi (Tahun Baru Saka 1947)', en: 'Collective leave for Nyepi (Saka New Year 1947)' }, basis: KEPPRES },
    { date: '2025-03-29', kind: 'holiday', name: { id: 'Hari Suci Nyepi (Tahun Baru Saka 1947)', en: 'Day of Silence (Nyepi), Saka New Year 1947' }, basis: SKB },
    { date: '2025-03-31', kind: 'holiday', name: { id: 'Idulfitri 1446 H', en: 'Eid al-Fitr 1446 H' }, basis: SKB },
    { date: '2025-04-01', kind: 'holiday', name: { id: 'Idulfitri 1446 H', en: 'Eid al-Fitr 1446 H' }, basis: SKB },
    { date: '2025-04-02', kind: 'collective-leave', name: { id: 'Cuti bersama Idulfitri 1446 H', en: 'Collective leave for Eid al-Fitr 1446 H' }, basis: KEPPRES },
    { date: '2025-04-03', kind: 'collective-leave', name: { id: 'Cuti bersama Idulfitri 1446 H', en: 'Collective leave for Eid al-Fitr 1446 H' }, basis: KEPPRES },
    { date: '2025-04-04', kind: 'collective-leave', name: { id: 'Cuti bersama Idulfitri 1446 H', en: 'Collective leave for Eid al-Fitr 1446 H' }, basis: KEPPRES },
    { date: '2025-04-07', kind: 'collective-leave', name: { id: 'Cuti bersama Idulfitri 1446 H', en: 'Collective leave for Eid al-Fitr 1446 H' }, basis: KEPPRES },
    { date: '2025-04-18', kind: 'holiday', name: { id: 'Wafat Yesus Kristus', en: 'Death of Jesus Christ (Good Friday)' }, basis: SKB },
    { date: '2025-04-20', kind: 'holiday', name: { id: 'Kebangkitan Yesus Kristus (Paskah)', en: 'Resurrection of Jesus Christ (Easter)' }, basis: SKB },
    { date: '2025-05-01', kind: 'holiday', name: { id: 'Hari Buruh Internasional', en: 'International Labour Day' }, basis: SKB },
    { date: '2025-05-12', kind: 'holiday', name: { id: 'Hari Raya Waisak 2569 BE', en: 'Vesak Day 2569 BE' }, basis: SKB },
    { date: '2025-05-13', kind: 'collective-leave', name: { id: 'Cuti bersama Waisak', en: 'Collective leave for Vesak' }, basis: KEPPRES },
    { date: '2025-05-29', kind: 'holiday', name: { id: 'Kenaikan Yesus Kristus', en: 'Ascension of Jesus Christ' }, basis: SKB },
    { date: '2025-05-30', kind: 'collective-leave', name: { id: 'Cuti bersama Kenaikan Yesus Kristus', en: 'Collective leave for the Ascension of Jesus Christ' }, basis: KEPPRES },
    { date: '2025-06-01', kind: 'holiday', name: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' }, basis: SKB },
    { date: '2025-06-06', kind: 'holiday', name: { id: 'Iduladha 1446 H', en: 'Eid al-Adha 1446 H' }, basis: SKB },
    { date: '2025-06-09', kind: 'collective-leave', name: { id: 'Cuti bersama Iduladha 1446 H', en: 'Collective leave for Eid al-Adha 1446 H' }, basis: KEPPRES },
    { date: '2025-06-27', kind: 'holiday', name: { id: '1 Muharam Tahun Baru Islam 1447 H', en: 'Islamic New Year 1447 H (1 Muharram)' }, basis: SKB },
    { date: '2025-08-17', kind: 'holiday', name: { id: 'Proklamasi Kemerdekaan', en: 'Independence Day' }, basis: SKB },
    { date: '2025-08-18', kind: 'collective-leave', name: { id: 'Cuti bersama HUT ke-80 RI', en: 'Collective leave for the 80th Independence anniversary' }, basis: AMENDMENT },
    { date: '2025-09-05', kind: 'holiday', name: { id: 'Maulid Nabi Muhammad SAW', en: 'Birthday of the Prophet Muhammad' }, basis: SKB },
    { date: '2025-12-25', kind: 'holiday', name: { id: 'Kelahiran Yesus Kristus', en: 'Nativity of Jesus Christ (Christmas)' }, basis: SKB },
    { date: '2025-12-26', kind: 'collective-leave', name: { id: 'Cuti bersama Kelahiran Yesus Kristus', en: 'Collective leave for the Nativity of Jesus Christ' }, basis: KEPPRES },
  ],
});
