import * as z from 'zod/mini';
import { compiled } from '../core/compiled-object';
import { boundedText, dateRangeSchema, isoDateSchema, itemList } from '../core/schemas';
import type { DateRange, DateRangeInput, IsoDate } from '../core/iso-date';
import { decodeNip, stripSeparators } from './nip';
import { PNS_GOLONGAN, PPPK_GOLONGAN, type PnsGolongan, type PppkGolongan } from './rules/golongan';
import { localized } from '../core/language';
import { deepFrozen } from '../core/frozen';

/**
 * The kinds of ASN employee: `PNS`, `CPNS` (a PNS candidate in the probation year) and `PPPK` (contract staff).
 *
 * @example
 * ```ts
 * import type { EmployeeKind } from 'asn-kit/employee';
 * const kind: EmployeeKind = 'PPPK';
 * ```
 */
export type EmployeeKind = 'PNS' | 'CPNS' | 'PPPK';

/**
 * An employee's gender as the NIP encodes it (digit 15: 1 male, 2 female).
 *
 * @example
 * ```ts
 * import type { Gender } from 'asn-kit/employee';
 * const gender: Gender = 'female';
 * ```
 */
export type Gender = 'male' | 'female';

/**
 * The levels of a jabatan fungsional: keahlian (`ahli-pertama` … `ahli-utama`) and keterampilan
 * (`pemula` … `penyelia`).
 *
 * @example
 * ```ts
 * import type { FungsionalLevel } from 'asn-kit/employee';
 * const level: FungsionalLevel = 'ahli-madya';
 * ```
 */
export type FungsionalLevel = (typeof FUNGSIONAL_LEVELS)[number];

/**
 * The levels of a jabatan fungsional, keahlian first (UU 5/2014 Pasal 18, kept in practice under UU 20/2023).
 *
 * @example
 * ```ts
 * import { FUNGSIONAL_LEVELS } from 'asn-kit/employee';
 * FUNGSIONAL_LEVELS.includes('mahir'); // => true
 * ```
 */
export const FUNGSIONAL_LEVELS = /* @__PURE__ */ deepFrozen(['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama', 'pemula', 'terampil', 'mahir', 'penyelia'] as const);

/**
 * What every position may carry besides its type.
 *
 * @example
 * ```ts
 * import type { PositionTitle } from 'asn-kit/employee';
 * const named: PositionTitle = { title: 'Kepala Seksi Pemerintahan' };
 * ```
 */
export interface PositionTitle {
  /** The position's name as in the SK, e.g. `'Kepala Dinas Kesehatan'` or `'Perawat Terampil'`. */
  readonly title?: string;
}

/**
 * A jabatan pimpinan tinggi (JPT): utama, madya or pratama (UU 20/2023 Pasal 14).
 *
 * @example
 * ```ts
 * import type { JptPosition } from 'asn-kit/employee';
 * const head: JptPosition = { type: 'jpt', level: 'pratama', title: 'Kepala Dinas Kesehatan' };
 * ```
 */
export interface JptPosition extends PositionTitle {
  /** Jabatan pimpinan tinggi. */
  readonly type: 'jpt';
  /** The JPT level. */
  readonly level: 'utama' | 'madya' | 'pratama';
}

/**
 * A managerial position below JPT (administrator, pengawas) or the non-managerial pelaksana (UU 20/2023 Pasal 14,
 * 18).
 *
 * @example
 * ```ts
 * import type { AdministrationPosition } from 'asn-kit/employee';
 * const chief: AdministrationPosition = { type: 'pengawas', title: 'Kepala Seksi Pemerintahan' };
 * ```
 */
export interface AdministrationPosition extends PositionTitle {
  /** Administrator, pengawas or pelaksana. */
  readonly type: 'administrator' | 'pengawas' | 'pelaksana';
}

/**
 * A jabatan fungsional with its level (UU 20/2023 Pasal 18).
 *
 * @example
 * ```ts
 * import type { FungsionalPosition } from 'asn-kit/employee';
 * const doctor: FungsionalPosition = { type: 'fungsional', level: 'ahli-madya', title: 'Dokter Ahli Madya' };
 * ```
 */
