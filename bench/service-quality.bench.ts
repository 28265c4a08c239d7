import { bench, describe } from 'vitest';
import { createCalendar } from '../src/calendar';
import { addDays, type IsoDate } from '../src/core';
import { checkSurvey, satisfactionIndex, summarizeForums, surveySampleSize, trackComplaints, type SkmAnswer } from '../src/service-quality';

/** A deterministic pseudo-random answer 1–4 (a linear congruential generator), so every run sees the same data. */
let seed = 20_260_101;
const nextAnswer = (): SkmAnswer => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return (1 + (seed % 4)) as SkmAnswer;
};

/** One million questionnaires of 9 answers, about one answer in a thousand left empty. */
const MILLION: SkmAnswer[][] = Array.from({ length: 1_000_000 }, (_, i) =>
  Array.from({ length: 9 }, (_, j) => ((i * 9 + j) % 997 === 0 ? null : nextAnswer())),
);

const calendar = createCalendar()._unsafeUnwrap();
const unit = { id: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Medan' };
const COMPLAINTS = Array.from({ length: 1000 }, (_, i) => ({
  id: `LAPOR-${String(i)}`,
  unit,
  channel: 'lapor',
  received: addDays('2026-01-02' as IsoDate, i % 300),
  subject: 'Layanan KTP-el',
  ...(i % 3 === 0 ? { closed: addDays('2026-01-10' as IsoDate, i % 300) } : {}),
}));
const POLICIES = [{ unitId: 'disdukcapil', rule: { days: 10, count: 'working', extensionDays: 7 } }];
const FORUMS = Array.from({ length: 200 }, (_, i) => ({
  id: `FKP-${String(i)}`,
  kind: i % 2 === 0 ? 'dialogue' : 'open-forum',
  date: addDays('2026-01-05' as IsoDate, i),
  unit,
  participants: { citizens: 40, officials: 8 },
  topics: ['Antrean KTP-el', `Topik ${String(i % 17)}`],
  followUps: [{ id: `T${String(i)}`, action: 'Tindak lanjut', owner: 'Kabid Pelayanan', due: addDays('2026-01-20' as IsoDate, i) }],
}));

describe('service-quality', () => {
  bench('satisfactionIndex over 1,000,000 questionnaires', () => {
    satisfactionIndex({ responses: MILLION });
  }, { iterations: 5 });

  bench('checkSurvey over 1,000,000 questionnaires (population 1,000,000)', () => {
    checkSurvey(MILLION, { population: 1_000_000 });
  }, { iterations: 5 });

  bench('satisfactionIndex from NRR', () => {
    satisfactionIndex({ nrr: [3.2, 3.5, 3.1, 3.9, 3.3, 3.4, 3.6, 3.0, 3.2] });
  });

  bench('surveySampleSize', () => {
    surveySampleSize(12_345);
  });

  bench('trackComplaints, 1,000 complaints in working days', () => {
    trackComplaints({ complaints: COMPLAINTS, policies: POLICIES, calendar, asOf: '2026-11-30' });
  });

  bench('summarizeForums, 200 forums', () => {
    summarizeForums({ forums: FORUMS, asOf: '2026-12-31' });
  });
});
