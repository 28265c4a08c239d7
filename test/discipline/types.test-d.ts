import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { WorkingCalendar } from '../../src/calendar';
import type { IsoDate } from '../../src/core';
import {
  absenceRecordSchema,
  absenceRecordsSchema,
  absenceSanction,
  absenceSanctionOptionsSchema,
  absenceSanctionParamsSchema,
  absenceTierRowSchema,
  absenceTierTableSchema,
  absenceTriggerSchema,
  absentRecordSchema,
  latenessRecordSchema,
  parseAbsenceRecords,
  parseAbsenceSanctionParams,
  parseAbsenceTierTable,
  sanctionDefinitionSchema,
  tallyAbsence,
  type AbsenceRecord,
  type AbsenceSanctionDecision,
  type AbsenceSanctionOptions,
  type AbsenceSanctionParams,
  type AbsenceTally,
  type AbsenceTierRow,
  type AbsenceTierTable,
  type AbsenceTrigger,
  type AbsentRecord,
  type DisciplineError,
  type LatenessRecord,
  type SanctionDefinition,
  type TallyAbsenceError,
  type TallyAbsenceOptions,
} from '../../src/discipline';
import type * as errors from '../../src/discipline/errors';
import type { InputIssue } from '../../src/core';

declare const calendar: WorkingCalendar;
declare const records: readonly AbsenceRecord[];
const d = (value: string): IsoDate => value as IsoDate;

describe('discipline types', () => {
  it('the parsers take unknown and return the module types', () => {
    expectTypeOf(parseAbsenceRecords).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseAbsenceRecords).returns.toEqualTypeOf<Result<readonly AbsenceRecord[], DisciplineError>>();
    expectTypeOf(parseAbsenceTierTable).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseAbsenceTierTable).returns.toEqualTypeOf<Result<AbsenceTierTable, DisciplineError>>();
    expectTypeOf(parseAbsenceSanctionParams).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseAbsenceSanctionParams).returns.toEqualTypeOf<Result<AbsenceSanctionParams, DisciplineError>>();
  });

  it('the domain functions declare typed parameters, no unknown', () => {
    expectTypeOf(tallyAbsence).parameters.toEqualTypeOf<
      [records: readonly AbsenceRecord[], calendar: WorkingCalendar, year: number, options?: TallyAbsenceOptions]
    >();
    expectTypeOf(tallyAbsence).returns.toEqualTypeOf<Result<AbsenceTally, TallyAbsenceError>>();
    expectTypeOf(absenceSanction).parameters.toEqualTypeOf<[params: AbsenceSanctionParams, options?: AbsenceSanctionOptions]>();
    expectTypeOf(absenceSanction).returns.toEqualTypeOf<Result<AbsenceSanctionDecision, DisciplineError>>();
  });

  it('the output of each exported schema is assignable to its public type', () => {
    expectTypeOf<z.output<typeof absentRecordSchema>>().toExtend<AbsentRecord>();
    expectTypeOf<z.output<typeof latenessRecordSchema>>().toExtend<LatenessRecord>();
    expectTypeOf<z.output<typeof absenceRecordSchema>>().toExtend<AbsenceRecord>();
    expectTypeOf<z.output<typeof absenceRecordsSchema>>().toExtend<readonly AbsenceRecord[]>();
    expectTypeOf<z.output<typeof sanctionDefinitionSchema>>().toExtend<SanctionDefinition>();
    expectTypeOf<z.output<typeof absenceTriggerSchema>>().toExtend<AbsenceTrigger>();
    expectTypeOf<z.output<typeof absenceTierRowSchema>>().toExtend<AbsenceTierRow>();
    expectTypeOf<z.output<typeof absenceTierTableSchema>>().toExtend<AbsenceTierTable>();
    expectTypeOf<z.output<typeof absenceSanctionParamsSchema>>().toExtend<AbsenceSanctionParams>();
    expectTypeOf<z.output<typeof absenceSanctionOptionsSchema>>().toExtend<AbsenceSanctionOptions>();
    // Raw input is plain strings: a consumer's JSON body type-checks against the schema's input.
    expectTypeOf<{ type: 'absent'; from: string }>().toExtend<z.input<typeof absenceRecordSchema>>();
  });

  it('object schemas keep their shape, for extend and pick', () => {
    expectTypeOf(absentRecordSchema.shape).toHaveProperty('from');
    expectTypeOf(absenceTierTableSchema.shape).toHaveProperty('rows');
    expectTypeOf(absenceSanctionParamsSchema.shape).toHaveProperty('yearTotal');
    expectTypeOf(absenceSanctionOptionsSchema.shape).toHaveProperty('convertLateness');
  });

  it('refuses a misspelt field, a wrong record type and an unknown option key at compile time', () => {
    // @ts-expect-error: `form` is not a field of an absence record (it is `from`)
    tallyAbsence([{ type: 'absent', form: d('2025-03-24') }], calendar, 2025);
    // @ts-expect-error: `sick` is not a record type (sick leave is not unexcused absence)
    tallyAbsence([{ type: 'sick', from: d('2025-03-24') }], calendar, 2025);
    // @ts-expect-error: dates are IsoDate strings, not Date objects
    tallyAbsence([{ type: 'late', date: new Date(), minutes: 5 }], calendar, 2025);
    // @ts-expect-error: `convertLatenes` is not an option (misspelt)
    tallyAbsence(records, calendar, 2025, { convertLatenes: true });
    // @ts-expect-error: `strict` is not an option of absenceSanction
    absenceSanction({ yearTotal: 3, longestConsecutive: 1 }, { strict: true });
    // @ts-expect-error: `yearTotl` is misspelt
    absenceSanction({ yearTotl: 3, longestConsecutive: 1 });
    expectTypeOf<AbsenceTierRow['sanction']['level']>().toEqualTypeOf<'light' | 'moderate' | 'severe'>();
    // @ts-expect-error: `harsh` is not a sanction level
    expectTypeOf<'harsh'>().toExtend<AbsenceTierRow['sanction']['level']>();
    // @ts-expect-error: a calendar comes from createCalendar, not from a plain object
    tallyAbsence(records, { kind: 'asn-kit/working-calendar' }, 2025);
  });
});

describe('error data typed per code', () => {
  it('a test of the code gives the data of that code', () => {
    const tableOf = (error: errors.DisciplineError) => {
      if (error.code === 'discipline/no-rule-in-force') {
        expectTypeOf(error.data.table).toEqualTypeOf<string>();
        // @ts-expect-error: `issues` is a field of discipline/invalid-input, not of discipline/no-rule-in-force
        expectTypeOf(error.data.issues).toBeUnknown();
      }
      if (error.code === 'discipline/invalid-input') expectTypeOf(error.data.issues).toEqualTypeOf<readonly InputIssue[]>();
    };
    expectTypeOf(tableOf).parameter(0).toEqualTypeOf<errors.DisciplineError>();
  });
});
