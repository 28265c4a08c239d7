import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineCompetency,
  parseAssessment,
  trainingNeeds,
  type Assessment,
  type AssessmentInput,
  type CatalogueEntryInput,
  type RosterMemberInput,
} from '../../src/competency/index';

/** The assessments parsed at the boundary, as a service does before calling `trainingNeeds`. */
function assessed(inputs: readonly AssessmentInput[]): Assessment[] {
  return inputs.map((input) => parseAssessment(input)._unsafeUnwrap());
}

/** What a JavaScript caller does: raw objects straight in. */
const needsOfRaw = trainingNeeds as (
  roster: readonly RosterMemberInput[],
  assessments: readonly AssessmentInput[],
  catalogue: readonly CatalogueEntryInput[],
) => ReturnType<typeof trainingNeeds>;

const RINA = '198503152010012003';
const BUDI = '199001012015031002';
const SITI = '198807242011011001';
const GURU = '197905102003122004';

const ROSTER = [
  { nip: RINA, name: 'Rina Siregar', position: { type: 'pengawas' as const } },
  { nip: BUDI, name: 'Budi Santoso', position: { type: 'pelaksana' as const } },
  { nip: SITI, position: { type: 'administrator' as const } },
  { nip: GURU, name: 'Hotma Nainggolan', position: { type: 'guru' as const } },
  { nip: '200001012025011001' },
];

const STANDARD = { 'public-service': 3, integrity: 3, 'gis-mapping': 2 };

const ASSESSMENTS = assessed([
  { nip: RINA, date: '2025-02-10', standard: STANDARD, actual: { 'public-service': 3, integrity: 3, 'gis-mapping': 2 } },
  { nip: RINA, date: '2026-02-10', standard: STANDARD, actual: { 'public-service': 1, integrity: 2, 'gis-mapping': 1 } },
  { nip: BUDI, date: '2026-02-11', standard: STANDARD, actual: { 'public-service': 2, integrity: 3, 'gis-mapping': 1 } },
  { nip: SITI, date: '2026-02-12', standard: STANDARD, actual: { 'public-service': 3, integrity: 3, 'gis-mapping': 2 } },
]);

const CATALOGUE = [
  { competency: 'public-service', title: 'Pelatihan Pelayanan Prima', form: 'course' as const, jp: 24, provider: 'BPSDM Provinsi Sumatera Utara' },
  { competency: 'gis-mapping', title: 'Bimtek QGIS', form: 'technical-guidance' as const, jp: 16 },
];

