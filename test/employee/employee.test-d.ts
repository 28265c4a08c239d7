import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import type { DateRange, IsoDate } from '../../src/core';
import {
  checkNikAgainstNip,
  checkNipAgainstEmployee,
  formatNip,
  isValidNip,
  parseEmployee,
  parseNik,
  parseNip,
  rankOf,
  retirementAge,
  retirementDate,
  serviceLength,
  serviceStart,
  type ConsistencyCheck,
  type Employee,
  type EmployeeError,
  type EmployeeErrorCode,
  type EmployeeReasonCode,
  type ParsedNik,
  type ParsedNip,
  type PnsGolongan,
  type PppkGolongan,
  type Rank,
  type Retirement,
  type RetirementAge,
  type ServiceLength,
} from '../../src/employee/index';

describe('employee types', () => {
  it('parseEmployee takes unknown and returns Result<Employee, EmployeeError>', () => {
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

  it('serviceStart takes any input and returns a Result of an IsoDate', () => {
    expectTypeOf(serviceStart).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(serviceStart).returns.toEqualTypeOf<Result<IsoDate, EmployeeError>>();
  });

  it('serviceLength returns years, months and days', () => {
    expectTypeOf(serviceLength).returns.toEqualTypeOf<Result<ServiceLength, EmployeeError>>();
    expectTypeOf<ServiceLength>().toEqualTypeOf<{ readonly years: number; readonly months: number; readonly days: number }>();
  });

  it('the NIP, NIK, rank and retirement functions take unknown and return Results', () => {
    expectTypeOf(parseNip).returns.toEqualTypeOf<Result<ParsedNip, EmployeeError>>();
    expectTypeOf(formatNip).returns.toEqualTypeOf<Result<string, EmployeeError>>();
    expectTypeOf(isValidNip).returns.toEqualTypeOf<boolean>();
    expectTypeOf(parseNik).returns.toEqualTypeOf<Result<ParsedNik, EmployeeError>>();
    expectTypeOf(checkNipAgainstEmployee).returns.toEqualTypeOf<Result<ConsistencyCheck, EmployeeError>>();
    expectTypeOf(checkNikAgainstNip).returns.toEqualTypeOf<Result<ConsistencyCheck, EmployeeError>>();
    expectTypeOf(rankOf).returns.toEqualTypeOf<Result<Rank, EmployeeError>>();
    expectTypeOf(retirementAge).returns.toEqualTypeOf<Result<RetirementAge, EmployeeError>>();
    expectTypeOf(retirementDate).returns.toEqualTypeOf<Result<Retirement, EmployeeError>>();
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
