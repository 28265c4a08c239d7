import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  isIsoDate,
  isoDateSchema,
  reason,
  recodeError,
  ruleInForce,
  trustParsed,
  validate,
  type IsoDate,
  type Reason,
  type RuleTable,
} from '../core';
import { markParsed } from '../core/parsed';
import { positionSchema, type Position } from '../employee';
import { argumentsError } from './arguments';
import { competencyError, type CompetencyError, type CompetencyReasonCode } from './errors';
import { INVALID_INPUT, LEVELS_KIND } from './kinds';
import { parseCompetencyLevels } from './parse-competency-levels';
import { BUILT_IN_CODES } from './rules/dictionary';
import { DEFAULT_STANDARD_LEVELS, type StandardLevelRow, type StandardPositionKey } from './rules/standard-levels';
import { standardOptionsSchema, type CompetencyLevels } from './schemas';
import { deepFrozen } from '../core/frozen';

/**
 * The options of {@link standardForPosition}.
 *
 * @example
 * ```ts
 * import type { StandardOptions } from 'asn-kit/competency';
 * const options: StandardOptions = { levels: { 'public-service': 3, 'road-asset-management': 2 } };
 * ```
 */
export interface StandardOptions {
  /** Levels that override the default or add technical competencies: the position-specific standard. */
  readonly levels?: CompetencyLevels;
  /** A standard-level table of your own (e.g. the agency's Standar Kompetensi Jabatan); default {@link DEFAULT_STANDARD_LEVELS}. */
  readonly table?: RuleTable<StandardLevelRow>;
}

/**
 * The result of {@link standardForPosition}.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit';
 * import { standardForPosition } from 'asn-kit/competency';
 * standardForPosition({ type: 'pengawas' }, '2026-01-05' as IsoDate).map((standard) => standard.position).unwrapOr(null); // => 'pengawas'
 * ```
 */
export interface PositionStandard {
  /** The position family whose row was used. */
  readonly position: StandardPositionKey;
  /**
   * The required level of each competency: the 9 built-in ones, then any from `options.levels`. Frozen, and taken
   * by {@link competencyGap} and {@link jobPersonMatch} as parsed levels.
   */
  readonly levels: CompetencyLevels;
  /** `competency/default-standard`: a warning when the built-in default table was used, info otherwise. */
  readonly reasons: readonly Reason<CompetencyReasonCode>[];
}

/** Every argument of {@link standardForPosition}, for the error on the failure path. */
const argumentsSchema = /* @__PURE__ */ (() => z.object({
  position: positionSchema,
  asOf: isoDateSchema,
  options: z.optional(standardOptionsSchema),
}))();

/** The options schema with the levels left to `trustParsed`, so parsed levels are not checked twice. */
const optionKeysSchema = /* @__PURE__ */ (() => z.strictObject({ ...standardOptionsSchema.shape, levels: z.optional(z.unknown()) }))();

interface Settings {
  readonly table: RuleTable<StandardLevelRow>;
  readonly levels: CompetencyLevels | undefined;
}

const DEFAULTS: Settings = /* @__PURE__ */ deepFrozen({ table: DEFAULT_STANDARD_LEVELS, levels: undefined });

/** Reads the options: `undefined` takes the defaults without running zod; `undefined` back when they are invalid. */
function readOptions(options: StandardOptions | undefined): Settings | undefined {
  if (options === undefined) return DEFAULTS;
  const given = validate(optionKeysSchema, options, INVALID_INPUT);
  if (given.isErr()) return undefined;
  const table = given.value.table ?? DEFAULT_STANDARD_LEVELS;
  if (given.value.levels === undefined) return { table, levels: undefined };
  const levels = trustParsed(given.value.levels, LEVELS_KIND, parseCompetencyLevels);
  return levels.isOk() ? { table, levels: levels.value } : undefined;
}

function keyOf(position: Position): StandardPositionKey | undefined {
  switch (position.type) {
    case 'jpt':
      return `jpt-${position.level}`;
    case 'fungsional':
      return `fungsional-${position.level}`;
    case 'guru':
    case 'dosen':
      return undefined;
    default:
      return position.type;
  }
}