export interface FungsionalPosition extends PositionTitle {
  /** Jabatan fungsional. */
  readonly type: 'fungsional';
  /** The level: keahlian or keterampilan. */
  readonly level: FungsionalLevel;
}

/**
 * A guru, whose retirement age UU 14/2005 sets.
 *
 * @example
 * ```ts
 * import type { GuruPosition } from 'asn-kit/employee';
 * const teacher: GuruPosition = { type: 'guru', title: 'Guru Matematika' };
 * ```
 */
export interface GuruPosition extends PositionTitle {
  /** Guru (teacher). */
  readonly type: 'guru';
}

/**
 * A dosen, whose retirement age UU 14/2005 sets; a professor may be extended to 70.
 *
 * @example
 * ```ts
 * import type { DosenPosition } from 'asn-kit/employee';
 * const professor: DosenPosition = { type: 'dosen', professor: true };
 * ```
 */
export interface DosenPosition extends PositionTitle {
  /** Dosen (lecturer). */
  readonly type: 'dosen';
  /** Whether the dosen holds the jabatan akademik profesor. */
  readonly professor?: boolean;
}

/**
 * A position (jabatan) under UU 20/2023: the managerial JPT (utama, madya, pratama), administrator and pengawas;
 * the non-managerial pelaksana and fungsional (with its level); and guru and dosen, whose retirement ages a
 * law of their own sets (UU 14/2005). Each may carry the position's `title`.
 *
 * @example
 * ```ts
 * import type { Position } from 'asn-kit/employee';
 * const head: Position = { type: 'jpt', level: 'pratama', title: 'Kepala Dinas Kesehatan' };
 * ```
 */
export type Position = JptPosition | AdministrationPosition | FungsionalPosition | GuruPosition | DosenPosition;

/**
 * A work unit (unit kerja / perangkat daerah).
 *
 * @example
 * ```ts
 * import type { WorkUnit } from 'asn-kit/employee';
 * const unit: WorkUnit = { id: 'dinkes', name: 'Dinas Kesehatan Kota Medan' };
 * ```
 */
export interface WorkUnit {
  /** A stable identifier chosen by the agency. */
  readonly id: string;
  /** The unit's name. */
  readonly name: string;
}

/**
 * A PPPK work contract (perjanjian kerja).
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit';
 * import type { PppkContract } from 'asn-kit/employee';
 * const contract: PppkContract = { start: '2024-03-01' as IsoDate, years: 5, firstStart: '2024-03-01' as IsoDate };
 * ```
 */
export interface PppkContract {
  /** The start of the current contract. */
  readonly start: IsoDate;
  /** The length of the current contract in whole years. */
  readonly years: number;
  /** The start of the first contract, from which PPPK service is counted (docs/interpretations.md#eligibility-service); defaults to `start`. */
  readonly firstStart: IsoDate;
}

/**
 * The fields every employee record has.
 *
 * @example
 * ```ts
 * import type { EmployeeBase } from 'asn-kit/employee';
 * const keys: (keyof EmployeeBase)[] = ['nip', 'birthDate', 'workWeek'];
 * ```
 */
export interface EmployeeBase {
  /** The NIP (NI PPPK for a PPPK): 18 digits without separators. */
  readonly nip: string;
  /** The full name. */
  readonly name: string;
  /** Gender. */
  readonly gender: Gender;
  /** Date of birth. */
  readonly birthDate: IsoDate;
  /** The position held. */
  readonly position: Position;
  /** The work unit. */
  readonly workUnit: WorkUnit;
  /** The unit's working week: 5 days (the default, Perpres 21/2023) or 6 days for service units (docs/interpretations.md#working-week). */
  readonly workWeek: 5 | 6;
  /** The dates of births while employed (counted from CPNS/PPPK appointment, docs/interpretations.md#maternity-births). */
  readonly births: readonly IsoDate[];
  /** The periods of cuti di luar tanggungan negara (CLTN), which do not count as service (PP 11/2017 Pasal 337). */
  readonly cltn: readonly DateRange[];
}

