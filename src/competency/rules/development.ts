import type { IsoDate, LegalBasis, LocalizedText, RuleRow, RuleTable } from '../../core';
import type { CompetencyKind } from './dictionary';
import { deepFrozen } from '../../core/frozen';

/**
 * The codes of the development forms of PP 11/2017 Pasal 210 and Peraturan LAN 10/2018: education (a degree)
 * and training, classroom (klasikal) or non-classroom (nonklasikal).
 *
 * @example
 * ```ts
 * import type { DevelopmentFormCode } from 'asn-kit/competency';
 * const form: DevelopmentFormCode = 'coaching';
 * ```
 */
export type DevelopmentFormCode = (typeof DEVELOPMENT_FORM_CODES)[number];

/**
 * The path of a development form: a degree (`education`), classroom training (`classroom`, where 1 JP is 45
 * minutes) or non-classroom training (`non-classroom`, where the JP is set per activity).
 *
 * @example
 * ```ts
 * import type { DevelopmentPath } from 'asn-kit/competency';
 * const path: DevelopmentPath = 'non-classroom';
 * ```
 */
export type DevelopmentPath = 'education' | 'classroom' | 'non-classroom';

/**
 * A development form as data: its code, path and official label.
 *
 * @example
 * ```ts
 * import { DEVELOPMENT_FORMS } from 'asn-kit/competency';
 * DEVELOPMENT_FORMS.find((form) => form.code === 'technical-guidance')?.label.id; // => 'Bimbingan teknis'
 * ```
 */
export interface DevelopmentForm {
  /** The form's code. */
  readonly code: DevelopmentFormCode;
  /** Education, classroom or non-classroom. */
  readonly path: DevelopmentPath;
  /** The official name and an English one. */
  readonly label: LocalizedText;
}

/**
 * Every development form code, in the order of {@link DEVELOPMENT_FORMS}.
 *
 * @example
 * ```ts
 * import { DEVELOPMENT_FORM_CODES } from 'asn-kit/competency';
 * DEVELOPMENT_FORM_CODES.includes('e-learning'); // => true
 * ```
 */
export const DEVELOPMENT_FORM_CODES = /* @__PURE__ */ deepFrozen([
  'degree',
  'leadership-training',
  'managerial-training',
  'technical-training',
  'functional-training',
  'socio-cultural-training',
  'seminar',
  'workshop',
  'course',
  'upgrading',
  'technical-guidance',
  'socialisation',
  'coaching',
  'mentoring',
  'e-learning',
  'distance-learning',
  'secondment',
  'outbound',
  'benchmarking',
  'exchange',
  'self-study',
  'learning-community',
  'on-the-job-guidance',
  'internship',
] as const);

/**
 * The development forms as data (PP 11/2017 Pasal 210; Peraturan LAN 10/2018): the degree path, the classroom
 * forms (pelatihan struktural kepemimpinan, manajerial, teknis, fungsional, sosial kultural, seminar, workshop,
 * kursus, penataran, bimtek, sosialisasi) and the non-classroom ones (coaching, mentoring, e-learning, pelatihan
 * jarak jauh, detasering, outbound, benchmarking, pertukaran, belajar mandiri, komunitas belajar, bimbingan di
 * tempat kerja, magang).
 *
 * @example
 * ```ts
 * import { DEVELOPMENT_FORMS } from 'asn-kit/competency';
 * DEVELOPMENT_FORMS.filter((form) => form.path === 'classroom').length; // => 11
 * ```
 */
