import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createCalendar } from '../../src/calendar';
import { parseCompetencyLevels } from '../../src/competency';
import { isoDateSchema, localized, parseInput, validate, type AsnError } from '../../src/core';
import { parseAbsenceRecords } from '../../src/discipline';
import { parseEmployee } from '../../src/employee';
import { parseLeaveRequest } from '../../src/leave';
import { parseLegacyRecord } from '../../src/performance';
import { parseComplaint } from '../../src/service-quality';

function errorOf(result: { isErr(): boolean; error?: unknown }): AsnError {
  if (!result.isErr()) throw new Error('expected an Err');
  return result.error as AsnError;
}

describe('input errors speak both languages', () => {
  it("zod's own messages: message.id from zod's Indonesian locale, message.en from its English one", () => {
    const error = errorOf(validate(z.object({ days: z.number() }), { days: 'x' }, 'example/invalid-input'));
    expect(error.message.id).toBe('Masukan tidak valid — days: Input tidak valid: diharapkan number, diterima string');
    expect(error.message.en).toBe('Invalid input — days: Invalid input: expected number, received string');
    expect(error.data.issues).toEqual([{ path: 'days', message: 'Invalid input: expected number, received string' }]);
  });

  it("a schema's own message given with localized() is read in each language", () => {
    const even = z.number().check(z.refine((n) => n % 2 === 0, { error: localized({ id: 'Harus genap', en: 'Must be even' }) }));
    const error = errorOf(validate(even, 3, 'example/invalid-input'));
    expect(error.message).toEqual({ id: 'Masukan tidak valid — Harus genap', en: 'Invalid input — Must be even' });
    expect(localized({ id: 'Harus genap', en: 'Must be even' })()).toBe('Must be even');
  });

  it('a cross-field issue given in both languages is read in each', () => {
    const range = z.object({ from: z.number(), to: z.number() });
    const error = errorOf(parseInput(range, { from: 2, to: 1 }, 'example/invalid-input', 'example/range', () => [
      { path: 'to', message: { id: 'Akhir sebelum awal', en: 'The end is before the start' } },
    ]));
    expect(error.message).toEqual({ id: 'Masukan tidak valid — to: Akhir sebelum awal', en: 'Invalid input — to: The end is before the start' });
    expect(error.data.issues).toEqual([{ path: 'to', message: 'The end is before the start' }]);
  });

  it.each([
    ['core: isoDateSchema', () => validate(isoDateSchema, '2026-02-30', 'core/invalid-input'), 'Diharapkan tanggal kalender yang nyata'],
    ['calendar: createCalendar', () => createCalendar({ workWeek: 7 } as never), 'Masukan tidak valid'],
    ['employee: a PNS NIP on a PPPK', () => parseEmployee({
      kind: 'PPPK', nip: '19660801 198803 1 001', name: 'Fajar', gender: 'male', birthDate: '1966-08-01',
      contract: { start: '2024-03-01', years: 5 }, golongan: 'IX', position: { type: 'pelaksana' },
      workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
    }), 'Diharapkan NI PPPK yang valid'],
    ['leave: the end before the start', () => parseLeaveRequest({ id: 'R', kind: 'annual', start: '2026-03-10', end: '2026-03-09' }), 'Tanggal akhir tidak boleh sebelum tanggal mulai'],
    ['competency: no competency', () => parseCompetencyLevels({}), 'Diperlukan paling sedikit satu kompetensi'],
    ['discipline: an absence ending before it starts', () => parseAbsenceRecords([{ type: 'absent', from: '2025-03-02', to: '2025-03-01' }]), 'Akhir ketidakhadiran tidak boleh sebelum awalnya'],
    ['performance: a wrong period', () => parseLegacyRecord({ period: { from: 'x', to: '2018-12-31' }, skp: 85.5, behaviour: 83 }), 'Diharapkan tanggal kalender yang nyata'],
    ['service-quality: closed before received', () => parseComplaint({
      id: 'C', unit: { id: 'u', name: 'U' }, channel: 'phone', received: '2026-03-02', subject: 'S', closed: '2026-03-01',
    }), 'Pengaduan tidak dapat ditutup sebelum diterima'],
  ])('%s', (_, run, indonesian) => {
    const error = errorOf(run());
    expect(error.code).toMatch(/\/invalid-input$/);
    expect(error.message.id).toContain(indonesian);
    expect(error.message.id).not.toBe(error.message.en);
  });
});