/**
 * A PNS or CPNS: has a TMT CPNS and a PNS golongan/ruang.
 *
 * @example
 * ```ts
 * import type { CivilServant } from 'asn-kit/employee';
 * const kind: CivilServant['kind'] = 'CPNS';
 * ```
 */
export interface CivilServant extends EmployeeBase {
  /** `PNS` or `CPNS`. */
  readonly kind: 'PNS' | 'CPNS';
  /** TMT CPNS: the start of service (docs/interpretations.md#eligibility-service). */
  readonly tmtCpns: IsoDate;
  /** A PNS has no work contract. */
  readonly contract?: undefined;
  /** The golongan/ruang, `'I/a'` … `'IV/e'`. */
  readonly golongan: PnsGolongan;
}

/**
 * A PPPK: has a work contract and a PPPK golongan.
 *
 * @example
 * ```ts
 * import type { PppkEmployee } from 'asn-kit/employee';
 * const golongan: PppkEmployee['golongan'] = 'IX';
 * ```
 */
export interface PppkEmployee extends EmployeeBase {
  /** `PPPK`. */
  readonly kind: 'PPPK';
  /** A PPPK has no TMT CPNS. */
  readonly tmtCpns?: undefined;
  /** The current work contract. */
  readonly contract: PppkContract;
  /** The golongan, `'I'` … `'XVII'`. */
  readonly golongan: PppkGolongan;
}

/**
 * An ASN employee, as {@link parseEmployee} returns it: a {@link CivilServant} (PNS, CPNS) or a
 * {@link PppkEmployee}, told apart by `kind`.
 *
 * @example
 * ```ts
 * import { parseEmployee, type Employee } from 'asn-kit/employee';
 * const body: unknown = JSON.parse('{"kind":"PPPK","nip":"200012312024211001","name":"Fajar","gender":"male",' +
 *   '"birthDate":"2000-12-31","contract":{"start":"2024-03-01","years":5},"golongan":"IX",' +
 *   '"position":{"type":"guru"},"workUnit":{"id":"disdik","name":"Dinas Pendidikan"}}');
 * const result = parseEmployee(body);
 * if (result.isOk()) {
 *   const employee: Employee = result.value;
 *   if (employee.kind === 'PPPK') employee.contract.years; // narrowed: a PPPK always has a contract
 * }
 * ```
 */
export type Employee = CivilServant | PppkEmployee;

/*
 * Each schema below is built inside an arrow function called once and marked pure: a bundler drops an unused pure
 * call only when its arguments are free of calls too, so nested zod calls written at the top level would keep zod in
 * bundles that never parse (a NIP check, say).
 */

/** A non-empty string, trimmed. */
const text = /* @__PURE__ */ boundedText(true);

/**
 * The zod schema of a {@link Position} (zod/mini): a union of objects told apart by `type`, each with its `shape`.
 * Other keys are dropped. Embed it in your own `zod` or `zod/mini` objects.
 *
 * @example
 * ```ts
 * import { positionSchema } from 'asn-kit/employee';
 * positionSchema.safeParse({ type: 'fungsional', level: 'ahli-madya' }).success; // => true
 * positionSchema.safeParse({ type: 'camat' }).success; // => false
 * ```
 */
export const positionSchema = /* @__PURE__ */ (() => {
  const title = z.exactOptional(text);
  return z.discriminatedUnion('type', [
    compiled(z.object({ type: z.literal('jpt'), level: z.enum(['utama', 'madya', 'pratama']), title })),
    compiled(z.object({ type: z.literal('administrator'), title })),
    compiled(z.object({ type: z.literal('pengawas'), title })),
    compiled(z.object({ type: z.literal('pelaksana'), title })),
    compiled(z.object({ type: z.literal('fungsional'), level: z.enum(FUNGSIONAL_LEVELS), title })),
    compiled(z.object({ type: z.literal('guru'), title })),
    compiled(z.object({ type: z.literal('dosen'), professor: z.exactOptional(z.boolean()), title })),
  ]);
})();

