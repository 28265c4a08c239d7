import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  parseFeedbackList,
  parseForums,
  summarizeForums,
  type FeedbackInput,
  type ForumInput,
  type ForumSummary,
  type ServiceQualityError,
  type SummarizeForumsParams,
} from '../../src/service-quality';
import { untyped } from './helpers';
import { dataOf } from '../error-data';

const disdukcapil = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };
const dinkes = { id: 'dinkes', name: 'Dinas Kesehatan Kota Medan' };

const forums: ForumInput[] = [
  {
    id: 'FKP-01',
    kind: 'open-forum',
    date: '2026-02-12',
    unit: disdukcapil,
    participants: { citizens: 48, officials: 9 },
    topics: ['Antrean KTP-el', 'Jam layanan Sabtu'],
    followUps: [
      { id: 'T1', action: 'Tambah 2 loket perekaman', owner: 'Kabid Pelayanan', due: '2026-03-31' },
      { id: 'T2', action: 'Umumkan jadwal Sabtu', owner: 'Sekretaris', due: '2026-02-28', done: '2026-02-20' },
    ],
  },
  {
    id: 'DLG-01',
    kind: 'dialogue',
    date: '2026-04-15',
    unit: disdukcapil,
    participants: { citizens: 20, officials: 4 },
    topics: [' antrean ktp-el ', 'Akta kelahiran online'],
    followUps: [{ id: 'T3', action: 'Panduan akta daring', owner: 'Kasi Kelahiran', due: '2026-05-15' }],
  },
  { id: 'DLG-02', kind: 'dialogue', date: '2026-03-10', unit: dinkes, participants: { citizens: 30, officials: 6 }, topics: ['Jam buka puskesmas'] },
  { id: 'FKP-09', kind: 'open-forum', date: '2026-07-01', unit: dinkes, participants: { citizens: 99, officials: 9 } },
];

const feedback: FeedbackInput[] = [
  { id: 'FB-1', unit: disdukcapil, channel: 'whatsapp', received: '2026-03-02', kind: 'complaint', topic: 'antrean KTP-el' },
  { id: 'FB-2', unit: disdukcapil, channel: 'lapor', received: '2026-03-05', kind: 'complaint', topic: 'Antrean KTP-el' },
  { id: 'FB-3', unit: disdukcapil, channel: 'whatsapp', received: '2026-03-09', kind: 'suggestion', topic: 'Akta kelahiran online' },
  { id: 'FB-4', unit: { id: 'bapenda', name: 'Bapenda Kota Medan' }, channel: 'suggestion-box', received: '2026-01-09', kind: 'appreciation', topic: 'PBB online' },
];