/**
 * The competency standard of a position on a date: the level of its row in the standard-level table for each of
 * the 9 managerial and socio-cultural competencies of PermenPANRB 38/2017, plus (or overridden by) the
 * position-specific levels the consumer supplies. The built-in table is a default that could not be verified
 *, so using it adds a warning reason.
 *
 * @param position - The position, as in `asn-kit/employee` (`{ type: 'jpt', level: 'pratama' }`, …).
 * @param asOf - The date the standard applies to (e.g. the assessment date).
 * @param options - `{ levels, table }`: position-specific levels (at most 1,000; from {@link parseCompetencyLevels}
 *   they are not checked again) and a table of your own; an unknown key is an error.
 * @returns `Ok(standard)`; `Err` with `competency/no-default-standard` for guru and dosen (their standard comes
 *   from the instansi pembina), `competency/no-rule-in-force` before the table's rows apply, or
 *   `competency/invalid-input`.
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit';
 * import { standardForPosition } from 'asn-kit/competency';
 * const asOf = '2026-01-05' as IsoDate;
 * const standard = standardForPosition({ type: 'jpt', level: 'pratama' }, asOf);
 * if (standard.isOk()) standard.value.levels.integrity; // => 4
 * const specific = standardForPosition({ type: 'administrator' }, asOf, { levels: { 'public-service': 4 } });
 * if (specific.isOk()) specific.value.levels['public-service']; // => 4
 * standardForPosition({ type: 'guru' }, asOf).match(() => '', (error) => error.code);
 * // => 'competency/no-default-standard'
 * ```
 */
export function standardForPosition(
  position: Position,
  asOf: IsoDate,
  options?: StandardOptions,
): Result<PositionStandard, CompetencyError> {
  const job = validate(positionSchema, position, INVALID_INPUT);
  const settings = readOptions(options);
  if (job.isErr() || !isIsoDate(asOf) || settings === undefined) {
    return err(argumentsError(argumentsSchema, { position, asOf, options }));
  }
  return standardFor(job.value, asOf, settings.table, settings.levels);
}

/**
 * The standard of a checked position on a date (the unchecked core shared with {@link trainingNeeds}).
 *
 * @param position - A valid position.
 * @param asOf - A valid date.
 * @param table - A valid standard-level table.
 * @param specific - Valid position-specific levels, if any.
 * @returns As {@link standardForPosition}, without `competency/invalid-input`.
 */
export function standardFor(
  position: Position,
  asOf: IsoDate,
  table: RuleTable<StandardLevelRow>,
  specific: CompetencyLevels | undefined,
): Result<PositionStandard, CompetencyError> {
  const key = keyOf(position);
  if (key === undefined) {
    return err(competencyError(
      'competency/no-default-standard',
      { instrument: 'PermenPANRB 38/2017', note: 'the standard of guru and dosen positions is set by their instansi pembina' },
      {
        id: `Jabatan ${position.type} tidak memiliki standar kompetensi bawaan; berikan standar jabatannya.`,
        en: `A ${position.type} position has no default competency standard; supply the position’s standard.`,
      },
      { position: position.type },
    ));
  }
  const row = ruleInForce(table, asOf, (candidate) => candidate.position === key);
  if (row.isErr()) return err(recodeError(row.error, 'competency/no-rule-in-force'));
  const levels: Record<string, number> = {};
  for (const code of BUILT_IN_CODES) levels[code] = row.value.level;
  Object.assign(levels, specific);
  markParsed(levels, LEVELS_KIND);
  const isDefault = table === DEFAULT_STANDARD_LEVELS;
  return ok({
    position: key,
    levels,
    reasons: [
      reason(
        'competency/default-standard',
        isDefault ? 'warning' : 'info',
        row.value.basis,
        isDefault
          ? {
              id: `Standar bawaan asn-kit untuk ${key}: level ${row.value.level} untuk kompetensi manajerial dan sosial kultural (belum diverifikasi; gunakan Standar Kompetensi Jabatan instansi).`,
              en: `asn-kit default standard for ${key}: level ${row.value.level} for the managerial and socio-cultural competencies (unverified; use the agency’s position standard).`,
            }
          : {
              id: `Standar ${key}: level ${row.value.level} untuk kompetensi manajerial dan sosial kultural (tabel ${table.name}).`,
              en: `Standard for ${key}: level ${row.value.level} for the managerial and socio-cultural competencies (table ${table.name}).`,
            },
        { level: row.value.level, table: table.name },
      ),
    ],
  });
}