/**
 * The zod schema of a golongan of either scheme: PNS `'I/a'` … `'IV/e'` or PPPK `'I'` … `'XVII'`.
 *
 * @example
 * ```ts
 * import { golonganSchema } from 'asn-kit/employee';
 * golonganSchema.safeParse('XVIII').success; // => false
 * ```
 */
export const golonganSchema = /* @__PURE__ */ (() => z.enum([...PNS_GOLONGAN, ...PPPK_GOLONGAN]))();

/**
 * The zod schema of a NIP (Perka BKN 22/2007) or NI PPPK: a string that {@link parseNip} accepts, with or without
 * spaces and dots; it outputs the 18 digits without separators. The issue names the wrong part, as the
 * `employee/invalid-nip-*` codes of {@link parseNip} do. Whether the layout fits the employee's kind is a check
 * across fields, made by {@link parseEmployee}.
 *
 * @example
 * ```ts
 * import { nipSchema } from 'asn-kit/employee';
 * nipSchema.safeParse('19660801 198803 1 001').data; // => '196608011988031001'
 * nipSchema.safeParse('196608011988031000').success; // => false (sequence 000)
 * ```
 */
export const nipSchema = /* @__PURE__ */ (() =>
  z.pipe(
    z.string().check(
      z.superRefine((raw, context) => {
        const decoded = decodeNip(raw);
        if (decoded.isErr()) context.addIssue({ code: 'custom', message: localized(decoded.error.message)(), input: raw });
      }),
    ),
    z.transform(stripSeparators),
  ))();

/** The fields every kind of employee record has, with their checks and defaults. */
const commonShape = /* @__PURE__ */ (() => ({
  nip: nipSchema,
  name: text,
  gender: z.enum(['male', 'female']),
  birthDate: isoDateSchema,
  position: positionSchema,
  workUnit: compiled(z.object({ id: text, name: text })),
  workWeek: z._default(z.union([z.literal(5), z.literal(6)]), 5),
  births: z._default(itemList(isoDateSchema), []),
  cltn: z._default(itemList(dateRangeSchema), []),
}))();

/**
 * The zod schema of a PNS or CPNS record (zod/mini), one of the two objects of {@link employeeSchema}: the common
 * fields, `kind` (`PNS`, `CPNS`), `tmtCpns` and a PNS `golongan`. An object schema with its `shape`: extend or
 * pick from it (`z.extend(civilServantSchema, { … })`). Its checks across fields are {@link parseEmployee}'s.
 *
 * @example
 * ```ts
 * import { civilServantSchema } from 'asn-kit/employee';
 * civilServantSchema.shape.golongan.safeParse('IX').success; // => false (a PPPK golongan)
 * ```
 */
export const civilServantSchema = /* @__PURE__ */ (() =>
  compiled(z.object({ kind: z.enum(['PNS', 'CPNS']), ...commonShape, tmtCpns: isoDateSchema, golongan: z.enum(PNS_GOLONGAN) })))();

/**
 * The zod schema of a PPPK record (zod/mini), one of the two objects of {@link employeeSchema}: the common fields,
 * `kind` (`PPPK`), the `contract` (its `firstStart` defaults to its `start`) and a PPPK `golongan`. An object
 * schema with its `shape`. Its checks across fields are {@link parseEmployee}'s.
 *
 * @example
 * ```ts
 * import { pppkEmployeeSchema } from 'asn-kit/employee';
 * pppkEmployeeSchema.shape.contract.safeParse({ start: '2024-03-01', years: 5 }).data;
 * // => { start: '2024-03-01', years: 5, firstStart: '2024-03-01' }
 * ```
 */
