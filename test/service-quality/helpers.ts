/**
 * A value as a JavaScript caller (or a raw `JSON.parse`) passes it: the compiler does not check it, the function
 * does at run time. Used for the tests of bad input and of the unparsed path.
 */
export function untyped(value: unknown): never {
  return value as never;
}
