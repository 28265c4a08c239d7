import type { CalendarYearData } from '../types';
import { decodeYear, type YearSpec } from './decode';

/** The days of 2026, written compactly (see ./decode.ts). */
export const SPEC_2026: YearSpec = {
  year: 2026,
  instruments: 's1497/2025, 2/2025, 5/2025|2025-09-19;k42/2025|2025-12-31',
  days:
    '0101h0,ny;0116h0,im;0216c1,ccn,2577;0217h0,cn,2577;0318c1,csA,1948;0319h0,sA,1948;0320c1,cfi,1447 H;' +
    '0321h0,fi,1447 H;0322h0,fi,1447 H;0323c1,cfi,1447 H;0324c1,cfi,1447 H;0403h0,gy;0405h0,ey;0501h0,lb;' +
    '0514h0,ay;0515c1,cay;0527h0,ai,1447 H;0528c1,cai,1447 H;0531h0,ve,2570 BE;0601h0,pa;0616h0,iS,1448 H;' +
    '0817h0,ip;0825h0,mn;1224c1,cxy;1225h0,xy',
};

/**
 * The official ASN non-working days of 2026: 17 national holidays (SKB 1497/2025, 2/2025, 5/2025 of 19 Sep 2025)
 * and 8 cuti bersama (Keppres 42/2025 of 31 Dec 2025).
 *
 * @example
 * ```ts
 * import { CALENDAR_DATA_2026 } from 'asn-kit/calendar';
 * CALENDAR_DATA_2026.days.filter((day) => day.kind === 'collective-leave').length; // => 8
 * ```
 */
export const CALENDAR_DATA_2026: CalendarYearData = /* @__PURE__ */ decodeYear(SPEC_2026, { counts: [17, 8] });
