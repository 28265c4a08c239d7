/**
 * The national roster: the 2026 annual leave entitlement and the 2025 balance of 1,000,000 PNS, each with five
 * years of ledger (2021–2025), from the built package (dist/) as an application loads it, against a plain fold of
 * the same 6/18/24 rule over the same parsed values in the same run; the figure is extrapolated to the 4.7 million
 * ASN of the national roster.
 *
 * `node --expose-gc --import tsx bench/national-roster.ts [employees]` (default 1,000,000; `npm run bench` runs it
 * after the build). The roster is made and parsed in chunks of 100,000, as a batch job streams it; parsing (the
 * boundary) is timed on its own. The run fails (exit 1) when the library and the plain fold disagree on any
 * employee, or when a target is missed: within 5× of the plain fold, at most 15 s extrapolated to 4.7 million.
 */
import { performance } from 'node:perf_hooks';
import type { Employee } from '../src/employee';
import { plainFold } from './baselines';
import type { Ledger } from '../src/leave';

// The built package, loaded by Node as an application loads it (typed by the sources it is built from).
const built = (path: string): Promise<unknown> => import(new URL(path, import.meta.url).href);
const { parseEmployee } = (await built('../dist/employee/index.js')) as typeof import('../src/employee');
const { annualLeaveEntitlement, leaveBalance, parseLedger } = (await built('../dist/leave/index.js')) as typeof import('../src/leave');

const TOTAL = Number(process.argv[2] ?? 1_000_000);
const CHUNK = 100_000;
const NATIONAL = 4_700_000;
const YEARS = [2021, 2022, 2023, 2024, 2025] as const;
const BASIS = { instrument: 'PP 11/2017', article: 'Pasal 310' };

/** A small deterministic generator (mulberry32), so every run sees the same roster. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

interface RawEntry {
  type: 'grant' | 'carry-over' | 'taken';
  kind: 'annual';
  year: number;
  date: string;
  days: number;
  basis: typeof BASIS;
}

/** One employee as JSON would give it, with a ledger kept by the 6/18/24 rule (so both sides can agree). */
function rawEmployee(index: number, next: () => number): { employee: unknown; ledger: RawEntry[] } {
  const birthYear = 1965 + Math.floor(next() * 35);
  const birthDate = `${String(birthYear)}-${pad(1 + Math.floor(next() * 12), 2)}-${pad(1 + Math.floor(next() * 28), 2)}`;
  const tmtYear = birthYear + 22 + Math.floor(next() * 8);
  const tmtCpns = `${String(Math.min(tmtYear, 2018))}-${pad(1 + Math.floor(next() * 12), 2)}-01`;
  const female = next() < 0.5;
  const nip = `${birthDate.replaceAll('-', '')}${tmtCpns.slice(0, 4)}${tmtCpns.slice(5, 7)}${female ? '2' : '1'}${pad(1 + (index % 999), 3)}`;
  const employee = {
    kind: 'PNS', nip, name: `Pegawai ${String(index)}`, gender: female ? 'female' : 'male', birthDate, tmtCpns,
    golongan: 'III/a', position: { type: 'pelaksana' }, workUnit: { id: `unit-${String(index % 500)}`, name: 'Unit' },
  };
  const ledger: RawEntry[] = [];
  let carried = 0;
  let takenBefore = 1;
  for (const year of YEARS) {
    ledger.push({ type: 'grant', kind: 'annual', year, date: `${String(year)}-01-01`, days: 12, basis: BASIS });
    if (carried > 0) ledger.push({ type: 'carry-over', kind: 'annual', year, date: `${String(year)}-01-01`, days: carried, basis: BASIS });
    const unusedYear = next() < 0.15;
    let taken = 0;
    const spells = unusedYear ? 0 : 1 + Math.floor(next() * 3);
    for (let spell = 0; spell < spells; spell += 1) {
      const days = 1 + Math.floor(next() * 4);
      if (taken + days > 12 + carried) break;
      taken += days;
      ledger.push({ type: 'taken', kind: 'annual', year, date: `${String(year)}-${pad(2 + spell * 3, 2)}-10`, days, basis: BASIS });
    }
    const ownLeft = 12 - Math.max(0, taken - carried);
    carried = taken === 0 && takenBefore === 0 ? 12 : Math.min(ownLeft, 6);
    takenBefore = taken;
  }
  return { employee, ledger };
}


const gc = (globalThis as { gc?: () => void }).gc;
let peakHeap = 0;
const sampleHeap = (): void => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

let parseMs = 0;
let libraryMs = 0;
let plainMs = 0;
let mismatches = 0;
let checksum = 0;
const next = random(2026);

for (let start = 0; start < TOTAL; start += CHUNK) {
  const size = Math.min(CHUNK, TOTAL - start);
  const raw = Array.from({ length: size }, (_, offset) => rawEmployee(start + offset, next));
  const parseStart = performance.now();
  const employees: Employee[] = [];
  const ledgers: Ledger[] = [];
  for (const { employee, ledger } of raw) {
    const parsedEmployee = parseEmployee(employee);
    const parsedLedger = parseLedger(ledger);
    if (parsedEmployee.isErr() || parsedLedger.isErr()) throw new Error(`employee ${String(start)}: the generated record does not parse`);
    employees.push(parsedEmployee.value);
    ledgers.push(parsedLedger.value);
  }
  parseMs += performance.now() - parseStart;
  raw.length = 0;
  sampleHeap();

  const totals = new Int32Array(size);
  const available = new Int32Array(size);
  const libraryStart = performance.now();
  for (let index = 0; index < size; index += 1) {
    const ledger = ledgers[index]!;
    const entitlement = annualLeaveEntitlement(employees[index]!, 2026, { ledger });
    const balance = leaveBalance(ledger, { kind: 'annual', asOf: '2025-12-31' });
    totals[index] = entitlement.isOk() ? entitlement.value.total : -1;
    available[index] = balance.isOk() ? (balance.value.available ?? -1) : -1;
  }
  libraryMs += performance.now() - libraryStart;
  sampleHeap();

  const plainStart = performance.now();
  for (let index = 0; index < size; index += 1) {
    const plain = plainFold(ledgers[index]!);
    if (plain.total !== totals[index] || plain.available !== available[index]) mismatches += 1;
    checksum += plain.total;
  }
  plainMs += performance.now() - plainStart;
  sampleHeap();
  gc?.();
}

const ratio = libraryMs / plainMs;
const extrapolated = (libraryMs / TOTAL) * NATIONAL / 1000;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
console.log(`national roster: ${TOTAL.toLocaleString('en')} employees × 5 years of ledger (checksum ${String(checksum)})`);
console.log(`  parse at the boundary (parseEmployee + parseLedger): ${parseMs.toFixed(0)} ms`);
console.log(`  asn-kit annualLeaveEntitlement + leaveBalance (parsed): ${libraryMs.toFixed(0)} ms`);
console.log(`  plain fold of the same rule (same run):               ${plainMs.toFixed(0)} ms`);
console.log(`  ratio ${ratio.toFixed(2)}× (target ≤ 5×); extrapolated to 4.7 million: ${extrapolated.toFixed(1)} s (target ≤ 15 s)`);
console.log(`  peak heap ${mb(peakHeap)} (chunks of ${CHUNK.toLocaleString('en')}); disagreements with the plain fold: ${String(mismatches)}`);
if (mismatches > 0 || ratio > 5 || extrapolated > 15) {
  console.error('national roster: a target was missed');
  process.exitCode = 1;
}
