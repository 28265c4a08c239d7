import type { CalendarYearData } from '../types';
import { deepFrozen } from '../../core/frozen';

// Source: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB 1497/2025, 2/2025, 5/2025 (19 Sep 2025);
// ASN cuti bersama: Keppres 42/2025 (31 Dec 2025). 17 holidays and
// 8 cuti bersama, 25 days in all (docs/interpretations.md#built-in-holidays).

const SKB = /* @__PURE__ */ deepFrozen({
  instrument: 'SKB 1497/2025, 2/2025, 5/2025',
  note: 'SKB Menag, Menaker dan MenPANRB tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (19 Sep 2025)',
} as const);
const KEPPRES = /* @__PURE__ */ deepFrozen({
  instrument: 'Keppres 42/2025',
  note: 'Cuti bersama Pegawai ASN Tahun 2026 (31 Dec 2025); does not reduce annual leave (docs/interpretations.md#collective-leave)',
} as const);

/**
 * The official ASN non-working days of 2026: 17 national holidays (SKB 1497/2025, 2/2025, 5/2025) and 8 cuti
 * bersama (Keppres 42/2025) (docs/interpretations.md#built-in-holidays).
 *
 * @see Based on: the SKB and Keppres as published.
 * @example
 * ```ts
 * import { CALENDAR_DATA_2026 } from 'asn-kit/calendar';
 * CALENDAR_DATA_2026.days.filter((day) => day.kind === 'collective-leave').length; // => 8
 * ```
 */
export const CALENDAR_DATA_2026: CalendarYearData = /* @__PURE__ */ deepFrozen({
  year: 2026,
  instruments: [
    {
      role: 'skb',
      basis: SKB,
      signed: '2025-09-19',
      title: { id: 'Hari Libur Nasional dan Cuti Bersama Tahun 2026', en: 'National holidays and collective leave 2026' },
    },
    {
      role: 'asn-keppres',
      basis: KEPPRES,
      signed: '2025-12-31',
      title: { id: 'Cuti Bersama Pegawai Aparatur Sipil Negara Tahun 2026', en: 'ASN collective leave 2026' },
    },
  ],
  days: [
    { date: '2026-01-01', kind: 'holiday', name: { id: 'Tahun Baru 2026 Masehi', en: "New Year's Day 2026" }, basis: SKB },
    { date: '2026-01-16', kind: 'holiday', name: { id: 'Isra Mikraj Nabi Muhammad SAW', en: 'Ascension of the Prophet Muhammad (Isra Mikraj)' }, basis: SKB },
    { date: '2026-02-16', kind: 'collective-leave', name: { id: 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', en: 'Collective leave for Chinese New Year 2577 Kongzili' }, basis: KEPPRES },
    { date: '2026-02-17', kind: 'holiday', name: { id: 'Tahun Baru Imlek 2577 Kongzili', en: 'Chinese New Year 2577 Kongzili' }, basis: SKB },
    { date: '2026-03-18', kind: 'collective-leave', name: { id: 'Cuti bersama Nyepi (Tahun Baru Saka 1948)', en: 'Collective leave for Nyepi (Saka New Year 1948)' }, basis: KEPPRES },
    { date: '2026-03-19', kind: 'holiday', name: { id: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', en: 'Day of Silence (Nyepi), Saka New Year 1948' }, basis: SKB },
    { date: '2026-03-20', kind: 'collective-leave', name: { id: 'Cuti bersama Idulfitri 1447 H', en: 'Collective leave for Eid al-Fitr 1447 H' }, basis: KEPPRES },
    { date: '2026-03-21', kind: 'holiday', name: { id: 'Idulfitri 1447 H', en: 'Eid al-Fitr 1447 H' }, basis: SKB },
    { date: '2026-03-22', kind: 'holiday', name: { id: 'Idulfitri 1447 H', en: 'Eid al-Fitr 1447 H' }, basis: SKB },
    { date: '2026-03-23', kind: 'collective-leave', name: { id: 'Cuti bersama Idulfitri 1447 H', en: 'Collective leave for Eid al-Fitr 1447 H' }, basis: KEPPRES },
    { date: '2026-03-24', kind: 'collective-leave', name: { id: 'Cuti bersama Idulfitri 1447 H', en: 'Collective leave for Eid al-Fitr 1447 H' }, basis: KEPPRES },
    { date: '2026-04-03', kind: 'holiday', name: { id: 'Wafat Yesus Kristus', en: 'Death of Jesus Christ (Good Friday)' }, basis: SKB },
    { date: '2026-04-05', kind: 'holiday', name: { id: 'Kebangkitan Yesus Kristus (Paskah)', en: 'Resurrection of Jesus Christ (Easter)' }, basis: SKB },
    { date: '2026-05-01', kind: 'holiday', name: { id: 'Hari Buruh Internasional', en: 'International Labour Day' }, basis: SKB },
    { date: '2026-05-14', kind: 'holiday', name: { id: 'Kenaikan Yesus Kristus', en: 'Ascension of Jesus Christ' }, basis: SKB },
    { date: '2026-05-15', kind: 'collective-leave', name: { id: 'Cuti bersama Kenaikan Yesus Kristus', en: 'Collective leave for the Ascension of Jesus Christ' }, basis: KEPPRES },
    { date: '2026-05-27', kind: 'holiday', name: { id: 'Iduladha 1447 H', en: 'Eid al-Adha 1447 H' }, basis: SKB },
    { date: '2026-05-28', kind: 'collective-leave', name: { id: 'Cuti bersama Iduladha 1447 H', en: 'Collective leave for Eid al-Adha 1447 H' }, basis: KEPPRES },
    { date: '2026-05-31', kind: 'holiday', name: { id: 'Hari Raya Waisak 2570 BE', en: 'Vesak Day 2570 BE' }, basis: SKB },
    { date: '2026-06-01', kind: 'holiday', name: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' }, basis: SKB },
    { date: '2026-06-16', kind: 'holiday', name: { id: '1 Muharam Tahun Baru Islam 1448 H', en: 'Islamic New Year 1448 H (1 Muharram)' }, basis: SKB },
    { date: '2026-08-17', kind: 'holiday', name: { id: 'Proklamasi Kemerdekaan', en: 'Independence Day' }, basis: SKB },
    { date: '2026-08-25', kind: 'holiday', name: { id: 'Maulid Nabi Muhammad SAW', en: 'Birthday of the Prophet Muhammad' }, basis: SKB },
    { date: '2026-12-24', kind: 'collective-leave', name: { id: 'Cuti bersama Kelahiran Yesus Kristus', en: 'Collective leave for the Nativity of Jesus Christ' }, basis: KEPPRES },
    { date: '2026-12-25', kind: 'holiday', name: { id: 'Kelahiran Yesus Kristus', en: 'Nativity of Jesus Christ (Christmas)' }, basis: SKB },
  ],
});
