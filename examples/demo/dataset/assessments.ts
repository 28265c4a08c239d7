/**
 * Each employee's competency assessment of the demo year: the standard of the position (`standardForPosition`;
 * guru positions use the Dinas Pendidikan's own standard, level 2 on every managerial and socio-cultural
 * competency, as the dictionary has none for them) and levels drawn around it. The draw is seeded by the NIP
 * alone, so every stage that needs the assessments (competency and talent, the work plan) gets the same ones
 * without a store of its own.
 */
import { COMPETENCY_DICTIONARY, parseCompetencyLevels, standardForPosition, type CompetencyLevels } from 'asn-kit/competency';
import type { IsoDate } from 'asn-kit/core';
import type { Employee } from 'asn-kit/employee';
import { isoDateFromParts } from 'asn-kit/core';
import { expectOk } from '../outcome';
import { createRandom } from '../random';

/** The managerial and socio-cultural competencies the demo assesses. */
export const MANAGERIAL = COMPETENCY_DICTIONARY.filter((entry) => entry.kind !== 'technical');

/** One assessment: the position's standard and the levels found. */
export interface DemoAssessment {
  readonly standard: CompetencyLevels;
  readonly actual: CompetencyLevels;
}

const GURU_STANDARD = expectOk(parseCompetencyLevels(Object.fromEntries(MANAGERIAL.map((entry) => [entry.code, 2]))), 'guru standard');

/** The day of the demo year's assessments. */
export function assessmentDay(year: number): IsoDate {
  return expectOk(isoDateFromParts(year, 2, 16), 'assessment date');
}

/** The assessment of `employee` on `assessedOn`; the same employee always gets the same levels. */
export function assessmentOf(employee: Employee, assessedOn: IsoDate): DemoAssessment {
  const random = createRandom(0).fork(employee.nip);
  const fromPosition = standardForPosition(employee.position, assessedOn);
  const standard = fromPosition.isOk() ? fromPosition.value.levels : GURU_STANDARD;
  const ability = random.weighted([[-1, 3], [0, 5], [1, 2]] as const);
  const actual = expectOk(
    parseCompetencyLevels(Object.fromEntries(Object.entries(standard).map(([code, level]) => [code, Math.min(5, Math.max(1, level + ability + random.weighted([[-1, 2], [0, 7], [1, 1]] as const)))]))),
    'assessment',
  );
  return { standard, actual };
}
