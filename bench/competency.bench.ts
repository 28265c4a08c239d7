/**
 * `npm run bench -- bench/competency.bench.ts`: job-person gaps and matches for 100,000 assessments, from the
 * sources (through vitest's module runner) and from the built package (`dist/`, which vitest.config.ts leaves to
 * Node's own loader, as a consumer's program loads it). `npm run bench` builds first. Figures go to
 * docs/performance.md.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bench, describe } from "vitest";
import * as sources from "../src/competency/index";

type CompetencyApi = Pick<typeof sources, "competencyGap" | "jobPersonMatch">;

const CODES = [
  "integrity",
  "cooperation",
  "communication",
  "results-orientation",
  "public-service",
  "developing-self-and-others",
  "managing-change",
  "decision-making",
  "national-cohesion",
];

/** 100,000 synthetic assessments of the 9 managerial and socio-cultural competencies. */
const ASSESSMENTS = Array.from({ length: 100_000 }, (_, index) => {
  const standard: Record<string, number> = {};
  const actual: Record<string, number> = {};
  CODES.forEach((code, position) => {
    standard[code] = 1 + ((index + position) % 4);
    actual[code] = 1 + ((index * 7 + position * 3) % 5);
  });
  return { standard, actual };
});

const builtUrl = new URL("../dist/competency/index.js", import.meta.url);
if (!existsSync(fileURLToPath(builtUrl)))
  throw new Error(
    "dist/ is missing: run `npm run build` (or `npm run bench`, which builds) first."
  );
const built = (await import(/* @vite-ignore */ builtUrl.href)) as CompetencyApi;

function assessAll(api: CompetencyApi): void {
  for (const { standard, actual } of ASSESSMENTS) {
    api.competencyGap(standard, actual);
    api.jobPersonMatch(standard, actual);
  }
}

describe("competency: 100,000 assessments", () => {
  const options = { iterations: 20, warmupIterations: 5 };
  bench(
    "competencyGap + jobPersonMatch × 100,000 (built package)",
    () => {
      assessAll(built);
    },
    options
  );
  bench(
    "competencyGap + jobPersonMatch × 100,000 (sources, through the module runner)",
    () => {
      assessAll(sources);
    },
    options
  );
});