describe('summarizeForums', () => {
  it('TSDoc example: topics matched ignoring case, an overdue follow-up', () => {
    const summary = summarizeForums({
      asOf: '2026-04-30',
      forums: parseForums([forums[0]])._unsafeUnwrap(),
      feedback: parseFeedbackList([feedback[0]])._unsafeUnwrap(),
    })._unsafeUnwrap();
    expect(summary.units[0]?.topics[0]).toEqual({ topic: 'Antrean KTP-el', forums: 1, feedback: 1, total: 2 });
    expect(summary.units[0]?.overdueFollowUps[0]?.daysOverdue).toBe(30);
  });

  it('summarises each unit: sessions, participants, topics, feedback, open and overdue follow-ups', () => {
    const summary = summarizeForums({
      forums: parseForums(forums)._unsafeUnwrap(),
      feedback: parseFeedbackList(feedback)._unsafeUnwrap(),
      asOf: '2026-05-20',
    })._unsafeUnwrap();
    expect(summary.units.map((u) => u.unit.id)).toEqual(['disdukcapil', 'dinkes', 'bapenda']);
    const medan = summary.units[0];
    expect(medan).toMatchObject({
      sessions: 2,
      dialogues: 1,
      openForums: 1,
      participants: { citizens: 68, officials: 13 },
      lastSession: '2026-04-15',
      feedback: { total: 3, byChannel: { whatsapp: 2, lapor: 1 }, byKind: { complaint: 2, suggestion: 1 } },
    });
    expect(medan?.topics).toEqual([
      { topic: 'Antrean KTP-el', forums: 2, feedback: 2, total: 4 },
      { topic: 'Akta kelahiran online', forums: 1, feedback: 1, total: 2 },
      { topic: 'Jam layanan Sabtu', forums: 1, feedback: 0, total: 1 },
    ]);
    expect(medan?.openFollowUps.map((f) => [f.followUp.id, f.overdue, f.daysOverdue])).toEqual([
      ['T1', true, 50],
      ['T3', true, 5],
    ]);
    expect(medan?.overdueFollowUps.map((f) => f.followUp.id)).toEqual(['T1', 'T3']);
    // FKP-09 is after asOf: not held yet.
    expect(summary.units[1]).toMatchObject({ sessions: 1, dialogues: 1, openForums: 0, lastSession: '2026-03-10' });
    expect(summary.units[2]).toMatchObject({ sessions: 0, topics: [{ topic: 'PBB online', forums: 0, feedback: 1, total: 1 }] });
    expect(summary.units[2]?.lastSession).toBeUndefined();
    expect(summary.reasons.map((r) => r.data?.followUp)).toEqual(['T1', 'T3']);
    expect(summary.reasons[0]?.message.id).toBe(
      'Tindak lanjut "Tambah 2 loket perekaman" (Disdukcapil Kota Medan, penanggung jawab Kabid Pelayanan) lewat 50 hari dari batas 2026-03-31.',
    );
  });

  it('a follow-up not yet due is open but not overdue; one done after asOf is still open', () => {
    const summary = summarizeForums(
      untyped({
        forums: [{ ...forums[0], followUps: [{ id: 'T9', action: 'Audit', owner: 'Inspektorat', due: '2026-03-31', done: '2026-04-02' }] }],
        asOf: '2026-03-15',
      }),
    )._unsafeUnwrap();
    expect(summary.units[0]?.openFollowUps.map((f) => [f.followUp.id, f.overdue, f.daysOverdue])).toEqual([['T9', false, 0]]);
    expect(summary.units[0]?.overdueFollowUps).toEqual([]);
    expect(summary.reasons).toEqual([]);
  });

  it('a period keeps only the records inside it', () => {
    const summary = summarizeForums(untyped({ forums, feedback, asOf: '2026-12-31', period: { from: '2026-03-01', to: '2026-03-31' } }))._unsafeUnwrap();
    expect(summary.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(summary.units.map((u) => [u.unit.id, u.sessions, u.feedback.total])).toEqual([
      ['dinkes', 1, 0],
      ['disdukcapil', 0, 3],
    ]);
  });

  it('forums are read in date order (the last session is the latest, a topic keeps its earliest spelling); a topic written twice in one forum, in any case, counts once', () => {
    const summary = summarizeForums({
      forums: parseForums([
        { id: 'B', kind: 'dialogue', date: '2026-03-01', unit: dinkes, participants: { citizens: 1, officials: 1 }, topics: ['ANTREAN', 'antrean'] },
        { id: 'A', kind: 'open-forum', date: '2026-02-01', unit: dinkes, participants: { citizens: 2, officials: 3 }, topics: ['Antrean '] },
      ])._unsafeUnwrap(),
      asOf: '2026-03-01',
    })._unsafeUnwrap();
    expect(summary).toEqual({
      asOf: '2026-03-01',
      units: [
        {
          unit: dinkes,
          sessions: 2,
          dialogues: 1,
          openForums: 1,
          participants: { citizens: 3, officials: 4 },
          lastSession: '2026-03-01',
          topics: [{ topic: 'Antrean', forums: 2, feedback: 0, total: 2 }],
          feedback: { total: 0, byChannel: {}, byKind: {} },
          openFollowUps: [],
          overdueFollowUps: [],
        },
      ],
      reasons: [],
    });
  });

  it('topics as often raised are in alphabetical order', () => {
    const summary = summarizeForums({
      forums: parseForums([{ id: 'A', kind: 'dialogue', date: '2026-02-01', unit: dinkes, participants: { citizens: 1, officials: 1 }, topics: ['Parkir', 'Antrean', 'Jam buka'] }])._unsafeUnwrap(),
      asOf: '2026-03-01',
    })._unsafeUnwrap();
    expect(summary.units[0]?.topics.map((t) => t.topic)).toEqual(['Antrean', 'Jam buka', 'Parkir']);
  });

  it('a follow-up due on asOf is open, not overdue; a day later it is 1 day overdue (the warning in full); done on asOf it is closed', () => {
    const withFollowUps = (due: string, done?: string) =>
      parseForums([
        {
          id: 'FKP-02',
          kind: 'open-forum',
          date: '2026-02-12',
          unit: disdukcapil,
          participants: { citizens: 10, officials: 2 },
          followUps: [{ id: 'T1', action: 'Tambah loket', owner: 'Kabid Pelayanan', due, ...(done === undefined ? {} : { done }) }],
        },
      ])._unsafeUnwrap();
    const onTime = summarizeForums({ forums: withFollowUps('2026-03-31'), asOf: '2026-03-31' })._unsafeUnwrap();
    expect(onTime.units[0]?.openFollowUps.map((f) => [f.overdue, f.daysOverdue])).toEqual([[false, 0]]);
    expect(onTime.reasons).toEqual([]);
    const late = summarizeForums({ forums: withFollowUps('2026-03-30'), asOf: '2026-03-31' })._unsafeUnwrap();
    expect(late.units[0]?.overdueFollowUps.map((f) => [f.forumId, f.forumDate, f.overdue, f.daysOverdue])).toEqual([['FKP-02', '2026-02-12', true, 1]]);
    expect(late.reasons).toEqual([
      {
        code: 'service-quality/follow-up-overdue',
        severity: 'warning',
        basis: {
          instrument: 'Rencana kerja pengelolaan ASN Kota Medan',
          article: 'Peningkatan Keterlibatan Publik',
          note: 'regular dialogue sessions and open forums on public services; participation of the public under UU 25/2009',
        },
        message: {
          id: 'Tindak lanjut "Tambah loket" (Disdukcapil Kota Medan, penanggung jawab Kabid Pelayanan) lewat 1 hari dari batas 2026-03-30.',
          en: 'Follow-up "Tambah loket" (Disdukcapil Kota Medan, owner Kabid Pelayanan) is 1 days past its due date 2026-03-30.',
        },
        data: { forum: 'FKP-02', followUp: 'T1', unit: 'disdukcapil', due: '2026-03-30', daysOverdue: 1 },
      },
    ]);
    const done = summarizeForums({ forums: withFollowUps('2026-03-30', '2026-03-31'), asOf: '2026-03-31' })._unsafeUnwrap();
    expect(done.units[0]?.openFollowUps).toEqual([]);
  });

  it('records on asOf and on both ends of the period are in scope, the days outside are not', () => {
    const list = parseFeedbackList([
      { id: 'F0', unit: dinkes, channel: 'phone', received: '2026-02-28', kind: 'question', topic: 'x' },
      { id: 'F1', unit: dinkes, channel: 'phone', received: '2026-03-01', kind: 'question', topic: 'x' },
      { id: 'F2', unit: dinkes, channel: 'sms', received: '2026-03-31', kind: 'question', topic: 'x' },
      { id: 'F3', unit: dinkes, channel: 'sms', received: '2026-04-01', kind: 'question', topic: 'x' },
    ])._unsafeUnwrap();
    const inPeriod = summarizeForums({ forums: [], feedback: list, asOf: '2026-12-31', period: { from: '2026-03-01', to: '2026-03-31' } })._unsafeUnwrap();
    expect(inPeriod.units[0]?.feedback).toEqual({ total: 2, byChannel: { phone: 1, sms: 1 }, byKind: { question: 2 } });
    const toAsOf = summarizeForums({ forums: [], feedback: list, asOf: '2026-03-31' })._unsafeUnwrap();
    expect(toAsOf.units[0]?.feedback.total).toBe(3);
    expect(toAsOf).not.toHaveProperty('period');
  });

  it('bad records are coded errors with paths', () => {
    const js = (params: Record<string, unknown>) => summarizeForums(untyped(params));
    expect(js({ forums: [{ id: 'x' }], asOf: '2026-04-30' })._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
    const issues = dataOf(js({ forums: [{ ...forums[0], participants: { citizens: -1, officials: 2 } }], asOf: '2026-04-30' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues;
    expect(issues).toEqual([{ path: 'forums.0.participants.citizens', message: 'Too small: expected number to be >=0' }]);
    expect(js({ forums: [], asOf: '2026-04-30', feedback: [{ ...feedback[0], channel: 'pigeon' }] })._unsafeUnwrapErr().code).toBe(
      'service-quality/invalid-input',
    );
  });
});

describe('summarizeForums types', () => {
  it('returns a Result of the summary or a service-quality error', () => {
    expectTypeOf(summarizeForums).parameter(0).toEqualTypeOf<SummarizeForumsParams>();
    expectTypeOf(summarizeForums).returns.toEqualTypeOf<Result<ForumSummary, ServiceQualityError>>();
  });
});

describe('properties', () => {
  it('sessions and feedback are conserved: the per-unit counts add up to the records in scope', () => {
    const forum = fc.record({
      id: fc.string({ minLength: 1 }),
      kind: fc.constantFrom('dialogue', 'open-forum'),
      date: fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`),
      unit: fc.constantFrom(disdukcapil, dinkes),
      participants: fc.record({ citizens: fc.nat(100), officials: fc.nat(20) }),
      topics: fc.array(fc.constantFrom('Antrean', 'antrean', 'Biaya', 'Jam layanan'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(forum, { maxLength: 15 }), (list) => {
        const summary = summarizeForums({ forums: parseForums(list)._unsafeUnwrap(), asOf: '2026-02-14' })._unsafeUnwrap();
        const inScope = list.filter((f) => f.date <= '2026-02-14');
        expect(summary.units.reduce((sum, u) => sum + u.sessions, 0)).toBe(inScope.length);
        expect(summary.units.reduce((sum, u) => sum + u.participants.citizens, 0)).toBe(inScope.reduce((sum, f) => sum + f.participants.citizens, 0));
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = summarizeForums(untyped(input));
        expect(result.isOk() || result.isErr()).toBe(true);
      }),
    );
  });
});
