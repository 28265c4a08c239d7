import type { CalendarYearData } from '../types';
import { decodeYear, type YearSpec } from './decode';

/** The days of 2027, written compactly (see ./decode.ts). */
export const SPEC_2027: YearSpec = {
  year: 2027,
  instruments: 's1205/2026, 3/2026, 2/2026|2026-09-15',
  days:
    '0101h0,ny;0105h0,iM,1448 H;0205c0,ccn,2578;0206h0,cn,2578;0308h0,sA,1949;0309c0,cfR,1448 Hijriah;' +
    '0310h0,fi,1448 Hijriah;0311h0,fi,1448 Hijriah;0312c0,cfR,1448 Hijriah;0315c0,cfR,1448 Hijriah;0325c0,cgy;' +
    '0326h0,gy;0328h0,ey;0501h0,lb;0506h0,ay;0517h0,ai,1448 Hijriah;0518c0,cai,1448 Hijriah;0519c0,cvR,2571 BE;' +
    '0520h0,ve,2571 BE;0601h0,pa;0606h0,iS,1449 Hijriah;0815h0,mN;0817h0,ip;1224c0,cxY;1225h0,xY;1226h0,iM,1449 H',
  provisional: {
    reason: {
      id:
        'Keppres cuti bersama Pegawai ASN Tahun 2027 belum terbit; tanggal Idulfitri dan Iduladha 1448 H menunggu ' +
        'Keputusan Menteri Agama.',
      en:
        'The Keppres on the cuti bersama of ASN for 2027 is not issued yet; the dates of Idulfitri and Iduladha ' +
        '1448 H await a decree of the Minister of Religious Affairs.',
    },
    basis: { instrument: 'SKB 1205/2026, 3/2026, 2/2026', article: 'Diktum KEDUA' },
  },
};

/**
 * The official ASN non-working days of 2027 as decreed so far: 18 national holidays and 8 cuti bersama by SKB
 * 1205/2026, 3/2026, 2/2026 (15 Sep 2026). **Provisional**: the Keppres on the cuti bersama of ASN for 2027 is not
 * issued yet, and Diktum KEDUA of the SKB leaves 1 Ramadan, Idulfitri and Iduladha 1448 H to a decree of the
 * Minister of Religious Affairs, so those days may still move. Every result that counts or classifies a day of 2027
 * carries a `calendar/provisional-year` warning. A release replaces this table once the Keppres is signed.
 *
 * @example
 * ```ts
 * import { CALENDAR_DATA_2027 } from 'asn-kit/calendar';
 * CALENDAR_DATA_2027.provisional?.basis.instrument; // => 'SKB 1205/2026, 3/2026, 2/2026'
 * CALENDAR_DATA_2027.counts; // => { holidays: 18, collectiveLeave: 8 }
 * ```
 */
export const CALENDAR_DATA_2027: CalendarYearData = /* @__PURE__ */ decodeYear(SPEC_2027, { counts: [18, 8] });
