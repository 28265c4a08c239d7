/**
 * `npm run bench -- bench/competency.bench.ts`: job-person gaps and matches for 100,000 assessments, from the
 * sources (through vitest's module runner) and from the built package (`dist/`, which vitest.config.ts leaves to
 * Node's own loader, as a consumer's program loads it). `npm run bench` builds first. Figures go to
 * docs/performance.md.
 *
 * The flow is a service's: the levels of each assessment are parsed once at the boundary (`parseCompetencyLevels`,
 * before the timed loop, as a request body or a CSV row is parsed once), then `competencyGap` and
 * `jobPersonMatch` take them as they are. Two more cases show what the boundary costs: parsing the 200,000 levels
 * records, and raw objects passed straight in (a JavaScript caller that skips the parsers, so every call runs the
 * schema on both records).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bench, describe } from "vitest";
import * as sources from "../src/competency/index";

type CompetencyApi = Pick<typeof sources, "competencyGap" | "jobPersonMatch" | "parseCompetencyLevels">;
type Levels = Record<string, number>;
interface Pair<T> {
  readonly standard: T;
  readonly actual: T;
}

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

/** 100,000 synthetic assessments of the 9 managerial and socio-cultural competencies, as raw objects. */
const ASSESSMENTS: readonly Pair<Levels>[] = Array.from({ length: 100_000 }, (_, index) => {
  const standard: Levels = {};
  const actual: Levels = {};
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

/** The assessments parsed at the boundary by one copy of the library (a parsed value is recognised by its own copy). */
function parseAll(api: CompetencyApi): readonly Pair<sources.CompetencyLevels>[] {
  return ASSESSMENTS.map(({ standard, actual }) => {
    const parsedStandard = api.parseCompetencyLevels(standard);
    const parsedActual = api.parseCompetencyLevels(actual);
    if (parsedStandard.isErr() || parsedActual.isErr()) throw new Error("the bench's levels are valid");
    return { standard: parsedStandard.value, actual: parsedActual.value };
  });
}

const parsedBySources = parseAll(sources);
const parsedByBuilt = parseAll(built);

function assessAll(api: CompetencyApi, assessments: readonly Pair<sources.CompetencyLevels>[]): void {
  for (const { standard, actual } of assessments) {
    api.competencyGap(standard, actual);
    api.jobPersonMatch(standard, actual);
  }
}

function parseEvery(api: CompetencyApi): void {
  for (const { standard, actual } of ASSESSMENTS) {
    api.parseCompetencyLevels(standard);
    api.parseCompetencyLevels(actual);
  }
}

describe("competency: 100,000 assessments", () => {
  const options = { iterations: 20, warmupIterations: 5 };
  const boundary = { iterations: 5, warmupIterations: 2 };
  bench(
    "competencyGap + jobPersonMatch × 100,000, parsed levels (built package)",
    () => {
      assessAll(built, parsedByBuilt);
    },
    options
  );
  bench(
    "competencyGap + jobPersonMatch × 100,000, parsed levels (sources, through the module runner)",
    () => {
      assessAll(sources, parsedBySources);
    },
    options
  );
  bench(
    "parseCompetencyLevels × 200,000: the boundary (built package)",
    () => {
      parseEvery(built);
    },
    boundary
  );
  bench(
    "competencyGap + jobPersonMatch × 100,000, raw objects each call (built package)",
    () => {
      assessAll(built, ASSESSMENTS);
    },
    boundary
  );
});
