/**
 * Test helper: the data of an error whose code the test expects, narrowed to that code's fields as a caller's
 * `if (error.code === …)` narrows it. A different code, or no error at all, fails the test.
 */
import type { AsnError } from '../src/core';

/** The member of an error union with a code. */
type WithCode<Error, Code> = Extract<Error, { readonly code: Code }>;

function hasCode<Error extends AsnError, Code extends Error['code']>(error: Error | undefined, code: Code): error is WithCode<Error, Code> {
  return error?.code === code;
}

/** The data of `error`, which must have `code`. */
export function dataOf<Error extends AsnError, Code extends Error['code']>(error: Error | undefined, code: Code): WithCode<Error, Code>['data'] {
  if (!hasCode(error, code)) throw new Error(`Expected the error ${code}, got ${error?.code ?? 'none'}`);
  return error.data;
}
