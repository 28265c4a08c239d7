import { bench, describe } from 'vitest';
import { competencyGap, jobPersonMatch } from '../src/competency/index';

const CODES = [
  'integrity',
  'cooperation',
  'communication',
  'results-orientation',
  'public-service',
  'developing-self-and-others',
  'managing-change',
  'decision-making',
  'national-cohesion',
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

describe('competency: 100,000 assessments', () => {
  bench(
    'competencyGap + jobPersonMatch × 100,000',
    () => {
      for (const { standard, actual } of ASSESSMENTS) {
        competencyGap(standard, actual);
        jobPersonMatch(standard, actual);
      }
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
