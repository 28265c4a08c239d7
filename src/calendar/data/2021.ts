import type { CalendarYearData } from '../types';
import { decodeYear, type YearSpec } from './decode';

/** The days of 2021, written compactly (see ./decode.ts). */
export const SPEC_2021: YearSpec = {
  year: 2021,
  instruments: 's642/2020, 4/2020, 4/2020|2020-09-10;a281/2021, 1/2021, 1/2021|2021-02-22;k7/2021|2021-04-09;a712/2021, 1/2021, 3/2021|2021-06-18',
  days:
    '0101h0,ny;0212h0,cn,2572;0311h0,im;0314h0,sa,1943;0402h0,gf;0501h0,lb;0512c2,cfr,1442 Hijriah,=1;0513h0,as;' +
    '0513h0,fr,1442 Hijriah;0514h0,fr,1442 Hijriah;0526h0,ve,2565;0601h0,pa;0720h0,ad,1442 Hijriah;' +
    '0811h3,is,1443 Hijriah,<0810;0817h0,iN;1020h3,mn,,<1019;1225h0,xm',
  superseded:
    '0312c1,cim,,-;0517c1,cfr,1442 Hijriah,-;0518c1,cfr,1442 Hijriah,-;0519c1,cfr,1442 Hijriah,-;' +
    '0810h3,is,1443 Hijriah,>0811;1019h3,mn,,>1020;1224c3,cxr,,-!0;1227c1,cxr,,-',
  notes: [
    'Keppres 7/2021 lists it as ASN cuti bersama and no amending Keppres was found, but SE MenPANRB 26/2021 barred ' +
      'ASN from leave from 24 Dec 2021 to 2 Jan 2022: a working day for ASN',
  ],
};

/**
 * The official ASN non-working days of 2021: 16 national holidays on 15 dates (13 May is both Kenaikan Isa Al
 * Masih and Idul Fitri) and 1 cuti bersama, as in force at the end of the year. Instruments: SKB 642/2020, 4/2020,
 * 4/2020 (10 Sep 2020); its amendment SKB 281/2021, 1/2021, 1/2021 (22 Feb 2021: cuti bersama cut from 7 to 2);
 * Keppres 7/2021 (9 Apr 2021: ASN cuti bersama on 12 May and 24 Dec); the second amendment SKB 712/2021, 1/2021,
 * 3/2021 (18 Jun 2021: Tahun Baru Islam to 11 Aug, Maulid to 20 Oct, 24 Dec no longer cuti bersama).
 *
 * 24 December 2021 is a working day: SKB 712/2021 removed it and SE MenPANRB 26/2021 barred ASN from leave from
 * 24 December 2021 to 2 January 2022, although Keppres 7/2021 listed it and no amending Keppres was found; its
 * superseded entry says so. The other superseded dates (12 March; 17–19 May; 27 December; 10 August; 19 October)
 * keep what they were and the amendment that moved or removed them.
 *
 * @example
 * ```ts
 * import { CALENDAR_DATA_2021 } from 'asn-kit/calendar';
 * CALENDAR_DATA_2021.days.filter((day) => day.kind === 'collective-leave').map((day) => day.date); // => ['2021-05-12']
 * CALENDAR_DATA_2021.superseded?.find((day) => day.date === '2021-03-12')?.basis.instrument;
 * // => 'SKB 281/2021, 1/2021, 1/2021'
 * ```
 */
export const CALENDAR_DATA_2021: CalendarYearData = /* @__PURE__ */ decodeYear(SPEC_2021, { counts: [16, 1], instrumentNotes: {
    1: "cuti bersama cut from 7 days to 2, as decided at the ministers' meeting of 22 Feb 2021 (the signing day is not published)",
} });
