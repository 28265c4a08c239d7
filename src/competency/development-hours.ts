import { err, ok, type Result } from 'neverthrow';
import { recordList } from '../core/schemas';
import * as z from 'zod/mini';
import { reason, recodeError, roundDecimal, ruleInForce, trustParsed, validate, yearOf, type IsoDate, type Reason } from '../core';
import { argumentsError, eachParsed } from './arguments';
import type { CompetencyError, CompetencyReasonCode } from './errors';
import { formOf } from './internal';
import { DEVELOPMENT_ACTIVITY_KIND, EMPLOYEE_KIND, INVALID_INPUT } from './kinds';
import { parseDevelopmentActivity } from './parse-development-activity';
import {
  DEVELOPMENT_HOURS,
  MINUTES_PER_JP,
  type DevelopmentFormCode,
  type DevelopmentPath,
} from './rules/development';
import {
  checkDevelopmentActivity,
  developmentActivitySchema,
  developmentEmployeeSchema,
  type DevelopmentActivity,
  type DevelopmentEmployee,
} from './schemas';

/**
 * One activity counted in a year, with its JP.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'asn-kit';
 * import type { CountedActivity } from 'asn-kit/competency';
 * const activity: CountedActivity = {
 *   title: 'Bimtek SIPD', form: 'technical-guidance', path: 'classroom', status: 'completed',
 *   date: '2026-04-14' as IsoDate, jp: 8,
 * };
 * ```
 */
export interface CountedActivity {
  /** The activity's title. */
  readonly title: string;
  /** Its form. */
  readonly form: DevelopmentFormCode;
  /** Education, classroom or non-classroom. */
  readonly path: DevelopmentPath;
  /** Completed or planned. */
  readonly status: 'completed' | 'planned';
  /** The date it was (or will be) completed. */
  readonly date: IsoDate;
  /** The JP it counts for: the JP given, or whole 45-minute blocks of classroom minutes. */
  readonly jp: number;
}

/**
 * The result of {@link developmentHours}.
 *
 * @example
 * ```ts
 * import { developmentHours } from 'asn-kit/competency';
 * developmentHours([], 2026, { kind: 'PNS' }).map((hours) => hours.shortfallJp).unwrapOr(0); // => 20
 * ```
 */
export interface DevelopmentHours {
  /** The calendar year. */
  readonly year: number;
  /** The employee kind. */
  readonly kind: 'PNS' | 'CPNS' | 'PPPK';
  /** The activities dated in the year, in input order. */
  readonly activities: readonly CountedActivity[];
  /** Σ JP of completed activities (2 decimals). */
  readonly completedJp: number;
  /** Σ JP of planned activities (2 decimals). */
  readonly plannedJp: number;
  /** The yearly minimum (PNS and CPNS: 20), or `null`. */
  readonly minimumJp: number | null;
  /** The yearly maximum (PPPK: 24, unless exempt), or `null`. */
  readonly maximumJp: number | null;
  /** JP still missing to the minimum, counting completed activities only. */
  readonly shortfallJp: number;
  /** JP still missing to the minimum after the planned activities too. */
  readonly unplannedShortfallJp: number;
  /** JP of completed plus planned activities above the maximum. */
  readonly excessJp: number;
  /** The bound met or missed, JP dropped from partial classroom blocks, activities outside the year. */
  readonly reasons: readonly Reason<CompetencyReasonCode>[];
}

const yearSchema = /* @__PURE__ */ (() => z.int().check(z.minimum(1900), z.maximum(2999)))();

/** Every argument of {@link developmentHours}, for the error on the failure path. */
const argumentsSchema = /* @__PURE__ */ (() => z.object({
  activities: recordList(developmentActivitySchema),
  year: yearSchema,
  employee: developmentEmployeeSchema,
}))();

/** The employee facts: an `Employee` from `parseEmployee` as it is, anything else checked. */
function readEmployee(employee: unknown): Result<DevelopmentEmployee, CompetencyError> {
  return validate(developmentEmployeeSchema, employee, INVALID_INPUT);
}

