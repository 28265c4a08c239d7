import type { CalendarYearData } from '../types';
import { decodeYear, type YearSpec } from './decode';

/** The days of 2023, written compactly (see ./decode.ts). */
export const SPEC_2023: YearSpec = {
  year: 2023,
  instruments: 's1066/2022, 3/2022, 3/2022|2022-10-11;k24/2022|2022-12-23;a327/2023, 1/2023, 1/2023|2023-03-29;p8/2023|2023-04-13;a624/2023, 2/2023, 2/2023|2023-06-16;p16/2023|2023-06-22',
  days:
    '0101h0,ny;0122h0,cn,2574;0123c1,ccn,2574;0218h0,im;0322h0,sa,1945;0323c1,csH,1945;0407h0,ga;' +
    '0419c3,cfR,1444 Hijriah,+2;0420c3,cfR,1444 Hijriah,+2;0421c1,cfR,1444 Hijriah,=2=3;0422h0,fR,1444 Hijriah;' +
    '0423h0,fR,1444 Hijriah;0424c1,cfR,1444 Hijriah,=2=3;0425c1,cfR,1444 Hijriah,=2=3;0501h0,lb;0518h0,aa;' +
    '0601h0,pa;0602c1,cvr;0604h0,ve,2567 BE;0628c5,caD,1444 Hijriah,+4;0629h0,aD,1444 Hijriah;' +
    '0630c5,caD,1444 Hijriah,+4;0719h0,is,1445 Hijriah;0817h0,iN;0928h0,mn;1225h0,xm;1226c1,cxr',
  superseded: '0426c3,cfR,1444 Hijriah,-2-',
};

/**
 * The official ASN non-working days of 2023: 16 national holidays and 11 cuti bersama. Instruments: SKB 1066/2022,
 * 3/2022, 3/2022 (11 Oct 2022: 8 cuti bersama); Keppres 24/2022 (23 Dec 2022: the same for ASN); the amendment
 * SKB 327/2023, 1/2023, 1/2023 (29 Mar 2023: Idulfitri cuti bersama on 19, 20, 21, 24 and 25 April instead of 21
 * and 24–26 April) and for ASN Keppres 8/2023 (13 Apr 2023); the second amendment SKB 624/2023, 2/2023, 2/2023
 * (dated 16 Jun 2023: cuti bersama on 28 and 30 June) and for ASN Keppres 16/2023 (22 Jun 2023).
 *
 * @example
 * ```ts
 * import { CALENDAR_DATA_2023 } from 'asn-kit/calendar';
 * CALENDAR_DATA_2023.superseded?.map((day) => day.date); // => ['2023-04-26']
 * ```
 */
export const CALENDAR_DATA_2023: CalendarYearData = /* @__PURE__ */ decodeYear(SPEC_2023, { counts: [16, 11], instrumentNotes: {
    2: 'Idulfitri cuti bersama on 19, 20, 21, 24 and 25 Apr 2023 (26 Apr dropped)',
    3: 'the same Idulfitri cuti bersama for ASN',
    4: 'adds cuti bersama on 28 and 30 Jun 2023 (the letter is dated 16 Jun 2023 and was published on 20 Jun 2023)',
    5: 'adds the same two days for ASN',
} });
