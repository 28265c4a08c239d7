import type { CalendarYearData } from '../types';
import { decodeYear, type YearSpec } from './decode';

/** The days of 2025, written compactly (see ./decode.ts). */
export const SPEC_2025: YearSpec = {
  year: 2025,
  instruments: 's1017/2024, 2/2024, 2/2024|2024-10-14;k2/2025|2025-01-16;a933/2025, 1/2025, 3/2025|2025-08-07',
  days:
    '0101h0,ny;0127h0,im;0128c1,ccn,2576;0129h0,cn,2576;0328c1,csA,1947;0329h0,sA,1947;0331h0,fi,1446 H;' +
    '0401h0,fi,1446 H;0402c1,cfi,1446 H;0403c1,cfi,1446 H;0404c1,cfi,1446 H;0407c1,cfi,1446 H;0418h0,gy;0420h0,ey;' +
    '0501h0,lb;0512h0,ve,2569 BE;0513c1,cve;0529h0,ay;0530c1,cay;0601h0,pa;0606h0,ai,1446 H;0609c1,cai,1446 H;' +
    '0627h0,iS,1447 H;0817h0,ip;0818c2,ci8,,!0;0905h0,mn;1225h0,xy;1226c1,cxy',
  notes: [
    'added by SKB 933/2025, 1/2025, 3/2025 (7 Aug 2025). No amending ASN Keppres was found, so asn-kit treats the ' +
      'day as ASN cuti bersama, as it was widely applied',
  ],
};

/**
 * The official ASN non-working days of 2025: 17 national holidays (SKB 1017/2024, 2/2024, 2/2024 of 14 Oct 2024)
 * and 11 cuti bersama (Keppres 2/2025 of 16 Jan 2025, plus 18 August added by the amending SKB 933/2025, 1/2025,
 * 3/2025 of 7 Aug 2025, whose note says that no amending ASN Keppres was found).
 *
 * @example
 * ```ts
 * import { CALENDAR_DATA_2025 } from 'asn-kit/calendar';
 * CALENDAR_DATA_2025.days.find((day) => day.date === '2025-08-18')?.basis.instrument;
 * // => 'SKB 933/2025, 1/2025, 3/2025'
 * ```
 */
export const CALENDAR_DATA_2025: CalendarYearData = /* @__PURE__ */ decodeYear(SPEC_2025, { counts: [17, 11], instrumentNotes: {
    2: 'adds cuti bersama on 18 Aug 2025 (no amending ASN Keppres was found)',
} });
