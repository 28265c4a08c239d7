import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { fail, isoDateSchema, reason, recodeError, ruleInForce, validate, type IsoDate, type Reason, type RuleTable } from '../core';
import type { CompetencyError, CompetencyReasonCode } from './errors';
import { BUILT_IN_CODES } from './rules/dictionary';
import { DEFAULT_STANDARD_LEVELS, type StandardLevelRow, type StandardPositionKey } from './rules/standard-levels';
import { positionSchema, type Position } from '../employee';
import { competencyLevelsSchema, type CompetencyLevels } from './schemas';

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
 * standardForPosition({ type: 'pengawas' }, '2026-01-05' as IsoDate)._unsafeUnwrap().position; // => 'pengawas'
 * ```
 */
export interface PositionStandard {
  /** The position family whose row was used. */
  readonly position: StandardPositionKey;
  /** The required level of each competency: the 9 built-in ones, then any from `options.levels`. */
  readonly levels: CompetencyLevels;
  /** `competency/default-standard`: a warning when the built-in default table was used, info otherwise. */
  readonly reasons: readonly Reason<CompetencyReasonCode>[];
}

const tableSchema = /* @__PURE__ */ z.object({
  name: z.string().min(1),
  rows: z.array(
    z.object({
      position: z.enum([
        'jpt-utama',
        'jpt-madya',
        'jpt-pratama',
        'administrator',
        'pengawas',
        'pelaksana',
        'fungsional-ahli-utama',
        'fungsional-ahli-madya',
        'fungsional-ahli-muda',
        'fungsional-ahli-pertama',
        'fungsional-penyelia',
        'fungsional-mahir',
        'fungsional-terampil',
        'fungsional-pemula',
      ]),
      level: z.int().min(1).max(5),
      basis: z.object({
        instrument: z.string().min(1),
        article: z.string().min(1).exactOptional(),
        note: z.string().min(1).exactOptional(),
      }),
      effective: z.object({ from: isoDateSchema, to: isoDateSchema.exactOptional() }),
    }),
  ),
});

const argsSchema = /* @__PURE__ */ z.object({
  position: positionSchema,
  asOf: isoDateSchema,
  options: z.object({ levels: competencyLevelsSchema.optional(), table: tableSchema.optional() }).optional(),
});

function keyOf(position: z.output<typeof positionSchema>): StandardPositionKey | undefined {
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
 * (digest Q13), so using it adds a warning reason.
 *
 * @param position - The position, as in `asn-kit/employee` (`{ type: 'jpt', level: 'pratama' }`, …).
 * @param asOf - The date the standard applies to (e.g. the assessment date).
 * @param options - `{ levels, table }`: position-specific levels and a table of your own.
 * @returns `Ok(standard)`; `Err` with `competency/no-default-standard` for guru and dosen (their standard comes
 *   from the instansi pembina), `competency/no-rule-in-force` before the table's rows apply, or
 *   `competency/invalid-input`.
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit';
 * import { standardForPosition } from 'asn-kit/competency';
 * const standard = standardForPosition({ type: 'jpt', level: 'pratama' }, '2026-01-05' as IsoDate)._unsafeUnwrap();
 * standard.levels.integrity; // => 4
 * standardForPosition({ type: 'administrator' }, '2026-01-05' as IsoDate, { levels: { 'public-service': 4 } })
 *   ._unsafeUnwrap().levels['public-service']; // => 4
 * standardForPosition({ type: 'guru' }, '2026-01-05' as IsoDate)._unsafeUnwrapErr().code;
 * // => 'competency/no-default-standard'
 * ```
 */
export function standardForPosition(
  position: Position,
  asOf: IsoDate,
  options?: StandardOptions,
): Result<PositionStandard, CompetencyError> {
  const parsed = validate(argsSchema, { position, asOf, options }, 'competency/invalid-input');
  if (parsed.isErr()) return err(parsed.error);
  const key = keyOf(parsed.value.position);
  if (key === undefined) {
    return fail(
      'competency/no-default-standard',
      { instrument: 'PermenPANRB 38/2017', note: 'the standard of guru and dosen positions is set by their instansi pembina' },
      {
        id: `Jabatan ${parsed.value.position.type} tidak memiliki standar kompetensi bawaan; berikan standar jabatannya.`,
        en: `A ${parsed.value.position.type} position has no default competency standard; supply the position’s standard.`,
      },
      { position: parsed.value.position.type },
    );
  }
  const table = (parsed.value.options?.table as RuleTable<StandardLevelRow> | undefined) ?? DEFAULT_STANDARD_LEVELS;
  const row = ruleInForce(table, parsed.value.asOf, (candidate) => candidate.position === key);
  if (row.isErr()) return err(recodeError(row.error, 'competency/no-rule-in-force'));
  const levels: Record<string, number> = {};
  for (const code of BUILT_IN_CODES) levels[code] = row.value.level;
  Object.assign(levels, parsed.value.options?.levels);
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
