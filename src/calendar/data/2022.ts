import type { CalendarYearData } from '../types';
import { decodeYear, type YearSpec } from './decode';

/** The days of 2022, written compactly (see ./decode.ts). */
export const SPEC_2022: YearSpec = {
  year: 2022,
  instruments: 's963/2021, 3/2021, 4/2021|2021-09-22;a375/2022, 1/2022, 1/2022|2022-04-07;k4/2022|2022-04-26;a678/2022, 2/2022, 2/2022|2022-07-07',
  days:
    '0101h0,ny;0201h0,cn,2573;0228h0,im;0303h0,sa,1944;0415h0,gF;0429c2,cfr,1443 Hijriah,+1;0501h0,lb;' +
    '0502h0,fr,1443 Hijriah;0503h0,fr,1443 Hijriah;0504c2,cfr,1443 Hijriah,+1;0505c2,cfr,1443 Hijriah,+1;' +
    '0506c2,cfr,1443 Hijriah,+1;0516h0,ve,2566 BE;0526h0,aS;0601h0,pa;0710h3,ad,1443 Hijriah,<0709;' +
    '0730h0,is,1444 Hijriah;0817h0,iN;1008h0,mn;1225h0,xm',
  superseded: '0709h3,ad,1443 Hijriah,>0710',
};

/**
 * The official ASN non-working days of 2022: 16 national holidays and 4 cuti bersama. Instruments: SKB 963/2021,
 * 3/2021, 4/2021 (22 Sep 2021: holidays only, cuti bersama to be set later in view of Covid-19); its amendment
 * SKB 375/2022, 1/2022, 1/2022 (7 Apr 2022: cuti bersama on 29 April and 4–6 May); Keppres 4/2022 (26 Apr 2022:
 * the same four days for ASN); the second amendment SKB 678/2022, 2/2022, 2/2022 (7 Jul 2022: Idul Adha from 9 to
 * 10 July). 26 December 2022 was never cuti bersama.
 *
 * @example
 * ```ts
 * import { CALENDAR_DATA_2022 } from 'asn-kit/calendar';
 * CALENDAR_DATA_2022.days.find((day) => day.date === '2022-07-10')?.basis.note;
 * // => 'moved from 2022-07-09 by SKB 678/2022, 2/2022, 2/2022 (7 Jul 2022)'
 * ```
 */
export const CALENDAR_DATA_2022: CalendarYearData = /* @__PURE__ */ decodeYear(SPEC_2022, { counts: [16, 4], instrumentNotes: {
    0: 'sets no cuti bersama (to be set later, in view of Covid-19)',
    1: 'adds cuti bersama on 29 Apr and 4, 5 and 6 May 2022',
    3: 'moves Idul Adha 1443 H to 10 Jul 2022, following KMA 668/2022',
} });
