/**
 * What a user's bundle weighs: each fixture imports a few functions from the built package (dist/) the way an
 * application does, and esbuild bundles it with every dependency included (zod, neverthrow, date-fns), minified,
 * then gzip level 9. Each fixture has a ceiling with its reason, and names that must not appear in it (in the
 * style of zod's own bundle-size test). Run after `tsup` (scripts/test.sh runs it as its own gate).
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Fixture {
  /** What the fixture stands for. */
  readonly name: string;
  /** The application's import lines (paths relative to the repository root). */
  readonly contents: string;
  /** The ceiling in bytes (minified + gzip), and why it is that. */
  readonly ceiling: number;
  readonly reason: string;
  /** Strings that must not appear in the bundle. */
  readonly mustNotAppear: readonly string[];
}

/** `$Zod…` are the class names zod (classic, mini and core) registers; any zod in a bundle brings them. */
const ZOD = '$Zod';
/** Only the root of date-fns (and its locale machinery) has `formatDistance`. */
const DATE_FNS_ROOT = 'formatDistance';

const FIXTURES: readonly Fixture[] = [
  {
    name: 'parseNip, isValidNip, formatNip',
    contents: "export { parseNip, isValidNip, formatNip } from './dist/employee/index.js';",
    ceiling: 5_000,
    reason: 'a NIP check: the NIP decoder, its messages and neverthrow; no zod, no rule tables',
    mustNotAppear: [ZOD, DATE_FNS_ROOT, 'Cuti Tahunan'],
  },
  {
    name: 'createCalendar + countWorkingDays',
    contents: "export { createCalendar, countWorkingDays } from './dist/calendar/index.js';",
    ceiling: 10_000,
    reason: 'the working-day calendar: the dates and kinds of the built-in days, prefix sums and neverthrow; no zod, no day names',
    // A day's name (and its citation) comes only with the functions that return days.
    mustNotAppear: [ZOD, DATE_FNS_ROOT, 'Kongzili'],
  },
  {
    name: 'evaluateLeaveRequest with its parsers',
    contents: [
      "export { evaluateLeaveRequest, parseLeaveRequest, parseLedger } from './dist/leave/index.js';",
      "export { parseEmployee } from './dist/employee/index.js';",
      "export { createCalendar } from './dist/calendar/index.js';",
    ].join('\n'),
    ceiling: 40_000,
    reason: 'an e-Cuti service: every leave rule table, the employee and leave schemas on zod/mini, the calendar',
    mustNotAppear: [DATE_FNS_ROOT],
  },
  {
    name: 'validateAsnWorkPlan, draftAsnWorkPlan with their parsers',
    contents: "export { validateAsnWorkPlan, draftAsnWorkPlan, parseAsnWorkPlan, parseWorkPlanContext } from './dist/workplan/index.js';",
    // Measured 37,000 B on 2026-12-01: the work-plan rules and texts, and what they reuse of performance (the SKP
    // rules and matrix), competency (training needs, the JP minimum), service-quality (forum periods, SKM grades),
    // employee (NIP and position schemas), zod/mini with its messages, neverthrow.
    // Measured 39,594 B on 2026-12-01 after the input limits of issue 14 (D9): every list and string of the plan
    // and context schemas bounded, the sessions and list items counted before they are listed or parsed, the
    // coverage's units gathered once (38,333 B before, the same day); the ceiling is that, rounded up to 500 B.
    // Measured 40,832 B on 2026-12-01 after the employee and leave records got zod's compiled object parser (issue 9,
    // raw-JSON throughput): zod's object compiler, 1,238 B (39,594 B before, the same day); rounded up to 500 B.
    ceiling: 41_000,
    reason: 'an agency work-plan service: the plan and context schemas, the checks, the draft and the modules they reuse',
    mustNotAppear: [DATE_FNS_ROOT],
  },
  {
    name: 'the whole root (asn-kit)',
    contents: "export * from './dist/index.js';",
    // The goal is 80,000 B (issue 9) and is not met yet: measured 88,534 B on 2026-12-01 (own code about 76 kB of it,
    // zod/mini about 10 kB, zod's en and id messages 2.6 kB, neverthrow 2 kB). This ceiling only stops growth.
    // Issue 13 added 1.65 kB: the Indonesian text of the modules' own input messages, the interpretation ids and the
    // `evidence`/`interpretation` of the rule rows (90,185 B measured on 2026-12-01).
    // Raised by 13,827 B, exactly what asn-kit/workplan adds to the root (88,533 B without it, 102,360 B with it,
    // measured in the same run on 2026-12-01): its bilingual issue texts, schemas, checks and draft.
    // asn-kit/ports added 2.3 kB (its errors, the in-memory stores and the leave services).
    // Measured 110,044 B on 2026-12-01 after issue 10 merged: four more years of holiday data (2021–2023 and 2027:
    // their days, names, instruments and citations), the compact dates-and-kinds table that keeps those names out of
    // a counting bundle, provisional years and the data-gap error; the ceiling is that, rounded up to the next 500 B.
    // Measured 112,428 B on 2026-12-01 after the input limits of issue 14 (D9): the count of an input's list items
    // over all its lists, bounded JSON, the limits of the calendar, competency and work-plan schemas and the row
    // counts of the answers that pair their inputs (110,909 B before, the same day); rounded up to 500 B.
    // Measured 113,597 B on 2026-12-01 after the employee and leave records got zod's compiled object parser (issue
    // 9, raw-JSON throughput): zod's object compiler, 1,169 B (112,428 B before, the same day); rounded up to 500 B.
    ceiling: 114_000,
    reason: 'everything: every module, its rule tables and schemas, zod/mini and neverthrow',
    mustNotAppear: [DATE_FNS_ROOT],
  },
];

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('bundle sizes, all dependencies included (esbuild --minify, gzip -9)', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture.name}: at most ${String(fixture.ceiling)} bytes (${fixture.reason})`, async () => {
      const code = await bundle(fixture.contents);
      const size = gzipSync(code, { level: 9 }).length;
      console.log(`${fixture.name}: ${String(size)} bytes gzip (${String(code.length)} minified), ceiling ${String(fixture.ceiling)}`);
      expect(code.length).toBeGreaterThan(0);
      for (const name of fixture.mustNotAppear) expect(code.includes(name), `${name} appears in the bundle`).toBe(false);
      expect(size).toBeLessThanOrEqual(fixture.ceiling);
    });
  }
});
