import { bench, describe } from 'vitest';
import { createCalendar } from '../src/calendar';
import { addDays, type IsoDate } from '../src/core';
import {
  checkSurvey,
  parseComplaintPolicies,
  parseComplaints,
  parseForums,
  parseSkmResponses,
  satisfactionIndex,
  summarizeForums,
  surveySampleSize,
  trackComplaints,
  type ComplaintInput,
  type ForumInput,
  type SkmAnswer,
  type SkmResponses,
} from '../src/service-quality';

/** A deterministic pseudo-random answer 1–4 (a linear congruential generator), so every run sees the same data. */
let seed = 20_260_101;
const nextAnswer = (): SkmAnswer => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return (1 + (seed % 4)) as SkmAnswer;
};

/** One million questionnaires of 9 answers, about one answer in a thousand left empty: the caller's raw arrays. */
const MILLION: SkmAnswer[][] = Array.from({ length: 1_000_000 }, (_, i) =>
  Array.from({ length: 9 }, (_, j) => ((i * 9 + j) % 997 === 0 ? null : nextAnswer())),
);
/** The same questionnaires parsed once at the boundary. */
const PARSED: SkmResponses = parseSkmResponses(MILLION)._unsafeUnwrap();

const calendar = createCalendar()._unsafeUnwrap();
const unit = { id: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Medan' };
const COMPLAINTS: ComplaintInput[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `LAPOR-${String(i)}`,
  unit,
  channel: 'lapor',
  received: addDays('2026-01-02' as IsoDate, i % 300),
  subject: 'Layanan KTP-el',
  ...(i % 3 === 0 ? { closed: addDays('2026-01-10' as IsoDate, i % 300) } : {}),
}));
const POLICIES = [{ unitId: 'disdukcapil', rule: { days: 10, count: 'working', extensionDays: 7 } }] as const;
const FORUMS: ForumInput[] = Array.from({ length: 200 }, (_, i) => ({
  id: `FKP-${String(i)}`,
  kind: i % 2 === 0 ? 'dialogue' : 'open-forum',
  date: addDays('2026-01-05' as IsoDate, i),
  unit,
  participants: { citizens: 40, officials: 8 },
  topics: ['Antrean KTP-el', `Topik ${String(i % 17)}`],
  followUps: [{ id: `T${String(i)}`, action: 'Tindak lanjut', owner: 'Kabid Pelayanan', due: addDays('2026-01-20' as IsoDate, i) }],
}));
const PARSED_COMPLAINTS = parseComplaints(COMPLAINTS)._unsafeUnwrap();
const PARSED_POLICIES = parseComplaintPolicies(POLICIES)._unsafeUnwrap();
const PARSED_FORUMS = parseForums(FORUMS)._unsafeUnwrap();
/** What a JavaScript caller passes: raw records, checked on every call. */
const raw = (value: unknown): never => value as never;

describe('service-quality', () => {
  bench('satisfactionIndex over 1,000,000 parsed questionnaires', () => {
    satisfactionIndex({ responses: PARSED });
  }, { iterations: 5 });

  bench('satisfactionIndex over 1,000,000 raw questionnaires (checked, not copied)', () => {
    satisfactionIndex({ responses: MILLION });
  }, { iterations: 5 });

  bench('parseSkmResponses of 1,000,000 questionnaires (check + new frozen value)', () => {
    parseSkmResponses(MILLION);
  }, { iterations: 5 });

  bench('checkSurvey over 1,000,000 parsed questionnaires (population 1,000,000)', () => {
    checkSurvey(PARSED, { population: 1_000_000 });
  }, { iterations: 5 });

  bench('checkSurvey over 1,000,000 raw questionnaires (population 1,000,000)', () => {
    checkSurvey(MILLION, { population: 1_000_000 });
  }, { iterations: 5 });

  bench('satisfactionIndex from NRR', () => {
    satisfactionIndex({ nrr: [3.2, 3.5, 3.1, 3.9, 3.3, 3.4, 3.6, 3.0, 3.2] });
  });

  bench('surveySampleSize', () => {
    surveySampleSize(12_345);
  });

  bench('trackComplaints, 1,000 parsed complaints in working days', () => {
    trackComplaints({ complaints: PARSED_COMPLAINTS, policies: PARSED_POLICIES, calendar, asOf: '2026-11-30' });
  });

  bench('trackComplaints, 1,000 raw complaints in working days', () => {
    trackComplaints(raw({ complaints: COMPLAINTS, policies: POLICIES, calendar, asOf: '2026-11-30' }));
  });

  bench('summarizeForums, 200 parsed forums', () => {
    summarizeForums({ forums: PARSED_FORUMS, asOf: '2026-12-31' });
  });

  bench('summarizeForums, 200 raw forums', () => {
    summarizeForums(raw({ forums: FORUMS, asOf: '2026-12-31' }));
  });
});
