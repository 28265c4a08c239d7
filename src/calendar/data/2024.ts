import type { CalendarYearData } from '../types';
import { decodeYear, type YearSpec } from './decode';

/** The days of 2024, written compactly (see ./decode.ts). */
export const SPEC_2024: YearSpec = {
  year: 2024,
  instruments: 's855/2023, 3/2023, 4/2023|2023-09-12;k7/2024|2024-01-09;x10/2024|2024-02-06;x33/2024|2024-11-21',
  days:
    '0101h0,ny;0208h0,im;0209c1,ccn,2575;0210h0,cn,2575;0214x2,el;0311h0,sa,1946;0312c1,csa;0329h0,gf;0331h0,ea;' +
    '0408c1,cf,1445 H;0409c1,cf,1445 H;0410h0,fr,1445 H;0411h0,fr,1445 H;0412c1,cf,1445 H;0415c1,cf,1445 H;' +
    '0501h0,lb;0509h0,as;0510c1,cas;0523h0,ve,2568 BE;0524c1,cve;0601h0,pa;0617h0,ad,1445 H;0618c1,cad,1445 H;' +
    '0707h0,is,1446 H;0817h0,in;0916h0,mn;1127x3,rl;1225h0,xm;1226c1,cxm',
};

/**
 * The official ASN non-working days of 2024: 17 national holidays (SKB 855/2023, 3/2023, 4/2023 of 12 Sep 2023),
 * the two election days declared holidays by Keppres 10/2024 and Keppres 33/2024 (`adHoc: true`), and 10 cuti
 * bersama (Keppres 7/2024 of 9 Jan 2024).
 *
 * @example
 * ```ts
 * import { CALENDAR_DATA_2024 } from 'asn-kit/calendar';
 * CALENDAR_DATA_2024.days.filter((day) => day.adHoc === true).map((day) => day.date);
 * // => ['2024-02-14', '2024-11-27']
 * ```
 */
export const CALENDAR_DATA_2024: CalendarYearData = /* @__PURE__ */ decodeYear(SPEC_2024, { counts: [19, 10], instrumentNotes: {
    2: 'Hari Pemungutan Suara Pemilihan Umum Tahun 2024 sebagai Hari Libur Nasional|The 2024 general election voting day as a national holiday',
    3: 'Hari Pemungutan Suara Pemilihan Serentak Tahun 2024 sebagai Hari Libur Nasional|The 2024 simultaneous regional election voting day as a national holiday',
} });
