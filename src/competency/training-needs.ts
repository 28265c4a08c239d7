import { err, ok, type Result } from 'neverthrow';
import { recordList } from '../core/schemas';
import * as z from 'zod/mini';
import { INPUT_LIMITS, invalidInput, reason, trustParsed, validate, type LocalizedText, type Reason } from '../core';
import { tooManyRows } from '../core/limits';
import { deepFrozen } from '../core/frozen';
import { argumentsError, eachParsed, withinTotal } from './arguments';
import { gapOf } from './competency-gap';
import { parseCompetencyDefinition } from './define-competency';
import { SUGGESTION_BASIS, suggestionLookup } from './development-needs';
import { competencyError, type CompetencyError, type CompetencyReasonCode } from './errors';
import { formOf, pairLevels } from './internal';
import { keysUpTo } from './key-count';
import { ASSESSMENT_KIND, CATALOGUE_ENTRY_KIND, DEFINITION_KIND, EMPLOYEE_KIND, INVALID_INPUT, ROSTER_MEMBER_KIND } from './kinds';
import { parseAssessment } from './parse-assessment';
import { parseCatalogueEntry } from './parse-catalogue-entry';
import { parseRosterMember } from './parse-roster-member';
import { COMPETENCY_DICTIONARY, type CompetencyDefinition, type CompetencyKind } from './rules/dictionary';
import { DEVELOPMENT_SUGGESTIONS, type DevelopmentForm, type DevelopmentSuggestion } from './rules/development';
import { DEFAULT_STANDARD_LEVELS } from './rules/standard-levels';
import {
  assessmentSchema,
  catalogueEntrySchema,
  competencyDefinitionSchema,
  rosterMemberSchema,
  trainingNeedsOptionsSchema,
  type Assessment,
  type CatalogueEntry,
  type CompetencyLevels,
  type RosterMember,
} from './schemas';
import { standardFor } from './standard-for-position';

/**
 * One employee who needs a competency developed.
 *
 * @example
 * ```ts
 * import type { TrainingParticipant } from 'asn-kit/competency';
 * const participant: TrainingParticipant = { nip: '198503152010012003', shortfall: 2, jp: 24 };
 * ```
 */
export interface TrainingParticipant {
  /** The NIP. */
  readonly nip: string;
  /** The name, when the roster gives it. */
  readonly name?: string;
  /** The shortfall in levels. */
  readonly shortfall: number;
  /** The JP planned for this participant. */
  readonly jp: number;
}

/**
 * The training suggested for a competency: a catalogue offering, or the default suggestion table's form.
 *
 * @example
 * ```ts
 * import type { TrainingSuggestion } from 'asn-kit/competency';
 * const suggestion: TrainingSuggestion = {
 *   source: 'catalogue', title: 'Pelatihan Pelayanan Prima',
 *   form: { code: 'course', path: 'classroom', label: { id: 'Kursus', en: 'Course' } },
 * };
 * ```
 */
export interface TrainingSuggestion {
  /** `catalogue` when an offering of the catalogue develops the competency, else `default`. */
  readonly source: 'catalogue' | 'default';
  /** The offering's title (for `default`, the form's Indonesian label). */
  readonly title: string;
  /** The development form. */
  readonly form: DevelopmentForm;
  /** The provider, when the catalogue names one. */
  readonly provider?: string;
}

/**
 * The training need of an agency for one competency.
 *
 * @example
 * ```ts
 * import type { TrainingNeed } from 'asn-kit/competency';
 * type Count = TrainingNeed['participantCount']; // number
 * ```
 */
export interface TrainingNeed {
  /** The competency code. */
  readonly competency: string;
  /** Its kind. */
  readonly kind: CompetencyKind;
  /** Its name (the dictionary's, a supplied definition's, or the code). */
  readonly name: LocalizedText;
  /** Everyone below standard, largest shortfall first, then by NIP. */
  readonly participants: readonly TrainingParticipant[];
  /** The number of participants. */
  readonly participantCount: number;
  /** Σ shortfalls. */
  readonly totalShortfall: number;
  /** The suggested training. */
  readonly suggestion: TrainingSuggestion;
  /** Σ JP over the participants. */
  readonly totalJp: number;
}