describe('trainingNeeds', () => {
  it('aggregates the latest assessments into needs per competency', () => {
    const result = trainingNeeds(ROSTER, ASSESSMENTS, CATALOGUE)._unsafeUnwrap();
    expect(result.assessed).toBe(3);
    expect(result.participants).toBe(2);
    expect(result.needs.map((need) => [need.competency, need.participantCount, need.totalShortfall, need.totalJp])).toEqual([
      ['public-service', 2, 3, 48],
      ['gis-mapping', 2, 2, 32],
      ['integrity', 1, 1, 10],
    ]);
    expect(result.needs[0]).toMatchObject({
      name: { id: 'Pelayanan Publik', en: 'Public service' },
      kind: 'managerial',
      participants: [
        { nip: RINA, name: 'Rina Siregar', shortfall: 2, jp: 24 },
        { nip: BUDI, name: 'Budi Santoso', shortfall: 1, jp: 24 },
      ],
      suggestion: {
        source: 'catalogue',
        title: 'Pelatihan Pelayanan Prima',
        provider: 'BPSDM Provinsi Sumatera Utara',
        form: { code: 'course', path: 'classroom' },
      },
    });
    expect(result.needs[1]?.suggestion).not.toHaveProperty('provider');
    expect(result.needs[1]?.name).toEqual({ id: 'gis-mapping', en: 'gis-mapping' });
    expect(result.needs[2]?.suggestion).toMatchObject({ source: 'default', title: 'Coaching', form: { code: 'coaching' } });
    expect(result.totalJp).toBe(90);
    expect(result.notAssessed).toEqual(['197905102003122004', '200001012025011001']);
    expect(result.reasons.map((item) => item.code)).toEqual([
      'competency/training-needs',
      'competency/no-catalogue-entry',
      'competency/not-assessed',
    ]);
    expect(result.reasons[0]?.message.id).toBe('3 pegawai dinilai; 2 perlu pengembangan pada 3 kompetensi, total 90 JP.');
  });

  it('uses the default standard of the position when an assessment has none; guru and missing positions are skipped', () => {
    const result = trainingNeeds(
      ROSTER,
      assessed([
        { nip: RINA, date: '2026-02-10', actual: { integrity: 1, cooperation: 2, communication: 2, 'results-orientation': 2, 'public-service': 2, 'developing-self-and-others': 2, 'managing-change': 2, 'decision-making': 2, 'national-cohesion': 2 } },
        { nip: GURU, date: '2026-02-10', actual: { integrity: 2 } },
        { nip: '200001012025011001', date: '2026-02-10', actual: { integrity: 2 } },
        { nip: SITI, date: '2026-02-10', actual: { integrity: 2 } },
        { nip: '201001012030011001', date: '2026-02-10', actual: { integrity: 2 } },
      ]),
      [],
    )._unsafeUnwrap();
    expect(result.needs).toHaveLength(1);
    expect(result.needs[0]).toMatchObject({
      competency: 'integrity',
      participants: [{ nip: RINA, shortfall: 1, jp: 10 }],
    });
    expect(result.skipped).toEqual([
      { nip: '201001012030011001', code: 'competency/not-in-roster' },
      { nip: GURU, code: 'competency/no-default-standard' },
      { nip: '200001012025011001', code: 'competency/no-default-standard' },
      { nip: SITI, code: 'competency/mismatched-competencies' },
    ]);
    expect(result.reasons.filter((item) => item.severity === 'warning').map((item) => item.code)).toEqual([
      'competency/not-in-roster',
      'competency/assessment-skipped',
      'competency/assessment-skipped',
      'competency/assessment-skipped',
    ]);
    const early = trainingNeeds(ROSTER, assessed([{ nip: RINA, date: '2017-06-01', actual: { integrity: 1 } }]), [])._unsafeUnwrap();
    expect(early.skipped).toEqual([{ nip: RINA, code: 'competency/no-rule-in-force' }]);
  });

  it('default JP follows each participant’s shortfall; technical names come from definitions', () => {
    const gis = defineCompetency({
      code: 'gis-mapping',
      name: { id: 'Pemetaan SIG', en: 'GIS mapping' },
      description: { id: 'Memetakan dengan SIG', en: 'Maps with GIS' },
      levels: [1, 2, 3, 4, 5].map((level) => ({ level, description: { id: `L${String(level)}`, en: `L${String(level)}` } })),
    })._unsafeUnwrap();
    const result = trainingNeeds(
      ROSTER,
      assessed([
        { nip: RINA, date: '2026-02-10', standard: { 'gis-mapping': 4 }, actual: { 'gis-mapping': 1 } },
        { nip: BUDI, date: '2026-02-10', standard: { 'gis-mapping': 4 }, actual: { 'gis-mapping': 3 } },
      ]),
      [],
      { definitions: [gis] },
    )._unsafeUnwrap();
    expect(result.needs[0]).toMatchObject({
      name: { id: 'Pemetaan SIG', en: 'GIS mapping' },
      suggestion: { source: 'default', form: { code: 'technical-training' } },
      participants: [
        { nip: RINA, shortfall: 3, jp: 60 },
        { nip: BUDI, shortfall: 1, jp: 10 },
      ],
      totalJp: 70,
    });
  });

  it('ties are ordered by NIP and by competency code', () => {
    const result = trainingNeeds(
      ROSTER,
      assessed([
        { nip: RINA, date: '2026-02-10', standard: { b: 2, a: 2 }, actual: { b: 1, a: 1 } },
        { nip: BUDI, date: '2026-02-10', standard: { b: 2, a: 2 }, actual: { b: 1, a: 1 } },
      ]),
      [],
    )._unsafeUnwrap();
    expect(result.needs.map((need) => need.competency)).toEqual(['a', 'b']);
    expect(result.needs[0]?.participants.map((participant) => participant.nip)).toEqual([RINA, BUDI]);
  });

  it('a duplicate roster NIP, bad levels and negative catalogue JP are coded errors', () => {
    expect(trainingNeeds([ROSTER[0]!, ROSTER[0]!], [], [])._unsafeUnwrapErr().code).toBe('competency/duplicate-nip');
    expect(needsOfRaw(ROSTER, [{ nip: RINA, date: '2026-02-10', actual: { integrity: 7 } }], [])._unsafeUnwrapErr().code).toBe(
      'competency/invalid-input',
    );
    expect(trainingNeeds(ROSTER, [], [{ ...CATALOGUE[1]!, jp: -16 }])._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });
});

describe('properties', () => {
  it('the total JP is the sum over needs, and participants never exceed the assessed', () => {
    const level = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(level, level, level, level), { minLength: 1, maxLength: 4 }), (rows) => {
        const nips = [RINA, BUDI, SITI, GURU];
        const assessments = rows.map(([s1, a1, s2, a2], index) => ({
          nip: nips[index]!,
          date: '2026-02-10',
          standard: { integrity: s1, 'gis-mapping': s2 },
          actual: { integrity: a1, 'gis-mapping': a2 },
        }));
        const result = trainingNeeds(ROSTER, assessed(assessments), CATALOGUE)._unsafeUnwrap();
        return (
          result.totalJp === result.needs.reduce((sum, need) => sum + need.totalJp, 0) &&
          result.participants <= result.assessed &&
          result.needs.every((need) => need.participants.every((participant) => participant.shortfall > 0))
        );
      }),
    );
  });

  it('arbitrary input never throws and returns a Result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (roster, assessments, catalogue) => {
        const result = trainingNeeds(roster as never, assessments as never, catalogue as never);
        return result.isOk() || result.isErr();
      }),
    );
  });
});
