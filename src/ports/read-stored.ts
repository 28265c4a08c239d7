import { Err, err, Ok, ok, type Result } from 'neverthrow';
import type { AsnError } from '../core';
import { portsError, shown, type PortsError } from './errors';

/**
 * Runs one of the library's parsers on a record read from storage: the adapter's boundary. A record that fails
 * becomes `ports/invalid-record`, naming what it was and carrying the parser's error in `data.cause`, so a port
 * hands out only parsed, frozen values and never throws.
 *
 * @param parse - The parser, e.g. `parseEmployee` or `parseLedger`.
 * @param raw - The record as read (JSON already decoded).
 * @param what - What the record is, for the message, e.g. `'employee 199001012015031001'`.
 * @returns `Ok(value)` parsed, or `Err` with code `ports/invalid-record`.
 * @example
 * ```ts
 * import { parseLedger } from 'asn-kit/leave';
 * import { readStored } from 'asn-kit/ports';
 * readStored(parseLedger, [], 'ledger').map((ledger) => ledger.length); // => Ok(0)
 * readStored(parseLedger, [{ type: 'grant' }], 'ledger').match(() => '', (error) => error.code); // => 'ports/invalid-record'
 * ```
 */
export function readStored<T>(parse: (input: unknown) => Result<T, AsnError>, raw: unknown, what: string): Result<T, PortsError> {
  const parsed: unknown = typeof parse === 'function' ? parse(raw) : undefined;
  if (!(parsed instanceof Ok) && !(parsed instanceof Err)) {
    return err(portsError('ports/invalid-input', {
      id: 'Pengurai harus berupa fungsi yang mengembalikan Result.', en: 'The parser must be a function that returns a Result.',
    }, { parse: typeof parse }));
  }
  const result = parsed as Result<T, AsnError>;
  if (result.isOk()) return ok(result.value);
  return err(portsError('ports/invalid-record', {
    id: `Data tersimpan ${shown(what)} tidak sah: ${result.error.message.id}`,
    en: `The stored ${shown(what)} is invalid: ${result.error.message.en}`,
  }, { what, cause: result.error }));
}