/**
 * An assessment that could not be used, and why.
 *
 * @example
 * ```ts
 * import type { SkippedAssessment } from 'asn-kit/competency';
 * const skipped: SkippedAssessment = { nip: '198503152010012003', code: 'competency/no-default-standard' };
 * ```
 */
export interface SkippedAssessment {
  /** The NIP on the assessment. */
  readonly nip: string;
  /** Why: `competency/not-in-roster`, or the code of the error that the standard or the gap produced. */
  readonly code: string;
}

/**
 * The result of {@link trainingNeeds}.
 *
 * @example
 * ```ts
 * import { trainingNeeds } from 'asn-kit/competency';
 * trainingNeeds([], [], []).map((result) => result.needs).unwrapOr(null); // => []
 * ```
 */
export interface TrainingNeeds {
  /** One need per competency with at least one participant: most participants first, then largest Σ shortfall, then code. */
  readonly needs: readonly TrainingNeed[];
  /** The number of employees assessed (assessments used). */
  readonly assessed: number;
  /** The number of distinct employees with at least one shortfall. */
  readonly participants: number;
  /** Σ JP of all needs. */
  readonly totalJp: number;
  /** Roster members without an assessment. */
  readonly notAssessed: readonly string[];
  /** Assessments that could not be used. */
  readonly skipped: readonly SkippedAssessment[];
  /** A summary, plus warnings for skipped assessments and info on competencies without a catalogue offering. */
  readonly reasons: readonly Reason<CompetencyReasonCode>[];
}

/**
 * The options of {@link trainingNeeds}.
 *
 * @example
 * ```ts
 * import type { TrainingNeedsOptions } from 'asn-kit/competency';
 * const options: TrainingNeedsOptions = { definitions: [] };
 * ```
 */
export interface TrainingNeedsOptions {
  /** Technical competency definitions ({@link defineCompetency}), used for their names. */
  readonly definitions?: readonly CompetencyDefinition[];
}

/** Every argument of {@link trainingNeeds}, for the error on the failure path. */
const argumentsSchema = /* @__PURE__ */ (() => z.object({
  roster: recordList(rosterMemberSchema),
  assessments: recordList(assessmentSchema),
  catalogue: recordList(catalogueEntrySchema),
  options: z.optional(trainingNeedsOptionsSchema),
}))();

/** The options schema with the definitions left to `trustParsed`, so definitions from `defineCompetency` are not checked twice. */
const optionKeysSchema = /* @__PURE__ */ (() => z.strictObject({ definitions: z.optional(z.unknown()) }))();

/** A roster member: an `Employee` from `parseEmployee` or a member from `parseRosterMember` as it is, else parsed. */
function readMember(member: unknown): Result<RosterMember, CompetencyError> {
  return trustParsed(member, ROSTER_MEMBER_KIND, parseRosterMember);
}

/** No technical definitions: one shared empty list, not one per call. */
const NO_DEFINITIONS: readonly CompetencyDefinition[] = /* @__PURE__ */ Object.freeze([]);

/** The definitions the options give: none for no options; `undefined` when they are invalid. */
function readDefinitions(options: TrainingNeedsOptions | undefined): readonly CompetencyDefinition[] | undefined {
  if (options === undefined) return NO_DEFINITIONS;
  const given = validate(optionKeysSchema, options, INVALID_INPUT);
  if (given.isErr()) return undefined;
  if (given.value.definitions === undefined) return NO_DEFINITIONS;
  return eachParsed(given.value.definitions as readonly CompetencyDefinition[], DEFINITION_KIND, parseCompetencyDefinition, INPUT_LIMITS.items);
}

