import { asnError, type AsnError } from './errors';
import type { LegalBasis } from './legal-basis';
import type { LocalizedText } from './reason';
import { deepFrozen } from './frozen';

/**
 * One problem found in an input, with the path to the offending value.
 *
 * @example
 * ```ts
 * import type { InputIssue } from 'asn-kit/core';
 * const issue: InputIssue = { path: 'birthDate', message: 'Expected a real calendar date written YYYY-MM-DD' };
 * ```
 */
export interface InputIssue {
  /** Dotted path to the value, `''` for the input itself, e.g. `'position.level'` or `'cltn.0.to'`. */
  readonly path: string;
  /** What is wrong, in English. */
  readonly message: string;
}

/**
 * An issue found by a check of the module's own (a cross-field rule), written in both languages.
 *
 * @example
 * ```ts
 * import type { LocalizedIssue } from 'asn-kit/core';
 * const issue: LocalizedIssue = {
 *   path: 'end',
 *   message: { id: 'Tanggal akhir tidak boleh sebelum tanggal mulai', en: 'The end must not be before the start' },
 * };
 * ```
 */
export interface LocalizedIssue {
  /** Dotted path to the value, as in {@link InputIssue}. */
  readonly path: string;
  /** What is wrong, in Bahasa Indonesia and English. */
  readonly message: LocalizedText;
}

/**
 * The error of an input that failed its checks, under the module's `<module>/invalid-input` code: `data.issues`
 * lists every issue with its path, in English (the message holds them in both languages).
 *
 * @typeParam Code - The module's invalid-input code.
 * @example
 * ```ts
 * import { invalidInput, type InvalidInputError } from 'asn-kit/core';
 * const error: InvalidInputError<'leave/invalid-input'> = invalidInput('leave/invalid-input', [{ path: 'days', message: 'Too many' }]);
 * error.data.issues[0]?.path; // => 'days'
 * ```
 */
export type InvalidInputError<Code extends string> = AsnError<Code, { readonly issues: readonly InputIssue[] }>;

function inLanguage(issues: readonly (InputIssue | LocalizedIssue)[], lang: keyof LocalizedText): InputIssue[] {
  return issues.map((issue) => (typeof issue.message === 'string' ? (issue as InputIssue) : { path: issue.path, message: issue.message[lang] }));
}

const INPUT_BASIS: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'asn-kit', note: 'input schema' });

function describeIssues(issues: readonly InputIssue[]): string {
  return issues.map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`)).join('; ');
}

/**
 * The error of an input that failed its checks: code `<module>/invalid-input`, every issue with its path in
 * `data.issues`, and a message in both languages.
 *
 * Asserts a typed argument: its arguments are trusted to have their declared types (checked values, such as an
 * `IsoDate` from `parseIsoDate`), and are not checked again; anything else may throw a `TypeError`.
 *
 * @param code - The module's invalid-input code.
 * @param issues - The issues, in English or in both languages ({@link LocalizedIssue}).
 * @param issuesInIndonesian - The same issues in Bahasa Indonesia, when `issues` are English only.
 * @returns The error value.
 * @example
 * ```ts
 * import { invalidInput } from 'asn-kit/core';
 * invalidInput('leave/invalid-input', [{ path: 'days', message: 'Too many' }]).data.issues;
 * // => [{ path: 'days', message: 'Too many' }]
 * ```
 */
export function invalidInput<Code extends string>(
  code: Code,
  issues: readonly (InputIssue | LocalizedIssue)[],
  issuesInIndonesian?: readonly InputIssue[],
): InvalidInputError<Code> {
  const inEnglish = inLanguage(issues, 'en');
  const inIndonesian = issuesInIndonesian ?? inLanguage(issues, 'id');
  return asnError(
    code,
    INPUT_BASIS,
    { id: `Masukan tidak valid — ${describeIssues(inIndonesian)}`, en: `Invalid input — ${describeIssues(inEnglish)}` },
    { issues: inEnglish } satisfies InvalidInputError<Code>['data'],
  );
}

