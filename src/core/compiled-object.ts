import type * as z from 'zod/mini';
import * as zodCore from 'zod/v4/core';

/**
 * Gives a zod/mini object schema the compiled parser of zod's classic objects (internal). zod/mini interprets an
 * object key by key to stay small; the compiled parser, which zod writes once per schema with `new Function`, reads
 * a record about twice as fast, and a service parses every record of every request it answers. The two parsers
 * accept, output and report the same (zod's design, and asn-kit's property test). The compiled parser is built at
 * the schema's first parse, never at import, so zod's probe for `new Function` and `z.config({ jitless: true })`
 * work as they do for zod's own objects: where zod cannot or may not compile (a strict Content-Security-Policy,
 * Cloudflare Workers, `jitless`), or a zod 4 release has no compiled objects, the schema parses as zod/mini does.
 *
 * @param schema - An object schema.
 * @returns The same schema, parsed by the compiled parser.
 */
export function compiled<Schema extends z.ZodMiniObject>(schema: Schema): Schema {
  const Compiled = (zodCore as { $ZodObjectJIT?: typeof zodCore.$ZodObjectJIT }).$ZodObjectJIT;
  if (Compiled === undefined) return schema;
  const internals = schema._zod;
  // zod types its parsers as methods; they are arrow functions that never read `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const interpreted = internals.parse;
  let compiledParse: typeof interpreted | undefined;
  const parse: typeof interpreted = (payload, context) => {
    // eslint-disable-next-line @typescript-eslint/unbound-method
    compiledParse ??= new Compiled({ ...internals.def })._zod.parse;
    return compiledParse(payload, context);
  };
  internals.parse = parse;
  // A schema without checks of its own runs its parser directly (its checks, if any, call `parse`).
  if (internals.run === interpreted) internals.run = parse;
  return schema;
}
