/**
 * The plain baselines the benchmarks compare asn-kit with: the same rules written by hand over the same values,
 * nothing checked. One copy, shared by bench/calendar.bench.ts, bench/leave.bench.ts and bench/national-roster.ts.
 */
import type { Ledger } from '../src/leave';

/** Days from 1970-01-01 of a `YYYY-MM-DD` string, read by char code (H. Hinnant's days from civil), unchecked. */
export function bareDayNumber(text: string): number {
  const year = (text.charCodeAt(0) - 48) * 1000 + (text.charCodeAt(1) - 48) * 100 + (text.charCodeAt(2) - 48) * 10 + (text.charCodeAt(3) - 48);
  const month = (text.charCodeAt(5) - 48) * 10 + (text.charCodeAt(6) - 48);
  const day = (text.charCodeAt(8) - 48) * 10 + (text.charCodeAt(9) - 48);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The 2026 annual entitlement and the 2025 balance by hand: the 6/18/24 rule over a parsed 2021–2025 ledger. */
export function plainFold(ledger: Ledger): { total: number; available: number } {
  let taken2024 = 0;
  let taken2025 = 0;
  let carried2025 = 0;
  let granted2025 = 0;
  for (const entry of ledger) {
    if (entry.year === 2025) {
      if (entry.type === 'taken') taken2025 += entry.days;
      else if (entry.type === 'carry-over') carried2025 += entry.days;
      else if (entry.type === 'grant') granted2025 += entry.days;
    } else if (entry.year === 2024 && entry.type === 'taken') taken2024 += entry.days;
  }
  const ownLeft = granted2025 - Math.max(0, taken2025 - carried2025);
  const carried = taken2025 === 0 && taken2024 === 0 ? 12 : Math.min(ownLeft, 6);
  return { total: Math.min(12 + carried, 24), available: granted2025 + carried2025 - taken2025 };
}
