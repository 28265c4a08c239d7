import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkForumFrequency,
  complaintPolicySchema,
  complaintSchema,
  deadlineRuleSchema,
  feedbackSchema,
  followUpSchema,
  forumRequirementSchema,
  forumSchema,
  serviceUnitSchema,
  summarizeForums,
} from '../../src/service-quality';
import {
  feedbackChannelSchema,
  feedbackKindSchema,
  forumKindSchema,
  nrrSchema,
  rawResponsesSchema,
  skmElementCodeSchema,
  skmResponsesSchema,
  skmSchemeIdSchema,
  surveyOptionsSchema,
} from '../../src/service-quality/schemas';

const unit = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };

describe('schemas (TSDoc examples)', () => {
  it('scheme ids, element codes and options', () => {
    expect(skmSchemeIdSchema.safeParse('2014').success).toBe(false);
    expect(skmElementCodeSchema.safeParse('facilities').success).toBe(true);
    expect(skmElementCodeSchema.options).toHaveLength(23);
    expect(surveyOptionsSchema.parse({}).scheme).toBe('2017');
    expect(surveyOptionsSchema.safeParse({ scheme: '2004', order: ['facilities'] }).error?.issues[0]?.message).toBe(
      'Expected each of the 14 elements of scheme 2004 exactly once',
    );
  });

  it('questionnaires and NRR', () => {
    expect(skmResponsesSchema(2).safeParse([[4, 5]]).error?.issues[0]?.path).toEqual([0, 1]);
    expect(skmResponsesSchema(2).safeParse([[4, null], [1, undefined]]).success).toBe(true);
    expect(rawResponsesSchema.safeParse([[4, 'x', 9]]).success).toBe(true);
    expect(rawResponsesSchema.safeParse({}).success).toBe(false);
    expect(nrrSchema(['cost', 'product'], false).safeParse({ cost: 3.1, product: 3.4 }).success).toBe(true);
    expect(nrrSchema(['cost', 'product'], true).safeParse([3.1]).success).toBe(false);
  });

  it('units, forums, follow-ups and feedback', () => {
    expect(serviceUnitSchema.safeParse(unit).success).toBe(true);
    expect(serviceUnitSchema.safeParse({ id: '', name: 'x' }).success).toBe(false);
    expect(followUpSchema.safeParse({ id: 'F1', action: 'Tambah loket', owner: 'Kabid Pelayanan', due: '2026-03-31' }).success).toBe(true);
    expect(forumKindSchema.options).toEqual(['dialogue', 'open-forum']);
    expect(
      forumSchema.safeParse({
        id: 'FKP-2026-01',
        kind: 'open-forum',
        date: '2026-02-12',
        unit,
        participants: { citizens: 48, officials: 9 },
        topics: ['Antrean KTP-el'],
      }).success,
    ).toBe(true);
    const forum = forumSchema.parse({
      id: 'D-01',
      kind: 'dialogue',
      date: '2026-01-20',
      unit: { id: 'dinkes', name: 'Dinas Kesehatan' },
      participants: { citizens: 20, officials: 5 },
    });
    expect(forum.topics).toEqual([]);
    expect(forum.followUps).toEqual([]);
    expect(feedbackChannelSchema.safeParse('lapor').success).toBe(true);
    expect(feedbackKindSchema.options).toEqual(['complaint', 'suggestion', 'appreciation', 'question']);
    expect(
      feedbackSchema.safeParse({ id: 'FB-1', unit, channel: 'whatsapp', received: '2026-02-02', kind: 'suggestion', topic: 'Antrean KTP-el' }).success,
    ).toBe(true);
    expect(summarizeForums({ forums: [], asOf: '2026-06-30' }).isOk()).toBe(true);
  });

  it('forum requirements and the frequency input', () => {
    expect(forumRequirementSchema.safeParse({ every: 'quarter', atLeast: 1 }).success).toBe(true);
    expect(forumRequirementSchema.safeParse({ every: 'quarter', atLeast: 1, kinds: [] }).success).toBe(false);
    expect(
      checkForumFrequency({
        forums: [],
        units: [{ id: 'dinkes', name: 'Dinas Kesehatan' }],
        requirement: { every: 'year', atLeast: 2 },
        period: { from: '2026-01-01', to: '2026-12-31' },
        asOf: '2026-12-31',
      }).isOk(),
    ).toBe(true);
  });

  it('complaint deadlines, policies and complaints', () => {
    expect(deadlineRuleSchema.safeParse({ days: 10, count: 'working', extensionDays: 7 }).success).toBe(true);
    expect(deadlineRuleSchema.safeParse({ days: 10, count: 'hari' }).success).toBe(false);
    expect(
      complaintPolicySchema.safeParse({
        unitId: 'disdukcapil',
        rule: { days: 10, count: 'working', extensionDays: 7 },
        source: 'Standar Pelayanan Disdukcapil Kota Medan',
      }).success,
    ).toBe(true);
    expect(
      complaintSchema.safeParse({ id: 'LAPOR-1', unit, channel: 'lapor', received: '2026-03-02', subject: 'KTP-el belum dicetak' }).success,
    ).toBe(true);
    const complaint = complaintSchema.parse({
      id: 'C-1',
      unit: { id: 'dinkes', name: 'Dinas Kesehatan' },
      channel: 'phone',
      received: '2026-03-02',
      subject: 'Antrean',
    });
    expect(complaint.extended).toBe(false);
  });
});

describe('properties', () => {
  it('arbitrary input never makes a schema throw', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const schema of [forumSchema, feedbackSchema, complaintSchema, rawResponsesSchema, skmResponsesSchema(9), surveyOptionsSchema]) {
          expect(typeof schema.safeParse(input).success).toBe('boolean');
        }
      }),
    );
  });
});