/**
 * Counts a year's competency development in JP (jam pelajaran) and checks it against the yearly bound of
 * docs/interpretations.md#development-hours: a PNS (and a CPNS) has at least 20 JP a year (PP 11/2017 Pasal 203 ayat (4)); a PPPK at most
 * 24 JP a year (PP 49/2018 Pasal 40 ayat (1)), except in certain JPT utama and madya positions (ayat (2)).
 * 1 JP = 45 minutes of classroom learning: classroom minutes count in whole 45-minute blocks (the remainder is
 * reported); any activity may instead state its JP, as non-classroom activities must.
 *
 * Activities from {@link parseDevelopmentActivity} and an `Employee` from `parseEmployee` are used as they are;
 * anything else is checked first, so a JavaScript caller still gets a coded `Err`.
 *
 * @param activities - The activities; only those dated in `year` count. At most `INPUT_LIMITS.records` (5,000),
 *   a longer list is `competency/invalid-input` before any activity is read.
 * @param year - The calendar year.
 * @param employee - `{ kind }` (and optionally `position`); an `Employee` of `asn-kit/employee` fits.
 * @returns `Ok(hours)`; `Err` with `competency/invalid-input` (negative JP, a non-classroom activity without JP…)
 *   or `competency/no-rule-in-force` for a year before the bound applied.
 * @example
 * ```ts
 * import { developmentHours, parseDevelopmentActivity } from 'asn-kit/competency';
 * const bimtek = parseDevelopmentActivity({ form: 'technical-guidance', title: 'Bimtek SIPD', date: '2026-04-14', minutes: 540 });
 * if (bimtek.isOk()) {
 *   const hours = developmentHours([bimtek.value], 2026, { kind: 'PNS' });
 *   if (hours.isOk()) {
 *     hours.value.completedJp; // => 12
 *     hours.value.shortfallJp; // => 8
 *   }
 * }
 * developmentHours([], 2016, { kind: 'PNS' }).match(() => '', (error) => error.code); // => 'competency/no-rule-in-force'
 * ```
 */