export const DEVELOPMENT_FORMS: readonly DevelopmentForm[] = /* @__PURE__ */ deepFrozen([
  { code: 'degree', path: 'education', label: { id: 'Pendidikan (gelar)', en: 'Degree education' } },
  { code: 'leadership-training', path: 'classroom', label: { id: 'Pelatihan struktural kepemimpinan', en: 'Leadership training' } },
  { code: 'managerial-training', path: 'classroom', label: { id: 'Pelatihan manajerial', en: 'Managerial training' } },
  { code: 'technical-training', path: 'classroom', label: { id: 'Pelatihan teknis', en: 'Technical training' } },
  { code: 'functional-training', path: 'classroom', label: { id: 'Pelatihan fungsional', en: 'Functional training' } },
  { code: 'socio-cultural-training', path: 'classroom', label: { id: 'Pelatihan sosial kultural', en: 'Socio-cultural training' } },
  { code: 'seminar', path: 'classroom', label: { id: 'Seminar/konferensi/sarasehan', en: 'Seminar or conference' } },
  { code: 'workshop', path: 'classroom', label: { id: 'Workshop/lokakarya', en: 'Workshop' } },
  { code: 'course', path: 'classroom', label: { id: 'Kursus', en: 'Course' } },
  { code: 'upgrading', path: 'classroom', label: { id: 'Penataran', en: 'Upgrading course' } },
  { code: 'technical-guidance', path: 'classroom', label: { id: 'Bimbingan teknis', en: 'Technical guidance (bimtek)' } },
  { code: 'socialisation', path: 'classroom', label: { id: 'Sosialisasi', en: 'Socialisation session' } },
  { code: 'coaching', path: 'non-classroom', label: { id: 'Coaching', en: 'Coaching' } },
  { code: 'mentoring', path: 'non-classroom', label: { id: 'Mentoring', en: 'Mentoring' } },
  { code: 'e-learning', path: 'non-classroom', label: { id: 'E-learning', en: 'E-learning' } },
  { code: 'distance-learning', path: 'non-classroom', label: { id: 'Pelatihan jarak jauh', en: 'Distance training' } },
  { code: 'secondment', path: 'non-classroom', label: { id: 'Detasering (secondment)', en: 'Secondment' } },
  { code: 'outbound', path: 'non-classroom', label: { id: 'Pembelajaran alam terbuka (outbound)', en: 'Outbound learning' } },
  { code: 'benchmarking', path: 'non-classroom', label: { id: 'Patok banding (benchmarking)', en: 'Benchmarking visit' } },
  { code: 'exchange', path: 'non-classroom', label: { id: 'Pertukaran PNS dengan swasta/BUMN/BUMD', en: 'Exchange with the private sector or state enterprises' } },
  { code: 'self-study', path: 'non-classroom', label: { id: 'Belajar mandiri', en: 'Self-study' } },
  { code: 'learning-community', path: 'non-classroom', label: { id: 'Komunitas belajar', en: 'Learning community' } },
  { code: 'on-the-job-guidance', path: 'non-classroom', label: { id: 'Bimbingan di tempat kerja', en: 'On-the-job guidance' } },
  { code: 'internship', path: 'non-classroom', label: { id: 'Magang/praktik kerja', en: 'Internship' } },
]);

/**
 * The basis of the development forms.
 */
export const DEVELOPMENT_FORMS_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PP 11/2017',
  article: 'Pasal 210',
  note: 'forms detailed in Peraturan LAN 10/2018',
});

/**
 * A row of the development-hours table: the JP bound of one employee kind.
 *
 * @example
 * ```ts
 * import { DEVELOPMENT_HOURS } from 'asn-kit/competency';
 * DEVELOPMENT_HOURS.rows[0]?.bound; // => 'minimum'
 * ```
 */
export interface DevelopmentHoursRow extends RuleRow {
  /** `PNS` (also applied to CPNS) or `PPPK`. */
  readonly kind: 'PNS' | 'PPPK';
  /** Whether `jp` is a yearly minimum (a right and, since UU 20/2023, an obligation) or a yearly maximum. */
  readonly bound: 'minimum' | 'maximum';
  /** The JP a year. */
  readonly jp: number;
}

/**
 * The yearly JP bounds (docs/interpretations.md#development-hours): a PNS has at least 20 JP of competency development a year
 * (PP 11/2017 Pasal 203 ayat (4)); a PPPK at most 24 JP a year of contract (PP 49/2018 Pasal 40 ayat (1)), except
 * a PPPK in certain JPT utama or madya positions (Pasal 40 ayat (2)).
 *
 * @example
 * ```ts
 * import { DEVELOPMENT_HOURS } from 'asn-kit/competency';
 * DEVELOPMENT_HOURS.rows.map((row) => `${row.kind} ${row.bound} ${row.jp}`);
 * // => ['PNS minimum 20', 'PPPK maximum 24']
 * ```
 */
