import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import * as zc from 'zod';
import type { DateRange, IsoDate } from '../../src/core';
import {
  checkNikAgainstNip,
  checkNipAgainstEmployee,
  civilServantSchema,
  employeeSchema,
  formatNip,
  isValidNip,
  nipRecordSchema,
  parseEmployee,
  parseNik,
  parseNip,
  positionSchema,
  pppkEmployeeSchema,
  rankOf,
  retirementAge,
  retirementDate,
  retirementInputSchema,
  retirementOptionsSchema,
  serviceLength,
  serviceLengthOptionsSchema,
  serviceStart,
  type CivilServant,
  type ConsistencyCheck,
  type Employee,
  type EmployeeError,
  type EmployeeErrorCode,
  type EmployeeReasonCode,
  type NipRecord,
  type ParsedNik,
  type ParsedNip,
  type PnsGolongan,
  type Position,
  type PppkEmployee,
  type PppkGolongan,
  type Rank,
  type Retirement,
  type RetirementAge,
  type RetirementDateOptions,
  type RetirementInput,
  type RetirementOptions,
  type ServiceLength,
  type ServiceLengthOptions,
} from '../../src/employee/index';
import type * as errors from '../../src/employee/errors';
import type { BupCategory } from '../../src/employee/rules/bup';

declare const employee: Employee;