export const pppkEmployeeSchema = /* @__PURE__ */ (() =>
  compiled(z.object({
    kind: z.literal('PPPK'),
    ...commonShape,
    contract: z.pipe(
      compiled(z.object({
        start: isoDateSchema,
        years: z.int().check(z.minimum(1), z.maximum(99)),
        firstStart: z.exactOptional(isoDateSchema),
      })),
      z.transform(
        (value): PppkContract => ({ start: value.start, years: value.years, firstStart: value.firstStart ?? value.start }),
      ),
    ),
    golongan: z.enum(PPPK_GOLONGAN),
  })))();

/**
 * The zod schema of an employee record (zod/mini): the union of {@link civilServantSchema} (PNS, CPNS) and
 * {@link pppkEmployeeSchema} (PPPK), told apart by `kind`. Embed it in your own `zod` or `zod/mini` objects (a
 * request body), build on its two object schemas, and describe it with `z.toJSONSchema(employeeSchema,
 * { io: 'input' })` (dates as `format: 'date'`).
 *
 * It checks each field (the NIP is a valid NIP of either layout), drops the fields a kind does not use and fills
 * the defaults (`workWeek` 5, no births, no CLTN, `contract.firstStart` = `contract.start`). The checks across
 * fields — the NIP layout against the kind, TMT CPNS after the birth date, the first contract not
 * after the current one — are {@link parseEmployee}'s: parse employees with it, which also freezes the result and
 * lets every function take it without a second check. Whether the NIP agrees with the record is
 * {@link checkNipAgainstEmployee}'s job.
 *
 * @example
 * ```ts
 * import { employeeSchema } from 'asn-kit/employee';
 * employeeSchema.safeParse({ kind: 'PNS' }).success; // => false
 * ```
 */
export const employeeSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [civilServantSchema, pppkEmployeeSchema]))();

/**
 * The fields of a raw employee record that every kind has, as a form or an API sends them (dates as
 * `YYYY-MM-DD` strings, defaults not yet filled in).
 *
 * @example
 * ```ts
 * import type { EmployeeInputBase } from 'asn-kit/employee';
 * const keys: (keyof EmployeeInputBase)[] = ['nip', 'birthDate'];
 * ```
 */
export interface EmployeeInputBase {
  /** The NIP or NI PPPK, with or without spaces and dots. */
  readonly nip: string;
  /** The full name. */
  readonly name: string;
  /** Gender. */
  readonly gender: Gender;
  /** Date of birth, `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** The position held. */
  readonly position: Position;
  /** The work unit. */
  readonly workUnit: WorkUnit;
  /** The unit's working week; default 5. */
  readonly workWeek?: 5 | 6 | undefined;
  /** The dates of births while employed; default none. */
  readonly births?: readonly string[] | undefined;
  /** The CLTN periods, each `{ from, to }` inclusive; default none. */
  readonly cltn?:
    | readonly {
        /** The first day, `YYYY-MM-DD`. */
        readonly from: string;
        /** The last day (included), `YYYY-MM-DD`. */
        readonly to: string;
      }[]
    | undefined;
}

/**
 * A raw PNS or CPNS record.
 *
 * @example
 * ```ts
 * import type { CivilServantInput } from 'asn-kit/employee';
 * const input: CivilServantInput = {
 *   kind: 'PNS', nip: '19660801 198803 1 001', name: 'Amir', gender: 'male', birthDate: '1966-08-01',
 *   tmtCpns: '1988-03-01', golongan: 'IV/a', position: { type: 'pelaksana' },
 *   workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
 * };
 * ```
 */
export interface CivilServantInput extends EmployeeInputBase {
  /** `PNS` or `CPNS`. */
  readonly kind: 'PNS' | 'CPNS';
  /** TMT CPNS, `YYYY-MM-DD`. */
  readonly tmtCpns: string;
  /** The golongan/ruang, `'I/a'` … `'IV/e'`. */
  readonly golongan: PnsGolongan;
}

/**
 * A raw PPPK record.
 *
 * @example
 * ```ts
 * import type { PppkEmployeeInput } from 'asn-kit/employee';
 * const contract: PppkEmployeeInput['contract'] = { start: '2025-03-01', years: 5, firstStart: '2022-03-01' };
 * ```
 */
