import fc from 'fast-check';
import { z as zodClassic } from 'zod';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar';
import {
  checkForumFrequency,
  checkSurvey,
  complaintPolicySchema,
  complaintSchema,
  deadlineRuleSchema,
  feedbackSchema,
  followUpSchema,
  forumRequirementSchema,
  forumSchema,
  parseComplaint,
  parseComplaintPolicies,
  parseComplaintPolicy,
  parseComplaints,
  parseFeedback,
  parseFeedbackList,
  parseForum,
  parseForums,
  parseSkmResponses,
  satisfactionIndex,
  serviceUnitSchema,
  summarizeForums,
  trackComplaints,
  type ComplaintInput,
  type FeedbackInput,
  type ForumInput,
  type SkmAnswer,
} from '../../src/service-quality';
import { skmResponsesSchema } from '../../src/service-quality/schemas';
import { untyped } from './helpers';
import { dataOf } from '../error-data';

const calendar = createCalendar()._unsafeUnwrap();
const disdukcapil = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };
const dinkes = { id: 'dinkes', name: 'Dinas Kesehatan Kota Medan' };

/** Every plain object and array inside a value is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(deeplyFrozen);
}

/** Nothing inside a value is frozen (the caller's object after a call). */
function nothingFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Object.isFrozen(value)) return false;
  return Object.values(value).every(nothingFrozen);
}

const hostile = fc.oneof(
  fc.anything(),
  fc.constantFrom<unknown>(
    new Uint8Array(9),
    new Float64Array([4, 4, 4, 4, 4, 4, 4, 4, 4]),
    [new Int32Array(9)],
    Symbol('x'),
    () => 1,
    null,
    undefined,
    new Map(),
    new Date(0),
    Number.NaN,
    10n,
    Object.create(null),
    [[4, 4, 4, 4, 4, 4, 4, 4, Symbol('a')]],
  ),
);

