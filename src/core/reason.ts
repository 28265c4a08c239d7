import type { LegalBasis } from './legal-basis';

/**
 * A text in Bahasa Indonesia (`id`) and English (`en`).
 *
 * @example
 * ```ts
 * import type { LocalizedText } from 'asn-kit/core';
 * const text: LocalizedText = { id: 'Hari libur nasional', en: 'National holiday' };
 * ```
 */
export interface LocalizedText {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/**
 * How much a reason weighs: `info` explains, `warning` needs a human look, `error` refuses.
 *
 * @example
 * ```ts
 * import type { Severity } from 'asn-kit/core';
 * const severity: Severity = 'warning';
 * ```
 */
export type Severity = 'info' | 'warning' | 'error';

/**
 * The unit of explanation in asn-kit: every decision carries a list of reasons, and every error is one.
 *
 * @typeParam Code - The reason's code, `'<module>/<kebab-name>'`.
 * @example
 * ```ts
 * import type { Reason } from 'asn-kit/core';
 * const why: Reason = {
 *   code: 'calendar/collective-leave',
 *   severity: 'info',
 *   basis: { instrument: 'Keppres 42/2025' },
 *   message: { id: 'Cuti bersama', en: 'Collective leave day' },
 * };
 * ```
 */
export interface Reason<Code extends string = string> {
  /** A stable, machine-readable code, `'<module>/<kebab-name>'`. Test against it, not against the message. */
  readonly code: Code;
  /** How much the reason weighs. */
  readonly severity: Severity;
  /** The rule's legal basis. */
  readonly basis: LegalBasis;
  /** A sentence for people, in Bahasa Indonesia and English. */
  readonly message: LocalizedText;
  /** The numbers and values involved, e.g. `{ requested: 14, available: 12 }`. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * Builds a reason; `data` is left out when not given, so reasons compare with `toEqual` cleanly.
 *
 * @param code - The reason's code.
 * @param severity - `info`, `warning` or `error`.
 * @param basis - The legal basis.
 * @param message - The sentence in Bahasa Indonesia and English.
 * @param data - Optional values involved.
 * @returns A frozen-shape `Reason`.
 * @example
 * ```ts
 * import { reason } from 'asn-kit/core';
 * reason('employee/appointed-under-18', 'warning', { instrument: 'PP 11/2017', article: 'Pasal 23' },
 *   { id: 'Diangkat sebelum 18 tahun', en: 'Appointed before the age of 18' }).severity;
 * // => 'warning'
 * ```
 */
export function reason<Code extends string>(
  code: Code,
  severity: Severity,
  basis: LegalBasis,
  message: LocalizedText,
  data?: Readonly<Record<string, unknown>>,
): Reason<Code> {
  return data === undefined ? { code, severity, basis, message } : { code, severity, basis, message, data };
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** A text written on demand from a renderer and its data (see {@link renderedText}). */
class RenderedText<Data> implements LocalizedText {
  readonly #render: (data: Data) => LocalizedText;
  readonly #data: Data;

  constructor(render: (data: Data) => LocalizedText, data: Data) {
    this.#render = render;
    this.#data = data;
  }

  /** Bahasa Indonesia. */
  get id(): string {
    return this.#render(this.#data).id;
  }

  /** English. */
  get en(): string {
    return this.#render(this.#data).en;
  }

  /** `{ id, en }` as plain strings: what `JSON.stringify` writes. */
  toJSON(): LocalizedText {
    const { id, en } = this.#render(this.#data);
    return { id, en };
  }

  /** What Node's `console.log` shows: the two texts. */
  [INSPECT](): LocalizedText {
    return this.toJSON();
  }
}

/**
 * A {@link LocalizedText} written only when it is read, from a renderer shared by every result and the result's own
 * data. A decision kept in memory then holds a reference to the renderer and its numbers instead of two sentences
 * (what keeps a stored leave balance small). `text.id`, `text.en` and `JSON.stringify(text)` give the same as the
 * plain object; a spread or `structuredClone` does not copy the texts, so call `toJSON()` first.
 *
 * @param render - Writes the text from the data; it must be pure.
 * @param data - The values it needs.
 * @returns A read-only text.
 * @example
 * ```ts
 * import { renderedText } from 'asn-kit/core';
 * const text = renderedText((days: number) => ({ id: `${days} hari`, en: `${days} days` }), 12);
 * text.en; // => '12 days'
 * JSON.stringify(text); // => '{"id":"12 hari","en":"12 days"}'
 * ```
 */
export function renderedText<Data>(render: (data: Data) => LocalizedText, data: Data): LocalizedText {
  return new RenderedText(render, data);
}
