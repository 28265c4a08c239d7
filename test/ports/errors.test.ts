import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/leave';
import { alreadyExists, notFound, parsePerformanceRecord, portsError, readStored, storageFailure, versionConflict } from '../../src/ports';
import { dataOf } from '../error-data';

describe('the ports\' errors', () => {
  it('say what and which key, and whether a retry may succeed', () => {
    const conflict = versionConflict('leave ledger', '198503152010012001', 3, 4);
    expect([conflict.code, conflict.retryable, conflict.message.en]).toEqual(['ports/conflict', true,
      'The leave ledger 198503152010012001 has changed (version 4, expected 3); read it again and retry.']);
    expect(conflict.message.id).toBe('leave ledger 198503152010012001 telah berubah (versi 4, diharapkan 3); baca ulang lalu coba lagi.');
    expect([notFound('employee', 'x').message.en, notFound('employee', 'x').retryable]).toEqual(['No employee x.', false]);
    expect([alreadyExists('leave request', 'R-1').message.en, alreadyExists('leave request', 'R-1').retryable]).toEqual(['The leave request R-1 already exists.', false]);
    expect([storageFailure(new Error('disk full')).data, storageFailure('busy').retryable]).toEqual([{ cause: 'disk full' }, true]);
    expect(storageFailure(Object.create(null)).data).toEqual({ cause: '[object Object]' });
    expect(portsError('ports/storage-failure', { id: 'a', en: 'b' }, { cause: 'c' }).basis).toEqual({ instrument: 'asn-kit', note: 'storage port contract' });
  });

  it('readStored turns a parser\'s Err into ports/invalid-record and refuses a parser that is not one', () => {
    expect(readStored(parseLedger, [], 'ledger').map((ledger) => ledger.length)).toEqual(ok(0));
    const invalid = readStored(parseLedger, [{ type: 'grant' }], 'ledger 1')._unsafeUnwrapErr();
    expect([invalid.code, invalid.retryable, invalid.message.en.startsWith('The stored ledger 1 is invalid: ')]).toEqual(['ports/invalid-record', false, true]);
    expect(dataOf(invalid, 'ports/invalid-record').cause?.code).toBe('leave/invalid-input');
    expect(readStored((() => 1) as never, [], 'x')._unsafeUnwrapErr().code).toBe('ports/invalid-input');
  });

  it('parsePerformanceRecord checks every field', () => {
    const record = { nip: '198503152010012001', year: 2026, workUnitId: 'disdik', workRating: 'meets', behaviourRating: 'above', predikat: 'good', extra: 1 };
    expect(parsePerformanceRecord(record)._unsafeUnwrap()).toEqual({ nip: '198503152010012001', year: 2026, workUnitId: 'disdik', workRating: 'meets', behaviourRating: 'above', predikat: 'good' });
    const bad = parsePerformanceRecord({ ...record, nip: '123', predikat: 'excellent' })._unsafeUnwrapErr();
    expect([bad.code, dataOf(bad, 'ports/invalid-record').issues?.map((issue) => issue.path)]).toEqual(['ports/invalid-record', ['nip', 'predikat']]);
  });
});