describe('parseSkmResponses', () => {
  it('TSDoc example: parsed questionnaires give the same index as the raw ones; a bad answer names its path', () => {
    const raw: SkmAnswer[][] = [[4, 4, 3, 4, 3, 4, 4, 3, 4], [3, 3, null, 4, 3, 3, 4, 3, 3]];
    const parsed = parseSkmResponses(raw)._unsafeUnwrap();
    expect(parsed).toEqual(raw);
    expect(parsed).not.toBe(raw);
    expect(parsed[0]).not.toBe(raw[0]);
    // NRR 3,5 3,5 3 4 3 3,5 4 3 3,5: Σ 31 / 9 = 3,4444 × 25 = 86,11 (B).
    expect(satisfactionIndex({ responses: parsed })._unsafeUnwrap()).toMatchObject({ converted: 86.11, grade: 'B' });
    expect(dataOf(parseSkmResponses(untyped([[4, 4, 4, 4, 5, 4, 4, 4, 4]]))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '0.4', message: 'Expected an answer 1, 2, 3 or 4, or null when unanswered' },
    ]);
  });

  it('returns a new, deeply frozen value and leaves the caller’s arrays as they were', () => {
    const raw: SkmAnswer[][] = [[4, 4, 4, 4, 4, 4, 4, 4, 4], [4, 4, 4, 4, 4, 4, 4, 4, 4], [1, 2, 3, 4, null, undefined, 1, 2, 3]];
    const parsed = parseSkmResponses(raw)._unsafeUnwrap();
    expect(deeplyFrozen(parsed)).toBe(true);
    expect(nothingFrozen(raw)).toBe(true);
    // Questionnaires with the same answers share one frozen row.
    expect(parsed[0]).toBe(parsed[1]);
    expect(parsed[2]).toEqual([1, 2, 3, 4, null, undefined, 1, 2, 3]);
  });

  it('checks against the scheme asked for; its options are strict', () => {
    expect(parseSkmResponses([Array.from({ length: 14 }, (): SkmAnswer => 3)], { scheme: '2004' }).isOk()).toBe(true);
    expect(dataOf(parseSkmResponses([[4, 4, 4, 4, 4, 4, 4, 4, 4]], { scheme: '2004' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '0', message: 'Expected 14 answers, got 9' },
    ]);
    expect(dataOf(parseSkmResponses([[4, 4, 4, 4, 4, 4, 4, 4, 4]], untyped({ schema: '2004' }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '', message: 'Unrecognized key: "schema"' },
    ]);
    expect(parseSkmResponses([[4, 4, 4, 4, 4, 4, 4, 4, 4]], untyped(null))._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
  });

  it('questionnaires parsed for one scheme are checked again for the other', () => {
    const nine = parseSkmResponses([[4, 4, 4, 4, 4, 4, 4, 4, 4]])._unsafeUnwrap();
    expect(dataOf(satisfactionIndex({ responses: nine }, { scheme: '2004' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'responses.0', message: 'Expected 14 answers, got 9' },
    ]);
  });

  it('the schema of another number of elements is built on demand, with and without copying', () => {
    expect(skmResponsesSchema(2).safeParse([[4, 1]]).data).toEqual([[4, 1]]);
    const rows = [[4, 1]];
    expect(skmResponsesSchema(2, false).safeParse(rows).data).toBe(rows);
    expect(skmResponsesSchema(14, false).safeParse([[4]]).success).toBe(false);
  });
});

const forumInput: ForumInput = {
  id: 'FKP-01',
  kind: 'open-forum',
  date: '2026-02-12',
  unit: disdukcapil,
  participants: { citizens: 48, officials: 9 },
  topics: [' Antrean KTP-el '],
  followUps: [{ id: 'T1', action: 'Tambah loket', owner: 'Kabid Pelayanan', due: '2026-03-31' }],
};
const feedbackInput: FeedbackInput = {
  id: 'FB-1',
  unit: disdukcapil,
  channel: 'whatsapp',
  received: '2026-02-02',
  kind: 'suggestion',
  topic: ' Antrean KTP-el ',
};
const complaintInput: ComplaintInput = { id: 'LAPOR-1', unit: disdukcapil, channel: 'lapor', received: '2026-03-02', subject: ' KTP-el ' };

describe('record parsers', () => {
  it('TSDoc examples', () => {
    expect(
      parseForum({ id: 'D-01', kind: 'dialogue', date: '2026-01-20', unit: { id: 'dinkes', name: 'Dinas Kesehatan' }, participants: { citizens: 20, officials: 5 } })
        ._unsafeUnwrap().topics,
    ).toEqual([]);
    expect(parseForum(untyped({ id: 'D-01', kind: 'webinar' })).isErr()).toBe(true);
    expect(parseForums([]).isOk()).toBe(true);
    expect(parseForums(untyped([{ id: 'x' }])).isErr()).toBe(true);
    expect(parseFeedback(feedbackInput)._unsafeUnwrap().topic).toBe('Antrean KTP-el');
    expect(parseFeedbackList(untyped([{ id: 'FB-1', channel: 'pigeon' }])).isErr()).toBe(true);
    expect(parseComplaint(complaintInput)._unsafeUnwrap()).toMatchObject({ extended: false, subject: 'KTP-el' });
    expect(dataOf(parseComplaint({ ...complaintInput, closed: '2026-03-01' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'closed', message: 'A complaint cannot be closed before it was received' },
    ]);
    expect(dataOf(parseComplaints([complaintInput, complaintInput])._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '1.id', message: 'A second complaint with id LAPOR-1' },
    ]);
    expect(dataOf(parseComplaints([complaintInput, { ...complaintInput, id: 'LAPOR-2', closed: '2026-01-01' }])._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '1.closed', message: 'A complaint cannot be closed before it was received' },
    ]);
    expect(parseComplaintPolicy({ unitId: 'dinkes', rule: { days: 5, count: 'working' } }).isOk()).toBe(true);
    expect(parseComplaintPolicy(untyped({ unitId: 'dinkes', rule: { days: 5, count: 'hari' } })).isErr()).toBe(true);
    const policy = { unitId: 'dinkes', rule: { days: 5, count: 'working' } } as const;
    expect(dataOf(parseComplaintPolicies([policy, policy])._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '1.unitId', message: 'A second policy for unit dinkes' },
    ]);
  });

  it('return new, deeply frozen values and never freeze or change the caller’s objects', () => {
    const forum = structuredClone(forumInput);
    const feedback = structuredClone(feedbackInput);
    const complaint = structuredClone(complaintInput);
    const policy = { unitId: 'disdukcapil', rule: { days: 10, count: 'working', extensionDays: 7 }, tiers: { ringan: { days: 2, count: 'working' } } };
    const parsed = [
      parseForum(forum)._unsafeUnwrap(),
      parseForums([forum])._unsafeUnwrap(),
      parseFeedback(feedback)._unsafeUnwrap(),
      parseFeedbackList([feedback])._unsafeUnwrap(),
      parseComplaint(complaint)._unsafeUnwrap(),
      parseComplaints([complaint])._unsafeUnwrap(),
      parseComplaintPolicy(policy)._unsafeUnwrap(),
      parseComplaintPolicies([policy])._unsafeUnwrap(),
    ];
    for (const value of parsed) expect(deeplyFrozen(value)).toBe(true);
    expect(parsed[0]).not.toBe(forum);
    expect(parsed[0]).toMatchObject({ unit: disdukcapil, topics: ['Antrean KTP-el'] });
    expect(Object.isFrozen((parsed[6] as { tiers: object }).tiers)).toBe(true);
    for (const value of [forum, feedback, complaint, policy]) expect(nothingFrozen(value)).toBe(true);
    expect(forum).toEqual(forumInput);
    expect(complaint).toEqual(complaintInput);
  });

  it('a failed parse leaves the caller’s object unfrozen and unchanged', () => {
    const bad = { ...structuredClone(forumInput), participants: { citizens: -1, officials: 2 } };
    const copy = structuredClone(bad);
    expect(parseForum(bad).isErr()).toBe(true);
    expect(parseForums([bad]).isErr()).toBe(true);
    expect(bad).toEqual(copy);
    expect(nothingFrozen(bad)).toBe(true);
    const rows = [[4, 4, 4, 4, 4, 4, 4, 4, 9]];
    expect(parseSkmResponses(untyped(rows)).isErr()).toBe(true);
    expect(nothingFrozen(rows)).toBe(true);
  });

  it('extra keys of a record are dropped, not refused (a database row has more columns)', () => {
    const parsed = parseComplaint(untyped({ ...complaintInput, createdAt: '2026-03-02T08:00:00Z' }))._unsafeUnwrap();
    expect(Object.keys(parsed)).not.toContain('createdAt');
  });
});

describe('the exported schemas compose', () => {
  it('are zod/mini objects with their shape: extend, pick, embed in zod and zod/mini objects', () => {
    const withVenue = z.extend(forumSchema, { venue: z.string() });
    expect(Object.keys(withVenue.shape)).toContain('venue');
    expect(Object.keys(z.pick(complaintSchema, { id: true, received: true }).shape)).toEqual(['id', 'received']);
    const body = z.object({ complaints: z.array(complaintSchema), policy: complaintPolicySchema });
    expect(body.safeParse({ complaints: [complaintInput], policy: { unitId: 'dinkes', rule: { days: 5, count: 'working' } } }).success).toBe(true);
    const classic = zodClassic.object({ forum: forumSchema, note: zodClassic.string() });
    expect(classic.safeParse({ forum: forumInput, note: 'ok' }).success).toBe(true);
    expect(classic.safeParse({ forum: { ...forumInput, date: '2026-02-30' }, note: 'ok' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'forum.date',
    ]);
  });

  it('z.toJSONSchema works in input mode, dates written with format "date" (TSDoc example)', () => {
    for (const schema of [serviceUnitSchema, followUpSchema, forumSchema, feedbackSchema, forumRequirementSchema, deadlineRuleSchema, complaintPolicySchema, complaintSchema]) {
      expect(z.toJSONSchema(schema, { io: 'input' }).type).toBe('object');
    }
    const json = z.toJSONSchema(complaintSchema, { io: 'input' }) as { properties: Record<string, { format?: string }>; required: string[] };
    expect(json.properties.received?.format).toBe('date');
    expect(json.properties.closed?.format).toBe('date');
    expect(json.required).toEqual(['id', 'unit', 'channel', 'received', 'subject']);
    const body = z.object({ complaint: complaintSchema, reporterEmail: z.optional(z.email()) });
    expect(z.toJSONSchema(body, { io: 'input' }).type).toBe('object');
  });
});

describe('parsed lists are used as they are', () => {
  it('a parsed list, or an array of parsed records, is not checked again; anything else is', () => {
    const complaints = parseComplaints([complaintInput, { ...complaintInput, id: 'LAPOR-2' }])._unsafeUnwrap();
    const first = trackComplaints({ complaints, asOf: '2026-04-01' })._unsafeUnwrap();
    expect(first.complaints[0]?.complaint).toBe(complaints[0]);
    const filtered = complaints.filter((complaint) => complaint.id === 'LAPOR-2');
    expect(trackComplaints({ complaints: filtered, asOf: '2026-04-01' })._unsafeUnwrap().complaints[0]?.complaint).toBe(filtered[0]);
    const raw = trackComplaints(untyped({ complaints: [complaintInput], asOf: '2026-04-01' }))._unsafeUnwrap();
    expect(raw.complaints[0]?.complaint).not.toBe(complaintInput);
    // A plain array of parsed records still gets the checks across records.
    expect(dataOf(trackComplaints({ complaints: [complaints[0]!, complaints[0]!], asOf: '2026-04-01' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'complaints.1.id', message: 'A second complaint with id LAPOR-1' },
    ]);
    const mixed = trackComplaints(untyped({ complaints: [complaints[0], { ...complaintInput, id: 'LAPOR-3' }], asOf: '2026-04-01' }));
    expect(mixed._unsafeUnwrap().complaints.map((entry) => entry.complaint.id)).toEqual(['LAPOR-1', 'LAPOR-3']);
    const policies = parseComplaintPolicies([{ unitId: 'disdukcapil', rule: { days: 5, count: 'calendar' }, tiers: { ringan: { days: 2, count: 'calendar' } } }])._unsafeUnwrap();
    const tiered = parseComplaints([{ ...complaintInput, tier: 'ringan' }])._unsafeUnwrap();
    expect(trackComplaints({ complaints: tiered, policies, asOf: '2026-04-01' })._unsafeUnwrap().complaints[0]?.deadline).toBe('2026-03-04');
    expect(trackComplaints({ complaints: tiered, policies: [policies[0]!], asOf: '2026-04-01' }).isOk()).toBe(true);
    expect(dataOf(trackComplaints({ complaints: tiered, asOf: '2026-04-01' })._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'complaints.0.tier', message: 'Unit disdukcapil has no deadline for tier "ringan"' },
    ]);
  });

  it('forums and feedback: parsed lists, arrays of parsed records and raw lists give the same summary', () => {
    const forums = parseForums([forumInput])._unsafeUnwrap();
    const feedback = parseFeedbackList([feedbackInput])._unsafeUnwrap();
    const parsed = summarizeForums({ forums, feedback, asOf: '2026-04-30' })._unsafeUnwrap();
    expect(summarizeForums({ forums: [...forums], feedback: [...feedback], asOf: '2026-04-30' })._unsafeUnwrap()).toEqual(parsed);
    expect(summarizeForums(untyped({ forums: [forumInput], feedback: [feedbackInput], asOf: '2026-04-30' }))._unsafeUnwrap()).toEqual(parsed);
    expect(parsed.units[0]?.openFollowUps[0]?.followUp).toBe(forums[0]?.followUps[0]);
  });
});

describe('strict options and parameters', () => {
  it('an unknown option or parameter key is an error that names it', () => {
    const responses = parseSkmResponses([[4, 4, 4, 4, 4, 4, 4, 4, 4]])._unsafeUnwrap();
    expect(dataOf(satisfactionIndex({ responses }, untyped({ wieght: 0.111 }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '', message: 'Unrecognized key: "wieght"' },
    ]);
    expect(dataOf(checkSurvey(responses, untyped({ populaton: 100 }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '', message: 'Unrecognized key: "populaton"' },
    ]);
    expect(dataOf(satisfactionIndex(untyped({ responses, nrr: [4] }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '', message: 'Unrecognized key: "nrr"' },
    ]);
    expect(dataOf(trackComplaints(untyped({ complaints: [], asOf: '2026-04-01', calender: calendar }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '', message: 'Unrecognized key: "calender"' },
    ]);
    expect(dataOf(summarizeForums(untyped({ forums: [], asOf: '2026-04-01', perod: {} }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '', message: 'Unrecognized key: "perod"' },
    ]);
    const frequency = { forums: [], units: [dinkes], requirement: { every: 'year', atLeast: 1 }, period: { from: '2026-01-01', to: '2026-12-31' }, asOf: '2026-06-30' };
    expect(dataOf(checkForumFrequency(untyped({ ...frequency, unit: dinkes }))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: '', message: 'Unrecognized key: "unit"' },
    ]);
  });

  it('the Indonesian message names the key too', () => {
    const error = checkSurvey([], untyped({ populaton: 100 }))._unsafeUnwrapErr();
    expect(error.message.en).toBe('Invalid input — Unrecognized key: "populaton"');
    expect(error.message.id).toContain('"populaton"');
  });
});

const answer = fc.constantFrom<SkmAnswer>(1, 2, 3, 4, null, undefined);
const survey = fc.array(fc.array(answer, { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 25 });
const day = (from: string, days: number) =>
  fc.integer({ min: 0, max: days }).map((n) => new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
const forumArbitrary = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  kind: fc.constantFrom('dialogue' as const, 'open-forum' as const),
  date: day('2026-01-01', 200),
  unit: fc.constantFrom(disdukcapil, dinkes),
  participants: fc.record({ citizens: fc.nat(200), officials: fc.nat(30) }),
  topics: fc.array(fc.constantFrom('Antrean', ' antrean ', 'Biaya', 'Jam layanan'), { maxLength: 3 }),
  followUps: fc.array(
    fc.record(
      { id: fc.string({ minLength: 1, maxLength: 4 }), action: fc.constant('Tindak lanjut'), owner: fc.constant('Kabid'), due: day('2026-02-01', 200), done: day('2026-02-01', 200) },
      { requiredKeys: ['id', 'action', 'owner', 'due'] },
    ),
    { maxLength: 3 },
  ),
});
const feedbackArbitrary = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  unit: fc.constantFrom(disdukcapil, dinkes),
  channel: fc.constantFrom('lapor' as const, 'whatsapp' as const, 'sms' as const),
  received: day('2026-01-01', 200),
  kind: fc.constantFrom('complaint' as const, 'suggestion' as const),
  topic: fc.constantFrom('Antrean', 'Biaya '),
});
const complaintArbitrary = fc.record(
  {
    id: fc.uuid(),
    unit: fc.constantFrom(disdukcapil, dinkes),
    channel: fc.constantFrom('lapor' as const, 'phone' as const),
    received: day('2024-01-02', 300),
    subject: fc.constant('Layanan'),
    tier: fc.constant('ringan'),
    extended: fc.boolean(),
    lateBy: fc.integer({ min: 0, max: 40 }),
  },
  { requiredKeys: ['id', 'unit', 'channel', 'received', 'subject', 'lateBy'] },
).map(({ lateBy, ...complaint }): ComplaintInput => ({
  ...complaint,
  ...(lateBy % 3 === 0 ? {} : { closed: new Date(Date.parse(`${complaint.received}T00:00:00Z`) + lateBy * 86_400_000).toISOString().slice(0, 10) }),
}));
const policies = [
  { unitId: 'disdukcapil', rule: { days: 10, count: 'working', extensionDays: 7 }, tiers: { ringan: { days: 2, count: 'working' } } },
  { unitId: 'dinkes', rule: { days: 14, count: 'calendar', extensionDays: 5 }, tiers: { ringan: { days: 3, count: 'calendar' } } },
] as const;

describe('properties', () => {
  it('f(parse(x)) equals f(x): the satisfaction index and the survey check', () => {
    fc.assert(
      fc.property(survey, fc.constantFrom(undefined, { weight: 0.111 }, { population: 40 }), (responses, options) => {
        const parsed = parseSkmResponses(responses)._unsafeUnwrap();
        expect(parsed).toEqual(responses);
        expect(satisfactionIndex({ responses: parsed }, options)).toEqual(satisfactionIndex({ responses }, options));
        expect(checkSurvey(parsed, options)).toEqual(checkSurvey(responses, options));
      }),
    );
  });

  it('f(parse(x)) equals f(x): forum summaries and forum frequency', () => {
    fc.assert(
      fc.property(fc.array(forumArbitrary, { maxLength: 8 }), fc.array(feedbackArbitrary, { maxLength: 8 }), (forums, feedback) => {
        const parsedForums = parseForums(forums)._unsafeUnwrap();
        const parsedFeedback = parseFeedbackList(feedback)._unsafeUnwrap();
        expect(summarizeForums({ forums: parsedForums, feedback: parsedFeedback, asOf: '2026-05-31' })).toEqual(
          summarizeForums(untyped({ forums, feedback, asOf: '2026-05-31' })),
        );
        const frequency = { units: [disdukcapil, dinkes], requirement: { every: 'quarter', atLeast: 1 }, period: { from: '2026-01-01', to: '2026-12-31' }, asOf: '2026-08-01' } as const;
        expect(checkForumFrequency({ ...frequency, forums: parsedForums })).toEqual(checkForumFrequency(untyped({ ...frequency, forums })));
      }),
    );
  });

  it('f(parse(x)) equals f(x): the complaint register', () => {
    fc.assert(
      fc.property(fc.uniqueArray(complaintArbitrary, { selector: (complaint) => complaint.id, maxLength: 12 }), (complaints) => {
        const parsed = trackComplaints({
          complaints: parseComplaints(complaints)._unsafeUnwrap(),
          policies: parseComplaintPolicies(policies)._unsafeUnwrap(),
          calendar,
          asOf: '2024-08-31',
        });
        expect(parsed).toEqual(trackComplaints(untyped({ complaints, policies, calendar, asOf: '2024-08-31' })));
      }),
    );
  });

  it('parsed values are deeply frozen', () => {
    fc.assert(
      fc.property(survey, fc.array(forumArbitrary, { maxLength: 4 }), fc.array(complaintArbitrary, { maxLength: 4 }), (responses, forums, complaints) => {
        expect(deeplyFrozen(parseSkmResponses(responses)._unsafeUnwrap())).toBe(true);
        const parsedForums = parseForums(forums)._unsafeUnwrap();
        expect(deeplyFrozen(parsedForums)).toBe(true);
        for (const forum of parsedForums) expect(Object.isFrozen(forum.participants) && Object.isFrozen(forum.unit) && Object.isFrozen(forum.followUps)).toBe(true);
        for (const complaint of complaints) expect(deeplyFrozen(parseComplaint(complaint)._unsafeUnwrap())).toBe(true);
        expect(nothingFrozen(responses) && nothingFrozen(forums) && nothingFrozen(complaints)).toBe(true);
      }),
    );
  });

  it('mutating the caller’s objects between two calls changes the answer the way the new data says', () => {
    fc.assert(
      fc.property(survey, fc.nat(), fc.nat(8), (generated, row, column) => {
        const responses = generated.map((answers) => [...answers]);
        const i = row % responses.length;
        const before = parseSkmResponses(responses)._unsafeUnwrap();
        (responses[i] as SkmAnswer[])[column] = 1;
        const lowered = satisfactionIndex({ responses });
        (responses[i] as SkmAnswer[])[column] = 4;
        const raised = satisfactionIndex({ responses });
        // The parsed value is the data at the time of parsing; the raw array is read again at each call.
        expect(before).toEqual(generated);
        const expected = (value: number) => parseSkmResponses(responses.map((answers, k) => (k === i ? answers.map((a, j) => (j === column ? value : a)) : answers)))._unsafeUnwrap();
        expect(lowered).toEqual(satisfactionIndex({ responses: expected(1) }));
        expect(raised).toEqual(satisfactionIndex({ responses: expected(4) }));
      }),
    );
    const complaint: Record<string, unknown> = { id: 'C', unit: dinkes, channel: 'phone', received: '2024-03-01', subject: 'S' };
    const params = { complaints: [complaint], asOf: '2024-03-20' };
    expect(trackComplaints(untyped(params))._unsafeUnwrap().complaints[0]?.status).toBe('overdue');
    complaint.closed = '2024-03-10';
    expect(trackComplaints(untyped(params))._unsafeUnwrap().complaints[0]?.status).toBe('closed-on-time');
    complaint.closed = '2024-02-10';
    expect(dataOf(trackComplaints(untyped(params))._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([
      { path: 'complaints.0.closed', message: 'A complaint cannot be closed before it was received' },
    ]);
    const forum: Record<string, unknown> = { ...structuredClone(forumInput) };
    const summary = () => summarizeForums(untyped({ forums: [forum], asOf: '2026-04-30' }));
    expect(summary()._unsafeUnwrap().units[0]?.sessions).toBe(1);
    forum.kind = 'webinar';
    expect(dataOf(summary()._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([{ path: 'forums.0.kind', message: 'Invalid option: expected one of "dialogue"|"open-forum"' }]);
  });

  it('parsers never throw on hostile values (typed arrays, symbols, null options included)', () => {
    const parsers = [parseForum, parseForums, parseFeedback, parseFeedbackList, parseComplaint, parseComplaints, parseComplaintPolicy, parseComplaintPolicies];
    fc.assert(
      fc.property(hostile, hostile, (input, options) => {
        for (const parse of parsers) expect(parse(input).isOk() || parse(input).isErr()).toBe(true);
        const responses = parseSkmResponses(input, untyped(options));
        expect(responses.isOk() || responses.isErr()).toBe(true);
        for (const result of [
          satisfactionIndex(untyped(input), untyped(options)),
          satisfactionIndex(untyped({ responses: input }), untyped(options)),
          checkSurvey(untyped(input), untyped(options)),
          trackComplaints(untyped({ complaints: input, asOf: '2026-01-01' })),
          summarizeForums(untyped({ forums: input, asOf: '2026-01-01' })),
        ]) {
          expect(result.isOk() || result.isErr()).toBe(true);
        }
      }),
    );
    expect(parseSkmResponses(new Uint8Array(9))._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
    expect(dataOf(parseSkmResponses([new Uint8Array(9)])._unsafeUnwrapErr(), 'service-quality/invalid-input').issues).toEqual([{ path: '0', message: 'Expected an array of answers' }]);
    expect(satisfactionIndex({ nrr: [4, 4, 4, 4, 4, 4, 4, 4, 4] }, untyped(null))._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
    expect(checkSurvey([], untyped(Symbol('options')))._unsafeUnwrapErr().code).toBe('service-quality/invalid-input');
  });
});