/** The rows the gaps go through: the competencies of each employee's latest assessment. */
const GAP_ROWS = /* @__PURE__ */ deepFrozen({
  id: 'kompetensi pada hasil asesmen terakhir setiap pegawai',
  en: 'the competencies of each employee’s latest assessment',
});

interface Bucket {
  readonly participants: TrainingParticipant[];
  totalShortfall: number;
  maxShortfall: number;
  readonly kind: CompetencyKind;
}

/**
 * Aggregates the competency shortfalls of a whole agency into training needs per competency — participants,
 * JP and a suggested form — the input the competency-development pillar of an agency work plan needs
 * (PP 11/2017 Pasal 210; docs/interpretations.md#competency-gap). Each roster member's latest assessment is compared with its standard
 * (given on the assessment, or the default standard of the member's position on the assessment date). A
 * catalogue offering for the competency sets the form and the JP per participant; without one, the default
 * suggestion table ({@link DEVELOPMENT_SUGGESTIONS}) does, per participant's shortfall.
 *
 * Employees from `parseEmployee`, assessments from {@link parseAssessment}, catalogue entries from
 * {@link parseCatalogueEntry} and definitions from {@link defineCompetency} are used as they are; anything else is
 * checked first.
 *
 * @param roster - The agency's employees (NIP, name, position); `Employee`s of `asn-kit/employee` fit. At most
 *   `INPUT_LIMITS.records` (5,000), as the assessments and the catalogue.
 * @param assessments - Assessment results by NIP and date.
 * @param catalogue - Training offerings, each for one competency; the first offering for a competency is used.
 * @param options - `{ definitions }`: technical competency definitions (at most `INPUT_LIMITS.items`, 1,000), for
 *   their names; an unknown key is an error.
 * @returns `Ok(needs)`; `Err` with `competency/duplicate-nip` (in the roster) or `competency/invalid-input`: also
 *   for a list over its limit, for arguments still to parse that hold more than `INPUT_LIMITS.total` (200,000)
 *   list items and levels together (path `''`: parse the assessments as they are stored), and when the
 *   competencies of the employees' latest assessments pass that many rows (path `assessments`: plan a larger
 *   agency by its units).
 * @example
 * ```ts
 * import { parseAssessment, trainingNeeds } from 'asn-kit/competency';
 * const roster = [{ nip: '198503152010012003', name: 'Rina', position: { type: 'pengawas' as const } }];
 * const assessment = parseAssessment({
 *   nip: '198503152010012003', date: '2026-02-10',
 *   standard: { 'public-service': 3, integrity: 2 }, actual: { 'public-service': 1, integrity: 2 },
 * });
 * const catalogue = [{ competency: 'public-service', title: 'Pelayanan Prima', form: 'course' as const, jp: 24 }];
 * if (assessment.isOk()) {
 *   const result = trainingNeeds(roster, [assessment.value], catalogue);
 *   if (result.isOk()) {
 *     result.value.needs[0]?.participants; // => [{ nip: '198503152010012003', name: 'Rina', shortfall: 2, jp: 24 }]
 *     result.value.totalJp; // => 24
 *   }
 * }
 * ```
 */
