import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { compiled } from '../../src/core/compiled-object';

// A zod 4 release without compiled objects (no `$ZodObjectJIT` in its core).
vi.mock('zod/v4/core', async (original) => ({ ...(await original<Record<string, unknown>>()), $ZodObjectJIT: undefined }));

describe('compiled, with a zod that has no compiled object parser', () => {
  it('leaves the schema as zod/mini made it', () => {
    const plain = z.object({ name: z.string() });
    const internals = { ...plain._zod };
    const schema = compiled(plain);
    expect(schema).toBe(plain);
    // The same parser and runner functions (functions are equal only to themselves).
    expect({ ...schema._zod }).toEqual(internals);
    expect(schema.safeParse({ name: 'a', extra: 1 }).data).toEqual({ name: 'a' });
    expect(schema.safeParse({ name: 1 }).success).toBe(false);
  });
});