export interface PppkEmployeeInput extends EmployeeInputBase {
  /** `PPPK`. */
  readonly kind: 'PPPK';
  /** The current work contract. */
  readonly contract: {
    /** The start of the current contract, `YYYY-MM-DD`. */
    readonly start: string;
    /** The contract's length in whole years. */
    readonly years: number;
    /** The start of the first contract; default `start`. */
    readonly firstStart?: string;
  };
  /** The golongan, `'I'` … `'XVII'`. */
  readonly golongan: PppkGolongan;
}

/**
 * The raw input {@link employeeSchema} and {@link parseEmployee} accept: what a form or an API sends.
 *
 * @example
 * ```ts
 * import type { EmployeeInput } from 'asn-kit/employee';
 * const input: EmployeeInput = {
 *   kind: 'PPPK', nip: '20001231 2024 21 1 001', name: 'Fajar', gender: 'male', birthDate: '2000-12-31',
 *   contract: { start: '2024-03-01', years: 5 }, golongan: 'IX', position: { type: 'guru' },
 *   workUnit: { id: 'disdik', name: 'Dinas Pendidikan Kota Medan' },
 * };
 * ```
 */
export type EmployeeInput = CivilServantInput | PppkEmployeeInput;

/**
 * The zod schema of {@link ServiceLengthOptions} (strict: an unknown key is an issue that names it).
 *
 * @example
 * ```ts
 * import { serviceLengthOptionsSchema } from 'asn-kit/employee';
 * serviceLengthOptionsSchema.safeParse({ excluding: [{ from: '2015-01-01', to: '2015-12-31' }] }).success; // => true
 * serviceLengthOptionsSchema.safeParse({ exclude: [] }).success; // => false
 * ```
 */
export const serviceLengthOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ excluding: z.optional(itemList(dateRangeSchema)) }))();

/**
 * The options of {@link serviceLength}.
 *
 * @example
 * ```ts
 * import type { ServiceLengthOptions } from 'asn-kit/employee';
 * const options: ServiceLengthOptions = { excluding: [{ from: '2015-01-01', to: '2016-12-31' }] };
 * ```
 */
export interface ServiceLengthOptions {
  /**
   * Periods that do not count as service, each `{ from, to }` inclusive (`YYYY-MM-DD`), e.g. the employee's CLTN
   * periods (PP 11/2017 Pasal 337); default none.
   */
  readonly excluding?: readonly DateRangeInput[] | undefined;
}

/**
 * The options of {@link retirementDate}.
 *
 * @example
 * ```ts
 * import type { RetirementDateOptions } from 'asn-kit/employee';
 * const options: RetirementDateOptions = { professorExtension: true };
 * ```
 */
export interface RetirementDateOptions {
  /**
   * Apply the extension of a professor dosen's retirement age to 70 (UU 14/2005 Pasal 67 ayat (5), docs/interpretations.md#retirement-age).
   * Off by default: the extension is granted case by case.
   */
  readonly professorExtension?: boolean | undefined;
}

/**
 * The options of {@link retirementAge}: those of {@link retirementDate}, and the date whose rules to read.
 *
 * @example
 * ```ts
 * import type { RetirementOptions } from 'asn-kit/employee';
 * const options: RetirementOptions = { professorExtension: true, on: '2020-01-01' };
 * ```
 */
export interface RetirementOptions extends RetirementDateOptions {
  /** Read the retirement age under the rules in force on this date, `YYYY-MM-DD` (default: the rules now in force). */
  readonly on?: string;
}

/**
 * The zod schema of {@link RetirementOptions} (strict: an unknown key is an issue that names it).
 *
 * @example
 * ```ts
 * import { retirementOptionsSchema } from 'asn-kit/employee';
 * retirementOptionsSchema.safeParse({ professorExtension: 'yes' }).success; // => false
 * retirementOptionsSchema.safeParse({ professorExtention: true }).success; // => false (misspelt)
 * ```
 */