export function trainingNeeds(
  roster: readonly RosterMember[],
  assessments: readonly Assessment[],
  catalogue: readonly CatalogueEntry[],
  options?: TrainingNeedsOptions,
): Result<TrainingNeeds, CompetencyError> {
  const given = { roster, assessments, catalogue, options };
  const within = withinTotal([
    { value: roster, schema: rosterMemberSchema, each: true },
    { value: assessments, schema: assessmentSchema, kind: ASSESSMENT_KIND, each: true },
    { value: catalogue, schema: catalogueEntrySchema, each: true },
    { value: (options as { readonly definitions?: unknown } | undefined)?.definitions, schema: competencyDefinitionSchema, kind: DEFINITION_KIND, each: true },
  ]);
  if (!within) return err(argumentsError(argumentsSchema, given));
  const staff = eachParsed(roster, EMPLOYEE_KIND, readMember);
  const results = eachParsed(assessments, ASSESSMENT_KIND, parseAssessment);
  const offerings = eachParsed(catalogue, CATALOGUE_ENTRY_KIND, parseCatalogueEntry);
  const definitions = readDefinitions(options);
  if (staff === undefined || results === undefined || offerings === undefined || definitions === undefined) {
    return err(argumentsError(argumentsSchema, given));
  }
  const members = new Map<string, RosterMember>();
  for (const member of staff) {
    if (members.has(member.nip)) {
      return err(competencyError(
        'competency/duplicate-nip',
        { instrument: 'asn-kit', note: 'one roster entry per employee' },
        { id: `NIP ${member.nip} muncul lebih dari sekali di daftar pegawai.`, en: `NIP ${member.nip} appears more than once in the roster.` },
        { nip: member.nip },
      ));
    }
    members.set(member.nip, member);
  }
  const latest = new Map<string, Assessment>();
  const skipped: SkippedAssessment[] = [];
  for (const assessment of results) {
    if (!members.has(assessment.nip)) {
      skipped.push({ nip: assessment.nip, code: 'competency/not-in-roster' });
      continue;
    }
    const previous = latest.get(assessment.nip);
    if (previous === undefined || previous.date <= assessment.date) latest.set(assessment.nip, assessment);
  }
  // The gaps go through the levels of each latest assessment: counted first, and only as far as the total.
  let rows = 0;
  for (const assessment of latest.values()) rows += keysUpTo(assessment.actual, INPUT_LIMITS.total - rows);
  if (rows > INPUT_LIMITS.total) return err(invalidInput(INVALID_INPUT, [tooManyRows('assessments', GAP_ROWS)]));
  const buckets = new Map<string, Bucket>();
  const withShortfall = new Set<string>();
  let assessed = 0;
  for (const [nip, assessment] of latest) {
    const member = members.get(nip) as RosterMember;
    let standard: CompetencyLevels | undefined = assessment.standard;
    if (standard === undefined) {
      if (member.position === undefined) {
        skipped.push({ nip, code: 'competency/no-default-standard' });
        continue;
      }
      const fromPosition = standardFor(member.position, assessment.date, DEFAULT_STANDARD_LEVELS, undefined);
      if (fromPosition.isErr()) {
        skipped.push({ nip, code: fromPosition.error.code });
        continue;
      }
      standard = fromPosition.value.levels;
    }
    const pair = pairLevels(standard, assessment.actual);
    if (pair.isErr()) {
      skipped.push({ nip, code: pair.error.code });
      continue;
    }
    assessed += 1;
    for (const item of gapOf(pair.value).belowStandard) {
      withShortfall.add(nip);
      let bucket = buckets.get(item.competency);
      if (bucket === undefined) {
        bucket = { participants: [], totalShortfall: 0, maxShortfall: 0, kind: item.kind };
        buckets.set(item.competency, bucket);
      }
      const participant = { nip, shortfall: item.shortfall, jp: 0 };
      bucket.participants.push(member.name === undefined ? participant : { ...participant, name: member.name });
      bucket.totalShortfall += item.shortfall;
      bucket.maxShortfall = Math.max(bucket.maxShortfall, item.shortfall);
    }
  }
  const offeringOf = new Map<string, CatalogueEntry>();
  for (const entry of offerings) if (!offeringOf.has(entry.competency)) offeringOf.set(entry.competency, entry);
  const names = namesOf(definitions);
  const suggestionFor = suggestionLookup(DEVELOPMENT_SUGGESTIONS);
  const reasons: Reason<CompetencyReasonCode>[] = [];
  const needs: TrainingNeed[] = [];
  for (const [competency, bucket] of buckets) {
    const offering = offeringOf.get(competency);
    let suggestion: TrainingSuggestion;
    let participants: TrainingParticipant[];
    if (offering !== undefined) {
      const form = formOf(offering.form);
      suggestion =
        offering.provider === undefined
          ? { source: 'catalogue', title: offering.title, form }
          : { source: 'catalogue', title: offering.title, form, provider: offering.provider };
      participants = bucket.participants.map((participant) => ({ ...participant, jp: offering.jp }));
    } else {
      // The default table has a row from shortfall 1 for every kind.
      const top = suggestionFor(bucket.kind, bucket.maxShortfall) as DevelopmentSuggestion;
      const form = formOf(top.forms[0] as DevelopmentForm['code']);
      suggestion = { source: 'default', title: form.label.id, form };
      participants = bucket.participants.map((participant) => {
        const row = suggestionFor(bucket.kind, participant.shortfall) as DevelopmentSuggestion;
        return { ...participant, jp: row.jpPerLevel * participant.shortfall };
      });
      reasons.push(
        reason(
          'competency/no-catalogue-entry',
          'info',
          SUGGESTION_BASIS,
          {
            id: `Tidak ada pelatihan di katalog untuk ${competency}; disarankan ${form.label.id}.`,
            en: `No catalogue offering for ${competency}; ${form.label.en} is suggested.`,
          },
          { competency, form: form.code },
        ),
      );
    }
    // One participant per NIP (each employee's latest assessment), so two never compare equal.
    participants.sort((left, right) => right.shortfall - left.shortfall || (left.nip < right.nip ? -1 : 1));
    needs.push({
      competency,
      kind: bucket.kind,
      name: names.get(competency) ?? { id: competency, en: competency },
      participants,
      participantCount: participants.length,
      totalShortfall: bucket.totalShortfall,
      suggestion,
      totalJp: participants.reduce((sum, participant) => sum + participant.jp, 0),
    });
  }
  needs.sort(
    (left, right) =>
      right.participantCount - left.participantCount ||
      right.totalShortfall - left.totalShortfall ||
      // One need per competency, so two never compare equal.
      (left.competency < right.competency ? -1 : 1),
  );
  const notAssessed = [...members.keys()].filter((nip) => !latest.has(nip)).sort();
  const totalJp = needs.reduce((sum, need) => sum + need.totalJp, 0);
  for (const item of skipped) {
    reasons.push(
      reason(
        item.code === 'competency/not-in-roster' ? 'competency/not-in-roster' : 'competency/assessment-skipped',
        'warning',
        SUGGESTION_BASIS,
        {
          id: `Hasil asesmen NIP ${item.nip} tidak dipakai (${item.code}).`,
          en: `The assessment of NIP ${item.nip} is not used (${item.code}).`,
        },
        { nip: item.nip, code: item.code },
      ),
    );
  }
  if (notAssessed.length > 0) {
    reasons.push(
      reason(
        'competency/not-assessed',
        'info',
        SUGGESTION_BASIS,
        { id: `${notAssessed.length} pegawai belum memiliki hasil asesmen.`, en: `${notAssessed.length} employees have no assessment.` },
        { nips: notAssessed },
      ),
    );
  }
  reasons.unshift(
    reason(
      'competency/training-needs',
      'info',
      SUGGESTION_BASIS,
      {
        id: `${assessed} pegawai dinilai; ${withShortfall.size} perlu pengembangan pada ${needs.length} kompetensi, total ${totalJp} JP.`,
        en: `${assessed} employees assessed; ${withShortfall.size} need development in ${needs.length} competencies, ${totalJp} JP in total.`,
      },
      { assessed, participants: withShortfall.size, competencies: needs.length, totalJp },
    ),
  );
  return ok({ needs, assessed, participants: withShortfall.size, totalJp, notAssessed, skipped, reasons });
}

/** The name of each code: the dictionary's, else the first definition's. */
function namesOf(definitions: readonly CompetencyDefinition[]): ReadonlyMap<string, LocalizedText> {
  const names = new Map<string, LocalizedText>();
  for (const entry of [...COMPETENCY_DICTIONARY, ...definitions]) if (!names.has(entry.code)) names.set(entry.code, entry.name);
  return names;
}