export const DEVELOPMENT_HOURS: RuleTable<DevelopmentHoursRow> = /* @__PURE__ */ deepFrozen({
  name: 'competency/development-hours',
  rows: [
    {
      kind: 'PNS',
      bound: 'minimum',
      jp: 20,
      basis: { instrument: 'PP 11/2017', article: 'Pasal 203 ayat (4)', note: 'applied to CPNS as well', interpretation: 'development-hours' },
      effective: { from: '2017-04-07' as IsoDate },
    },
    {
      kind: 'PPPK',
      bound: 'maximum',
      jp: 24,
      basis: { instrument: 'PP 49/2018', article: 'Pasal 40 ayat (1)', interpretation: 'development-hours' },
      effective: { from: '2018-11-28' as IsoDate },
    },
  ],
});

/**
 * The minutes of classroom learning in 1 JP (jam pelajaran), docs/interpretations.md#development-hours.
 *
 * @example
 * ```ts
 * import { MINUTES_PER_JP } from 'asn-kit/competency';
 * MINUTES_PER_JP; // => 45
 * ```
 */
export const MINUTES_PER_JP = 45;

/**
 * A row of a development-suggestion table: for a competency kind and a shortfall of at least `minShortfall`
 * levels, the forms to suggest and the JP per level of shortfall.
 *
 * @example
 * ```ts
 * import type { DevelopmentSuggestion } from 'asn-kit/competency';
 * const row: DevelopmentSuggestion = { kind: 'technical', minShortfall: 1, forms: ['technical-guidance'], jpPerLevel: 16 };
 * ```
 */
export interface DevelopmentSuggestion {
  /** The competency kind the row applies to. */
  readonly kind: CompetencyKind;
  /** The smallest shortfall (levels) the row applies to; the row with the largest `minShortfall` ≤ the shortfall wins. */
  readonly minShortfall: number;
  /** The forms to suggest, most fitting first. */
  readonly forms: readonly DevelopmentFormCode[];
  /** The JP to plan per level of shortfall. */
  readonly jpPerLevel: number;
}

/**
 * asn-kit's DEFAULT mapping from shortfalls to development forms and JP — there is no national table, so this
 * is a documented convention, overridable per call: a one-level shortfall is met by non-classroom learning
 * (10 JP per level), a shortfall of two or more by classroom training (20 JP per level), following the forms of
 * PP 11/2017 Pasal 210.
 *
 * @example
 * ```ts
 * import { DEVELOPMENT_SUGGESTIONS } from 'asn-kit/competency';
 * DEVELOPMENT_SUGGESTIONS.find((row) => row.kind === 'managerial' && row.minShortfall === 2)?.forms;
 * // => ['managerial-training', 'coaching']
 * ```
 */
export const DEVELOPMENT_SUGGESTIONS: readonly DevelopmentSuggestion[] = /* @__PURE__ */ deepFrozen([
  { kind: 'managerial', minShortfall: 1, forms: ['coaching', 'mentoring', 'e-learning'], jpPerLevel: 10 },
  { kind: 'managerial', minShortfall: 2, forms: ['managerial-training', 'coaching'], jpPerLevel: 20 },
  { kind: 'socio-cultural', minShortfall: 1, forms: ['learning-community', 'e-learning'], jpPerLevel: 10 },
  { kind: 'socio-cultural', minShortfall: 2, forms: ['socio-cultural-training'], jpPerLevel: 20 },
  { kind: 'technical', minShortfall: 1, forms: ['on-the-job-guidance', 'e-learning'], jpPerLevel: 10 },
  { kind: 'technical', minShortfall: 2, forms: ['technical-training', 'technical-guidance'], jpPerLevel: 20 },
]);
