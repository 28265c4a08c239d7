import type { LocalizedText } from './reason';

// The language of the parse under way: `validate` writes an input's issues by parsing it once in each language, and
// the messages a module gives its schemas (see `localized`) are read in that language. English outside a parse.
let language: keyof LocalizedText = 'en';

/** Runs `parse` with the schemas' own messages in `lang`. */
export function parsingIn<T>(lang: keyof LocalizedText, parse: () => T): T {
  language = lang;
  try {
    return parse();
  } finally {
    language = 'en';
  }
}

/**
 * A schema's own message in both languages, for zod's `error` parameter (`z.refine(check, { error:
 * localized({ id, en }) })`) or a custom issue (`ctx.addIssue({ message: localized(text)() })`): the input errors
 * of `validate` then read it in Bahasa Indonesia in `message.id` and in English in `message.en`, as zod's own
 * messages are.
 *
 * @param text - The message in Bahasa Indonesia and English.
 * @returns A function giving the text in the language of the parse under way (English outside `validate`).
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { localized, validate } from 'asn-kit/core';
 * const even = z.number().check(z.refine((n) => n % 2 === 0, { error: localized({ id: 'Harus genap', en: 'Must be even' }) }));
 * const result = validate(even, 3, 'example/invalid-input');
 * if (result.isErr()) result.error.message.id; // => 'Masukan tidak valid — Harus genap'
 * ```
 */
export function localized(text: LocalizedText): () => string {
  return () => text[language];
}