export function developmentHours(
  activities: readonly DevelopmentActivity[],
  year: number,
  employee: DevelopmentEmployee,
): Result<DevelopmentHours, CompetencyError> {
  const items = eachParsed(activities, DEVELOPMENT_ACTIVITY_KIND, parseDevelopmentActivity);
  const facts = trustParsed(employee, EMPLOYEE_KIND, readEmployee);
  if (items === undefined || facts.isErr() || validate(yearSchema, year, INVALID_INPUT).isErr()) {
    return err(
      argumentsError(argumentsSchema, { activities, year, employee }, (value) =>
        value.activities.flatMap((activity, index) => checkDevelopmentActivity(activity, `activities.${index}.`)),
      ),
    );
  }
  const { kind, position } = facts.value;
  const ruleKind = kind === 'PPPK' ? 'PPPK' : 'PNS';
  const row = ruleInForce(DEVELOPMENT_HOURS, `${year}-12-31` as IsoDate, (candidate) => candidate.kind === ruleKind);
  if (row.isErr()) return err(recodeError(row.error, 'competency/no-rule-in-force'));
  const rule = row.value;
  const reasons: Reason<CompetencyReasonCode>[] = [];
  const counted: CountedActivity[] = [];
  let completed = 0;
  let planned = 0;
  let outside = 0;
  let droppedMinutes = 0;
  for (const activity of items) {
    const date = activity.date;
    if (yearOf(date) !== year) {
      outside += 1;
      continue;
    }
    const path = formOf(activity.form).path;
    let jp: number;
    if (activity.jp !== undefined) {
      jp = activity.jp;
    } else {
      const minutes = activity.minutes as number;
      jp = Math.floor(minutes / MINUTES_PER_JP);
      droppedMinutes += minutes - jp * MINUTES_PER_JP;
    }
    counted.push({ title: activity.title, form: activity.form, path, status: activity.status, date, jp });
    if (activity.status === 'completed') completed += jp;
    else planned += jp;
  }
  completed = roundDecimal(completed, 2);
  planned = roundDecimal(planned, 2);
  if (droppedMinutes > 0) {
    reasons.push(
      reason(
        'competency/partial-jp-dropped',
        'info',
        { instrument: 'PP 11/2017', article: 'Pasal 203 ayat (4)', note: '1 JP = 45 minutes of classroom learning', interpretation: 'development-hours' },
        {
          id: `${roundDecimal(droppedMinutes, 2)} menit pembelajaran klasikal tidak membentuk JP penuh (1 JP = 45 menit) dan tidak dihitung.`,
          en: `${roundDecimal(droppedMinutes, 2)} minutes of classroom learning do not make a whole JP (1 JP = 45 minutes) and are not counted.`,
        },
        { minutes: roundDecimal(droppedMinutes, 2) },
      ),
    );
  }
  if (outside > 0) {
    reasons.push(
      reason(
        'competency/activities-outside-year',
        'info',
        rule.basis,
        { id: `${outside} kegiatan di luar tahun ${year} tidak dihitung.`, en: `${outside} activities outside ${year} are not counted.` },
        { count: outside },
      ),
    );
  }
  if (rule.bound === 'minimum') {
    const shortfall = roundDecimal(Math.max(0, rule.jp - completed), 2);
    const unplanned = roundDecimal(Math.max(0, rule.jp - completed - planned), 2);
    reasons.push(
      shortfall > 0
        ? reason(
            'competency/below-minimum-jp',
            'warning',
            rule.basis,
            {
              id: `Pengembangan kompetensi ${year}: ${completed} JP selesai, kurang ${shortfall} JP dari minimal ${rule.jp} JP (rencana ${planned} JP).`,
              en: `Competency development ${year}: ${completed} JP completed, ${shortfall} JP short of the ${rule.jp}-JP minimum (${planned} JP planned).`,
            },
            { completed, planned, minimum: rule.jp, shortfall, unplannedShortfall: unplanned },
          )
        : reason(
            'competency/minimum-jp-met',
            'info',
            rule.basis,
            {
              id: `Pengembangan kompetensi ${year}: ${completed} JP, memenuhi minimal ${rule.jp} JP.`,
              en: `Competency development ${year}: ${completed} JP, meeting the ${rule.jp}-JP minimum.`,
            },
            { completed, minimum: rule.jp },
          ),
    );
    return ok({
      year,
      kind,
      activities: counted,
      completedJp: completed,
      plannedJp: planned,
      minimumJp: rule.jp,
      maximumJp: null,
      shortfallJp: shortfall,
      unplannedShortfallJp: unplanned,
      excessJp: 0,
      reasons,
    });
  }
  const exempt = position?.type === 'jpt' && (position.level === 'utama' || position.level === 'madya');
  const total = roundDecimal(completed + planned, 2);
  const excess = exempt ? 0 : roundDecimal(Math.max(0, total - rule.jp), 2);
  if (exempt) {
    reasons.push(
      reason(
        'competency/pppk-cap-exempt',
        'info',
        { instrument: 'PP 49/2018', article: 'Pasal 40 ayat (2)', interpretation: 'development-hours' },
        {
          id: 'Batas 24 JP tidak berlaku bagi PPPK yang menduduki JPT utama atau madya tertentu.',
          en: 'The 24-JP cap does not apply to a PPPK in certain JPT utama or madya positions.',
        },
        { completed, planned },
      ),
    );
  } else {
    reasons.push(
      excess > 0
        ? reason(
            'competency/above-maximum-jp',
            'warning',
            rule.basis,
            {
              id: `Pengembangan kompetensi PPPK ${year}: ${total} JP (selesai ${completed}, rencana ${planned}) melebihi batas ${rule.jp} JP sebanyak ${excess} JP.`,
              en: `PPPK competency development ${year}: ${total} JP (${completed} completed, ${planned} planned) exceeds the ${rule.jp}-JP cap by ${excess} JP.`,
            },
            { completed, planned, maximum: rule.jp, excess },
          )
        : reason(
            'competency/within-maximum-jp',
            'info',
            rule.basis,
            {
              id: `Pengembangan kompetensi PPPK ${year}: ${total} JP, dalam batas ${rule.jp} JP.`,
              en: `PPPK competency development ${year}: ${total} JP, within the ${rule.jp}-JP cap.`,
            },
            { completed, planned, maximum: rule.jp },
          ),
    );
  }
  return ok({
    year,
    kind,
    activities: counted,
    completedJp: completed,
    plannedJp: planned,
    minimumJp: null,
    maximumJp: exempt ? null : rule.jp,
    shortfallJp: 0,
    unplannedShortfallJp: 0,
    excessJp: excess,
    reasons,
  });
}
