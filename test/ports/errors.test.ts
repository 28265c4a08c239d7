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

describe('the ports\' errors in full', () => {
  const basis = { instrument: 'asn-kit', note: 'storage port contract' };

  it('each builder: code, basis, the sentence in both languages, the data and whether to retry', () => {
    expect(alreadyExists('leave request', 'R-1')).toEqual({
      code: 'ports/already-exists', severity: 'error', basis, retryable: false, data: { what: 'leave request', key: 'R-1' },
      message: { id: 'leave request R-1 sudah ada.', en: 'The leave request R-1 already exists.' },
    });
    expect(notFound('employee', 'x')).toEqual({
      code: 'ports/not-found', severity: 'error', basis, retryable: false, data: { what: 'employee', key: 'x' },
      message: { id: 'employee x tidak ditemukan.', en: 'No employee x.' },
    });
    expect(versionConflict('leave ledger', '1', 2, 0)).toEqual({
      code: 'ports/conflict', severity: 'error', basis, retryable: true, data: { what: 'leave ledger', key: '1', expected: 2, actual: 0 },
      message: { id: 'leave ledger 1 telah berubah (versi 0, diharapkan 2); baca ulang lalu coba lagi.', en: 'The leave ledger 1 has changed (version 0, expected 2); read it again and retry.' },
    });
    expect(storageFailure('busy')).toEqual({
      code: 'ports/storage-failure', severity: 'error', basis, retryable: true, data: { cause: 'busy' },
      message: { id: 'Penyimpanan gagal: busy', en: 'Storage failed: busy' },
    });
    expect(portsError('ports/invalid-input', { id: 'a', en: 'b' }, { issues: [] })).toEqual({ code: 'ports/invalid-input', severity: 'error', basis, retryable: false, data: { issues: [] }, message: { id: 'a', en: 'b' } });
    expect(portsError('ports/invalid-record', { id: 'a', en: 'b' }, { issues: [] }).retryable).toBe(false);
  });

  it('show any value a caller gives as text: a symbol, an object whose toString throws, one without a prototype', () => {
    expect(storageFailure(Symbol('lock')).data).toEqual({ cause: 'Symbol(lock)' });
    expect(storageFailure({ toString: () => { throw new Error('no'); } }).data).toEqual({ cause: '[object Object]' });
    expect(notFound(Object.create(null) as never, 7 as never).message.en).toBe('No [object Object] 7.');
  });

  it('readStored: the stored record\'s error in both languages, with the cause; a parser that gives no Result', () => {
    const invalid = readStored(parseLedger, [{ type: 'grant' }], 'ledger 1')._unsafeUnwrapErr();
    const cause = parseLedger([{ type: 'grant' }])._unsafeUnwrapErr();
    expect(invalid).toEqual({
      code: 'ports/invalid-record', severity: 'error', basis, retryable: false, data: { what: 'ledger 1', cause },
      message: { id: `Data tersimpan ledger 1 tidak sah: ${cause.message.id}`, en: `The stored ledger 1 is invalid: ${cause.message.en}` },
    });
    expect(readStored((() => 1) as never, [], 'x')._unsafeUnwrapErr()).toEqual({
      code: 'ports/invalid-input', severity: 'error', basis, retryable: false, data: { parse: 'function' },
      message: { id: 'Pengurai harus berupa fungsi yang mengembalikan Result.', en: 'The parser must be a function that returns a Result.' },
    });
    expect(readStored('parse' as never, [], 'x')._unsafeUnwrapErr().data).toEqual({ parse: 'string' });
    expect(readStored(() => parseLedger([]).map(() => 'read'), [], 'x')._unsafeUnwrap()).toBe('read');
  });
});