export const retirementOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ professorExtension: z.optional(z.boolean()), on: z.exactOptional(isoDateSchema) }))();

/**
 * The zod schema of a {@link RetirementInput}: a birth date and a position, and optionally the TMT CPNS and CLTN
 * periods, which give the service at retirement and the pension entitlement. Other keys are dropped, so an
 * employee record fits.
 *
 * @example
 * ```ts
 * import { retirementInputSchema } from 'asn-kit/employee';
 * retirementInputSchema.safeParse({ birthDate: '1966-05-15', position: { type: 'administrator' } }).success;
 * // => true
 * ```
 */
export const retirementInputSchema = /* @__PURE__ */ (() =>
  z.object({
    birthDate: isoDateSchema,
    position: positionSchema,
    tmtCpns: z.optional(isoDateSchema),
    cltn: z.optional(itemList(dateRangeSchema)),
  }))();

/**
 * The input of {@link retirementDate}: the part of an employee record that sets the retirement date. An
 * {@link Employee} is one (and is used as it is); any other value is checked with {@link retirementInputSchema}.
 *
 * @example
 * ```ts
 * import type { RetirementInput } from 'asn-kit/employee';
 * const input: RetirementInput = { birthDate: '1966-05-15', position: { type: 'administrator' } };
 * ```
 */
export interface RetirementInput {
  /** Date of birth, `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** The position, which sets the retirement age (docs/interpretations.md#retirement-age). */
  readonly position: Position;
  /** TMT CPNS, `YYYY-MM-DD`; when given, the result tells the service at retirement and the pension entitlement. */
  readonly tmtCpns?: string | undefined;
  /** CLTN periods, each `{ from, to }` inclusive, left out of the service at retirement. */
  readonly cltn?: readonly DateRangeInput[] | undefined;
}

/**
 * The zod schema of a {@link NipRecord}, the record {@link checkNipAgainstEmployee} compares a NIP with: birth date
 * and gender, and when present the kind, the TMT CPNS and the PPPK contract. Other keys are dropped, so an employee
 * record fits.
 *
 * @example
 * ```ts
 * import { nipRecordSchema } from 'asn-kit/employee';
 * nipRecordSchema.safeParse({ birthDate: '1966-08-01', gender: 'male' }).success; // => true
 * ```
 */
export const nipRecordSchema = /* @__PURE__ */ (() =>
  z.object({
    kind: z.exactOptional(z.enum(['PNS', 'CPNS', 'PPPK'])),
    birthDate: isoDateSchema,
    gender: z.enum(['male', 'female']),
    tmtCpns: z.optional(isoDateSchema),
    contract: z.optional(z.object({ start: isoDateSchema, firstStart: z.exactOptional(isoDateSchema) })),
  }))();

/**
 * The record {@link checkNipAgainstEmployee} compares a NIP with. An {@link Employee} is one (and is used as it
 * is); any other value is checked with {@link nipRecordSchema}.
 *
 * @example
 * ```ts
 * import type { NipRecord } from 'asn-kit/employee';
 * const record: NipRecord = { birthDate: '1966-08-01', gender: 'male' };
 * ```
 */
export interface NipRecord {
  /** The kind of employee, which fixes the NIP layout. */
  readonly kind?: EmployeeKind;
  /** Date of birth, `YYYY-MM-DD` (NIP digits 1–8). */
  readonly birthDate: string;
  /** Gender (NIP digit 15). */
  readonly gender: Gender;
  /** TMT CPNS, `YYYY-MM-DD` (a PNS NIP's digits 9–14). */
  readonly tmtCpns?: string | undefined;
  /** The PPPK contract (a NI PPPK's digits 9–12 are the first contract's year). */
  readonly contract?:
    | {
        /** The start of the current contract, `YYYY-MM-DD`. */
        readonly start: string;
        /** The start of the first contract, `YYYY-MM-DD`. */
        readonly firstStart?: string;
      }
    | undefined;
}