describe('employee types', () => {
  it('parseEmployee takes unknown (the boundary) and returns Result<Employee, EmployeeError>', () => {
    expectTypeOf(parseEmployee).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseEmployee).returns.toEqualTypeOf<Result<Employee, EmployeeError>>();
  });

  it('Employee has the contract fields', () => {
    expectTypeOf<Employee['kind']>().toEqualTypeOf<'PNS' | 'CPNS' | 'PPPK'>();
    expectTypeOf<Employee['nip']>().toEqualTypeOf<string>();
    expectTypeOf<Employee['gender']>().toEqualTypeOf<'male' | 'female'>();
    expectTypeOf<Employee['birthDate']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<Employee['tmtCpns']>().toEqualTypeOf<IsoDate | undefined>();
    expectTypeOf<Employee['golongan']>().toEqualTypeOf<PnsGolongan | PppkGolongan>();
    expectTypeOf<Employee['workWeek']>().toEqualTypeOf<5 | 6>();
    expectTypeOf<Employee['births']>().toEqualTypeOf<readonly IsoDate[]>();
    expectTypeOf<Employee['cltn']>().toEqualTypeOf<readonly DateRange[]>();
    expectTypeOf<Employee['workUnit']>().toExtend<{ readonly id: string; readonly name: string }>();
  });

  it('kind narrows an Employee: a PNS has tmtCpns, a PPPK a contract', () => {
    expectTypeOf<Extract<Employee, { kind: 'PNS' | 'CPNS' }>['tmtCpns']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<Extract<Employee, { kind: 'PPPK' }>['contract']>().toEqualTypeOf<{
      readonly start: IsoDate;
      readonly years: number;
      readonly firstStart: IsoDate;
    }>();
    expectTypeOf<Extract<Employee, { kind: 'PPPK' }>['golongan']>().toEqualTypeOf<PppkGolongan>();
  });

  it('domain functions declare the parsed types of their parameters', () => {
    expectTypeOf(serviceStart).parameter(0).toEqualTypeOf<Employee>();
    expectTypeOf(serviceStart).returns.toEqualTypeOf<Result<IsoDate, EmployeeError>>();
    expectTypeOf(retirementDate).parameters.toEqualTypeOf<[employee: RetirementInput, options?: RetirementDateOptions]>();
    expectTypeOf(retirementAge).parameters.toEqualTypeOf<[position: Position, options?: RetirementOptions]>();
    expectTypeOf(serviceLength).parameters.toEqualTypeOf<[from: string, to: string, options?: ServiceLengthOptions]>();
    expectTypeOf(checkNipAgainstEmployee).parameters.toEqualTypeOf<[nip: string, employee: NipRecord]>();
    expectTypeOf(checkNikAgainstNip).parameters.toEqualTypeOf<[nik: string, nip: string]>();
    expectTypeOf(rankOf).parameters.toEqualTypeOf<[golongan: string]>();
    expectTypeOf(formatNip).parameters.toEqualTypeOf<[nip: string]>();
    // Parsers and predicates take any value: they are the boundary.
    expectTypeOf(parseNip).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseNik).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(isValidNip).parameter(0).toEqualTypeOf<unknown>();
  });

  it('an Employee is a RetirementInput and a NipRecord, and its position and golongan fit', () => {
    expectTypeOf(employee).toExtend<RetirementInput>();
    expectTypeOf(employee).toExtend<NipRecord>();
    expectTypeOf(employee.position).toExtend<Position>();
    expectTypeOf(employee.cltn).toExtend<NonNullable<ServiceLengthOptions['excluding']>>();
    expectTypeOf(retirementDate(employee)).toEqualTypeOf<Result<Retirement, EmployeeError>>();
    expectTypeOf(checkNipAgainstEmployee(employee.nip, employee)).toEqualTypeOf<Result<ConsistencyCheck, EmployeeError>>();
    expectTypeOf(rankOf(employee.golongan)).toEqualTypeOf<Result<Rank, EmployeeError>>();
  });

  it('the schemas output the public types', () => {
    expectTypeOf<z.output<typeof employeeSchema>>().toExtend<Employee>();
    expectTypeOf<Extract<z.output<typeof employeeSchema>, { kind: 'PPPK' }>>().toExtend<PppkEmployee>();
    expectTypeOf<Extract<z.output<typeof employeeSchema>, { kind: 'PNS' | 'CPNS' }>>().toExtend<CivilServant>();
    expectTypeOf<z.output<typeof positionSchema>>().toExtend<Position>();
    expectTypeOf<z.output<typeof retirementInputSchema>>().toExtend<RetirementInput>();
    expectTypeOf<z.output<typeof nipRecordSchema>>().toExtend<NipRecord>();
    expectTypeOf<z.output<typeof retirementOptionsSchema>>().toExtend<RetirementOptions>();
    expectTypeOf<z.output<typeof serviceLengthOptionsSchema>>().toExtend<ServiceLengthOptions>();
  });

  it('employeeSchema is a union of objects with their shape: extend, pick and embed type-check', () => {
    expectTypeOf(z.extend(civilServantSchema, { grade: z.number() }).parse({}).grade).toEqualTypeOf<number>();
    expectTypeOf(z.pick(civilServantSchema, { nip: true, name: true }).parse({})).toEqualTypeOf<{ nip: string; name: string }>();
    expectTypeOf(zc.object({ employee: employeeSchema, note: zc.string() }).parse({}).employee).toExtend<Employee>();
    expectTypeOf<z.output<typeof pppkEmployeeSchema.shape.golongan>>().toEqualTypeOf<PppkGolongan>();
    expectTypeOf<z.output<typeof pppkEmployeeSchema.shape.contract>['firstStart']>().toEqualTypeOf<IsoDate>();
  });

  it('a misspelt field, a wrong code and an unknown option key do not compile', () => {
    const position: Position = { type: 'pelaksana' };
    // @ts-expect-error -- misspelt field: `positon`
    retirementDate({ birthDate: '1966-05-15', positon: position });
    // @ts-expect-error -- an unknown option key (misspelt professorExtension)
    retirementDate(employee, { professorExtention: true });
    // @ts-expect-error -- `on` is an option of retirementAge, not of retirementDate (the birthday fixes the rules)
    retirementDate(employee, { on: '2020-01-01' });
    // @ts-expect-error -- an unknown option key
    retirementAge(position, { professorExtention: true });
    // @ts-expect-error -- an unknown option key (misspelt excluding)
    serviceLength('2010-03-01', '2026-11-28', { exclude: [] });
    // @ts-expect-error -- a position type that does not exist
    retirementAge({ type: 'camat' });
    // @ts-expect-error -- a fungsional level that does not exist
    retirementAge({ type: 'fungsional', level: 'ahli-super' });
    // @ts-expect-error -- a kind code that does not exist
    checkNipAgainstEmployee('196608011988031001', { kind: 'honorer', birthDate: '1966-08-01', gender: 'male' });
    // @ts-expect-error -- a gender code that does not exist
    checkNipAgainstEmployee('196608011988031001', { birthDate: '1966-08-01', gender: 'm' });
    // @ts-expect-error -- a raw record is not an Employee: parse it first
    serviceStart({ kind: 'PNS', nip: '196608011988031001' });
    // @ts-expect-error -- a golongan is a string
    rankOf(3);
    // @ts-expect-error -- a kind code that does not exist
    const wrongKind: Employee['kind'] = 'honorer';
    expectTypeOf(wrongKind).not.toBeNever();
  });

  it('the NIP, NIK, rank and retirement functions return Results', () => {
    expectTypeOf(parseNip).returns.toEqualTypeOf<Result<ParsedNip, EmployeeError>>();
    expectTypeOf(formatNip).returns.toEqualTypeOf<Result<string, EmployeeError>>();
    expectTypeOf(isValidNip).returns.toEqualTypeOf<boolean>();
    expectTypeOf(parseNik).returns.toEqualTypeOf<Result<ParsedNik, EmployeeError>>();
    expectTypeOf(checkNipAgainstEmployee).returns.toEqualTypeOf<Result<ConsistencyCheck, EmployeeError>>();
    expectTypeOf(checkNikAgainstNip).returns.toEqualTypeOf<Result<ConsistencyCheck, EmployeeError>>();
    expectTypeOf(rankOf).returns.toEqualTypeOf<Result<Rank, EmployeeError>>();
    expectTypeOf(retirementAge).returns.toEqualTypeOf<Result<RetirementAge, EmployeeError>>();
    expectTypeOf(retirementDate).returns.toEqualTypeOf<Result<Retirement, EmployeeError>>();
    expectTypeOf(serviceLength).returns.toEqualTypeOf<Result<ServiceLength, EmployeeError>>();
    expectTypeOf<ServiceLength>().toEqualTypeOf<{ readonly years: number; readonly months: number; readonly days: number }>();
  });

  it('a ParsedNip narrows on layout', () => {
    expectTypeOf<Extract<ParsedNip, { layout: 'pns' }>['tmtCpns']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<Extract<ParsedNip, { layout: 'pppk' }>['contractCount']>().toEqualTypeOf<number>();
  });

  it('error codes are the module codes', () => {
    expectTypeOf<EmployeeError['code']>().toEqualTypeOf<EmployeeErrorCode>();
    expectTypeOf<'employee/invalid-nip-sequence'>().toExtend<EmployeeErrorCode>();
    expectTypeOf<'leave/invalid-input'>().not.toExtend<EmployeeErrorCode>();
  });

  it('reasons carry the module reason codes', () => {
    expectTypeOf<Retirement['reasons'][number]['code']>().toEqualTypeOf<EmployeeReasonCode>();
    expectTypeOf<ConsistencyCheck['reasons'][number]['code']>().toEqualTypeOf<EmployeeReasonCode>();
    expectTypeOf<'employee/leap-day-birthday'>().toExtend<EmployeeReasonCode>();
  });
});

describe('error data typed per code', () => {
  it('a test of the code gives the data of that code', () => {
    const lengthOf = (error: errors.EmployeeError) => {
      if (error.code === 'employee/invalid-nip-length') {
        expectTypeOf(error.data.length).toEqualTypeOf<number>();
        // @ts-expect-error: `digits` is a field of employee/invalid-nip-sequence, not of employee/invalid-nip-length
        expectTypeOf(error.data.digits).toBeUnknown();
      }
      if (error.code === 'employee/invalid-nip-sequence') expectTypeOf(error.data.digits).toEqualTypeOf<string>();
      if (error.code === 'employee/no-bup-rule') expectTypeOf(error.data.category).toEqualTypeOf<BupCategory>();
    };
    expectTypeOf(lengthOf).parameter(0).toEqualTypeOf<errors.EmployeeError>();
  });
});
