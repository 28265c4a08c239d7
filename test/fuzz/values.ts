/**
 * The values the fuzz test draws arguments from: hostile values, valid inputs of every module (raw and parsed), and
 * nearly valid ones (a valid input with one field replaced by a hostile value).
 */
import fc from 'fast-check';
import { createCalendar } from '../../src/calendar';
import { fromDayNumber, toDayNumber, type IsoDate } from '../../src/core';
import { parseSkp } from '../../src/performance';
import { parseComplaints, parseForums } from '../../src/service-quality';
import { hostileArbitrary } from '../hostile';
import { grant, pns, pnsInput, pppkInput, taken } from '../leave/fixtures';
import { skpInput, smallSkp } from '../performance/fixtures';

const unit = { id: 'disdukcapil', name: 'Disdukcapil Kota Medan' };
const complaint = { id: 'C-1', unit, channel: 'lapor', received: '2026-03-02', subject: 'KTP-el' };
const forum = { id: 'F-1', unit, kind: 'dialogue', date: '2026-02-12', participants: { citizens: 30, officials: 5 } };

/** Valid inputs of the modules, as a caller writes them (plain objects, never frozen by the library). */
function rawSamples(): unknown[] {
  return [
    '2026-03-02', '2024-02-29', '1966-08-01', '199001012020121001', '3171010101900001', 2026, 12, 0, -1, 1.5,
    'above', 'meets', 'below', 'very-good', 'good', 'PNS', 'annual', 'sick', 'guru', 'ringan',
    { from: '2026-01-01', to: '2026-12-31' }, { years: [2026] }, { workWeek: 6 }, {},
    pnsInput(), pppkInput(), { kind: 'annual', start: '2026-03-02', end: '2026-03-06' },
    [grant(2025), taken(2025, 3, '2025-05-05')], skpInput(), smallSkp('199001012020121001', 'Amir', 'above', 'meets'),
    { skp: 85.5, behaviour: 83 }, { target: 95, realisation: 93 }, { skpScore: 115, behaviourScore: 100 },
    { period: { from: '2018-01-01', to: '2018-12-31' }, skp: 85.5, behaviour: 83 },
    { 'integrity': 3, 'cooperation': 4 }, complaint, [complaint], forum, [forum],
    { received: '2026-03-02', rule: { days: 5, count: 'working' } }, [[4, 4, 3, 4, 4, 3, 4, 4, 4]],
  ];
}

/** Inputs the library made: parsed, frozen values and calendars. */
function parsedSamples(): unknown[] {
  const calendar = createCalendar()._unsafeUnwrap();
  return [
    calendar, createCalendar({ workWeek: 6 })._unsafeUnwrap(), pns(), parseSkp(skpInput())._unsafeUnwrap(),
    parseComplaints([complaint])._unsafeUnwrap(), parseForums([forum])._unsafeUnwrap(),
  ];
}

/** A valid object with one of its fields replaced by a hostile value. */
function nearlyValid(samples: readonly unknown[]): fc.Arbitrary<unknown> {
  const objects = samples.filter((value): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0);
  return fc.tuple(fc.constantFrom(...objects), fc.nat(), hostileArbitrary).map(([object, index, replacement]) => {
    const keys = Object.keys(object);
    return { ...object, [keys[index % keys.length] as string]: replacement };
  });
}

let arguments_: fc.Arbitrary<unknown> | undefined;

/** Any argument a caller might pass: hostile, valid (raw or parsed) or nearly valid. */
export function argumentArbitrary(): fc.Arbitrary<unknown> {
  arguments_ ??= buildArgumentArbitrary();
  return arguments_;
}

function buildArgumentArbitrary(): fc.Arbitrary<unknown> {
  const raw = rawSamples();
  const samples = [...raw, ...parsedSamples()];
  return fc.oneof(
    { arbitrary: hostileArbitrary, weight: 3 },
    { arbitrary: fc.constantFrom(...samples), weight: 4 },
    { arbitrary: nearlyValid(raw), weight: 3 },
  );
}

/** A calendar date of years 1900–2999. */
export const isoDateArbitrary: fc.Arbitrary<IsoDate> = fc
  .integer({ min: toDayNumber('1900-01-01' as IsoDate), max: toDayNumber('2999-12-31' as IsoDate) })
  .map(fromDayNumber);
