import { describe, expectTypeOf, it } from 'vitest';
import {
  asnError,
  invalidInput,
  parseIsoDate,
  recodeError,
  type AsnError,
  type AsnErrorOf,
  type ErrorBuilder,
  type InputIssue,
  type IsoDate,
  type NoRuleInForceError,
} from '../../src/core';

type ExampleData = { 'example/too-long': { readonly length: number }; 'example/empty': { readonly input: string } };

describe('error data typed per code', () => {
  it('AsnErrorOf makes one member per code, and a test of the code gives its data', () => {
    const lengthOf = (error: AsnErrorOf<ExampleData>) => {
      if (error.code === 'example/too-long') {
        expectTypeOf(error.data.length).toEqualTypeOf<number>();
        // @ts-expect-error: `input` is a field of example/empty, not of example/too-long
        expectTypeOf(error.data.input).toBeUnknown();
      }
    };
    expectTypeOf(lengthOf).parameter(0).toEqualTypeOf<AsnError<'example/too-long', { readonly length: number }> | AsnError<'example/empty', { readonly input: string }>>();
  });

  it('an ErrorBuilder refuses data of another code', () => {
    const build: ErrorBuilder<ExampleData> = asnError;
    const basis = { instrument: 'asn-kit' };
    const message = { id: 'x', en: 'x' };
    expectTypeOf(build('example/too-long', basis, message, { length: 19 }).data).toEqualTypeOf<{ readonly length: number }>();
    // @ts-expect-error: the data of example/empty is { input }
    build('example/empty', basis, message, { length: 19 });
    // @ts-expect-error: a field the code does not have
    build('example/too-long', basis, message, { length: 19, input: 'x' });
  });

  it('the kernel errors carry their data, and a recoded error keeps it', () => {
    expectTypeOf(parseIsoDate('x')._unsafeUnwrapErr().data.input).toEqualTypeOf<string>();
    expectTypeOf(invalidInput('leave/invalid-input', []).data.issues).toEqualTypeOf<readonly InputIssue[]>();
    const recoded = (error: NoRuleInForceError) => recodeError(error, 'leave/no-rule-in-force');
    expectTypeOf(recoded).returns.toEqualTypeOf<AsnError<'leave/no-rule-in-force', { readonly table: string; readonly date: IsoDate }>>();
  });
});
