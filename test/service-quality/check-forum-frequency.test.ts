import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  checkForumFrequency,
  parseForum,
  type CheckForumFrequencyParams,
  type Forum,
  type ForumFrequencyCheck,
  type ServiceQualityError,
} from '../../src/service-quality';
import { untyped } from './helpers';
import { dataOf } from '../error-data';

const disdukcapil = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };
const dinkes = { id: 'dinkes', name: 'Dinas Kesehatan Kota Medan' };
/** A forum parsed at the boundary, as a service would hold it. */
const forum = (id: string, date: string, unit = disdukcapil, kind: 'dialogue' | 'open-forum' = 'open-forum'): Forum =>
  parseForum({ id, kind, date, unit, participants: { citizens: 30, officials: 5 } })._unsafeUnwrap();
const year2026 = { from: '2026-01-01', to: '2026-12-31' };

describe('checkForumFrequency', () => {
  it('TSDoc example: quarterly, checked on 15 August', () => {
    const check = checkForumFrequency({
      units: [disdukcapil],
      forums: [forum('FKP-01', '2026-02-12')],
      requirement: { every: 'quarter', atLeast: 1 },
      period: year2026,
      asOf: '2026-08-15',
    })._unsafeUnwrap();
    expect(check.units[0]?.periods).toEqual([
      { from: '2026-01-01', to: '2026-03-31', partial: false, held: 1, required: 1, status: 'met' },
      { from: '2026-04-01', to: '2026-06-30', partial: false, held: 0, required: 1, status: 'missed' },
      { from: '2026-07-01', to: '2026-09-30', partial: false, held: 0, required: 1, status: 'in-progress' },
      { from: '2026-10-01', to: '2026-12-31', partial: false, held: 0, required: 1, status: 'upcoming' },
    ]);
    expect(check.units[0]).toMatchObject({ held: 1, missed: 1, onTrack: false });
    expect(check.reasons).toEqual([
      {
        code: 'service-quality/forum-shortfall',
        severity: 'warning',
        basis: {
          instrument: 'Rencana kerja pengelolaan ASN Kota Medan',
          article: 'Peningkatan Keterlibatan Publik',
          note: 'regular dialogue sessions and open forums on public services; participation of the public under UU 25/2009',
        },
        message: {
          id: 'Disdukcapil Kota Medan mengadakan 0 dari 1 forum yang direncanakan per triwulan pada 2026-04-01 s.d. 2026-06-30.',
          en: 'Disdukcapil Kota Medan held 0 of the 1 forums planned per quarter in 2026-04-01 to 2026-06-30.',
        },
        data: { unit: 'disdukcapil', from: '2026-04-01', to: '2026-06-30', held: 0, required: 1 },
      },
    ]);
  });

  it('monthly with two per month, only dialogues counting, a unit with none, a range cutting the periods', () => {
    const check = checkForumFrequency({
      units: [disdukcapil, dinkes],
      forums: [
        forum('D1', '2026-02-20', disdukcapil, 'dialogue'),
        forum('D2', '2026-03-03', disdukcapil, 'dialogue'),
        forum('D3', '2026-03-25', disdukcapil, 'dialogue'),
        forum('F1', '2026-02-25', disdukcapil, 'open-forum'),
      ],
      requirement: { every: 'month', atLeast: 2, kinds: ['dialogue'] },
      period: { from: '2026-02-15', to: '2026-04-10' },
      asOf: '2026-04-30',
    })._unsafeUnwrap();
    expect(check.units[0]?.periods.map((p) => [p.from, p.to, p.partial, p.held, p.status])).toEqual([
      ['2026-02-15', '2026-02-28', true, 1, 'missed'],
      ['2026-03-01', '2026-03-31', false, 2, 'met'],
      ['2026-04-01', '2026-04-10', true, 0, 'missed'],
    ]);
    expect(check.units[1]).toMatchObject({ held: 0, missed: 3, onTrack: false });
    expect(check.reasons).toHaveLength(5);
  });

  it('half-yearly and yearly periods; a forum after asOf is not counted', () => {
    const half = checkForumFrequency({
      units: [dinkes],
      forums: [forum('A', '2026-05-05', dinkes), forum('B', '2026-09-09', dinkes)],
      requirement: { every: 'half-year', atLeast: 1 },
      period: year2026,
      asOf: '2026-09-01',
    })._unsafeUnwrap();
    expect(half.units[0]?.periods.map((p) => [p.from, p.to, p.held, p.status])).toEqual([
      ['2026-01-01', '2026-06-30', 1, 'met'],
      ['2026-07-01', '2026-12-31', 0, 'in-progress'],
    ]);
    const yearly = checkForumFrequency({
      units: [dinkes],
      forums: [forum('A', '2025-05-05', dinkes)],
      requirement: { every: 'year', atLeast: 1 },
      period: { from: '2025-01-01', to: '2026-12-31' },
      asOf: '2027-01-05',
    })._unsafeUnwrap();
    expect(yearly.units[0]?.periods.map((p) => p.status)).toEqual(['met', 'missed']);
    expect(yearly.units[0]?.onTrack).toBe(false);
  });

  it('the first and last day of a period count, the days around it do not; two forums on one day count twice', () => {
    const forums = [
      forum('A', '2025-12-31'),
      forum('B', '2026-01-01'),
      forum('C', '2026-03-31'),
      forum('D', '2026-03-31'),
      forum('E', '2026-04-01'),
    ];
    const check = (atLeast: number, asOf: string) =>
      checkForumFrequency({ units: [disdukcapil], forums, requirement: { every: 'quarter', atLeast }, period: { from: '2026-01-01', to: '2026-03-31' }, asOf })._unsafeUnwrap();
    expect(check(3, '2026-03-31').units[0]?.periods).toEqual([
      { from: '2026-01-01', to: '2026-03-31', partial: false, held: 3, required: 3, status: 'met' },
    ]);
    // Short on its last day: still in progress; the day after, missed.
    expect(check(4, '2026-03-31').units[0]?.periods[0]).toMatchObject({ held: 3, status: 'in-progress' });
    expect(check(4, '2026-04-01').units[0]?.periods[0]).toMatchObject({ held: 3, status: 'missed' });
    expect(check(4, '2026-04-01').units[0]).toMatchObject({ held: 3, missed: 1, onTrack: false });
    // Read on its first day: the forum of that day counts, and the period is under way.
    expect(check(2, '2026-01-01').units[0]?.periods[0]).toMatchObject({ held: 1, status: 'in-progress' });
    expect(check(1, '2026-01-01').units[0]?.periods[0]).toMatchObject({ held: 1, status: 'met' });
    // Read before it begins: upcoming, nothing held yet.
    expect(check(1, '2025-12-31').units[0]?.periods[0]).toMatchObject({ held: 0, status: 'upcoming' });
  });

  it('a range starting and ending inside quarters: both periods partial, clipped to the range', () => {
    const result = checkForumFrequency({
      units: [disdukcapil],
      forums: [forum('A', '2026-02-14'), forum('B', '2026-02-15'), forum('C', '2026-05-10'), forum('D', '2026-05-11')],
      requirement: { every: 'quarter', atLeast: 1 },
      period: { from: '2026-02-15', to: '2026-05-10' },
      asOf: '2026-12-31',
    })._unsafeUnwrap();
    expect(result.units[0]?.periods).toEqual([
      { from: '2026-02-15', to: '2026-03-31', partial: true, held: 1, required: 1, status: 'met' },
      { from: '2026-04-01', to: '2026-05-10', partial: true, held: 1, required: 1, status: 'met' },
    ]);
    expect(result.units[0]).toMatchObject({ held: 2, missed: 0, onTrack: true });
    expect(result.reasons).toEqual([]);
  });

  it('a monthly requirement names the month in the warning; a yearly one the year', () => {
    const monthly = checkForumFrequency({
      units: [dinkes],
      forums: [],
      requirement: { every: 'month', atLeast: 2 },
      period: { from: '2026-01-01', to: '2026-01-31' },
      asOf: '2026-02-01',
    })._unsafeUnwrap();
    expect(monthly.reasons[0]?.message).toEqual({
      id: 'Dinas Kesehatan Kota Medan mengadakan 0 dari 2 forum yang direncanakan per bulan pada 2026-01-01 s.d. 2026-01-31.',
      en: 'Dinas Kesehatan Kota Medan held 0 of the 2 forums planned per month in 2026-01-01 to 2026-01-31.',
    });
    const half = checkForumFrequency({ units: [dinkes], forums: [], requirement: { every: 'half-year', atLeast: 1 }, period: year2026, asOf: '2027-01-01' })._unsafeUnwrap();
    expect(half.reasons.map((r) => r.message.id)).toEqual([
      'Dinas Kesehatan Kota Medan mengadakan 0 dari 1 forum yang direncanakan per semester pada 2026-01-01 s.d. 2026-06-30.',
      'Dinas Kesehatan Kota Medan mengadakan 0 dari 1 forum yang direncanakan per semester pada 2026-07-01 s.d. 2026-12-31.',
    ]);
    expect(half.reasons[0]?.message.en).toBe('Dinas Kesehatan Kota Medan held 0 of the 1 forums planned per half-year in 2026-01-01 to 2026-06-30.');
    const yearly = checkForumFrequency({ units: [dinkes], forums: [], requirement: { every: 'year', atLeast: 1 }, period: year2026, asOf: '2027-01-01' })._unsafeUnwrap();
    expect(yearly.reasons[0]?.message.en).toBe('Dinas Kesehatan Kota Medan held 0 of the 1 forums planned per year in 2026-01-01 to 2026-12-31.');
    expect(yearly.reasons[0]?.message.id).toBe('Dinas Kesehatan Kota Medan mengadakan 0 dari 1 forum yang direncanakan per tahun pada 2026-01-01 s.d. 2026-12-31.');
  });

  it('forums given unparsed are checked, then counted the same', () => {
    const raw = { id: 'R', kind: 'dialogue', date: '2026-02-01', unit: disdukcapil, participants: { citizens: 3, officials: 1 } };
    const result = checkForumFrequency(untyped({ units: [disdukcapil], forums: [raw], requirement: { every: 'quarter', atLeast: 1 }, period: year2026, asOf: '2026-03-01' }));
    expect(result._unsafeUnwrap().units[0]?.periods[0]).toMatchObject({ held: 1, status: 'met' });
  });

  it('bad input is a coded error with paths', () => {
    expect(checkForumFrequency(untyped({ units: [], forums: [] }))._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
    const issues = dataOf(checkForumFrequency(untyped({
      units: [dinkes],
      forums: [],
      requirement: { every: 'week', atLeast: 0 },
      period: { from: '2026-12-31', to: '2026-01-01' },
      asOf: '2026-06-30',
    }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues;
    expect(issues.map((issue) => issue.path)).toEqual(['requirement.every', 'requirement.atLeast', 'period.to']);
  });
});

describe('checkForumFrequency types', () => {
  it('returns a Result of the check or a service-quality error', () => {
    expectTypeOf(checkForumFrequency).parameter(0).toEqualTypeOf<CheckForumFrequencyParams>();
    expectTypeOf(checkForumFrequency).returns.toEqualTypeOf<Result<ForumFrequencyCheck, ServiceQualityError>>();
  });
});

describe('properties', () => {
  it('the periods tile the range exactly, and more forums never turn a met period into a missed one', () => {
    const day = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.constantFrom('month', 'quarter', 'half-year', 'year'), fc.array(day, { maxLength: 8 }), (a, b, every, dates) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const input = { units: [dinkes], requirement: { every, atLeast: 1 }, period: { from, to }, asOf: '2026-12-31' } as const;
        const few = checkForumFrequency({ ...input, forums: dates.slice(1).map((d, i) => forum(`F${String(i)}`, d, dinkes)) })._unsafeUnwrap();
        const many = checkForumFrequency({ ...input, forums: dates.map((d, i) => forum(`F${String(i)}`, d, dinkes)) })._unsafeUnwrap();
        const periods = few.units[0]?.periods ?? [];
        expect(periods[0]?.from).toBe(from);
        expect(periods.at(-1)?.to).toBe(to);
        expect(many.units[0]?.missed ?? 0).toBeLessThanOrEqual(few.units[0]?.missed ?? 0);
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = checkForumFrequency(untyped(input));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
