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
import { untyped } from './arbitraries';

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

describe('trainingNeeds: whole results', () => {
  const BASIS = {
    instrument: 'PP 11/2017',
    article: 'Pasal 210',
    note: 'forms of development (Peraturan LAN 10/2018); the shortfall → form and JP mapping is an asn-kit default, overridable',
  };

  it('one need from the default table, one assessment not in the roster, one member not assessed: in full', () => {
    const result = trainingNeeds(
      [{ nip: RINA, name: 'Rina', position: { type: 'pengawas' } }, { nip: BUDI }],
      assessed([
        { nip: RINA, date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 1 } },
        { nip: '201001012030011001', date: '2026-02-10', actual: { integrity: 1 } },
      ]),
      [],
    )._unsafeUnwrap();
    expect(result).toEqual({
      needs: [
        {
          competency: 'integrity',
          kind: 'managerial',
          name: { id: 'Integritas', en: 'Integrity' },
          participants: [{ nip: RINA, name: 'Rina', shortfall: 2, jp: 40 }],
          participantCount: 1,
          totalShortfall: 2,
          suggestion: {
            source: 'default',
            title: 'Pelatihan manajerial',
            form: { code: 'managerial-training', path: 'classroom', label: { id: 'Pelatihan manajerial', en: 'Managerial training' } },
          },
          totalJp: 40,
        },
      ],
      assessed: 1,
      participants: 1,
      totalJp: 40,
      notAssessed: [BUDI],
      skipped: [{ nip: '201001012030011001', code: 'competency/not-in-roster' }],
      reasons: [
        {
          code: 'competency/training-needs',
          severity: 'info',
          basis: BASIS,
          message: {
            id: '1 pegawai dinilai; 1 perlu pengembangan pada 1 kompetensi, total 40 JP.',
            en: '1 employees assessed; 1 need development in 1 competencies, 40 JP in total.',
          },
          data: { assessed: 1, participants: 1, competencies: 1, totalJp: 40 },
        },
        {
          code: 'competency/no-catalogue-entry',
          severity: 'info',
          basis: BASIS,
          message: {
            id: 'Tidak ada pelatihan di katalog untuk integrity; disarankan Pelatihan manajerial.',
            en: 'No catalogue offering for integrity; Managerial training is suggested.',
          },
          data: { competency: 'integrity', form: 'managerial-training' },
        },
        {
          code: 'competency/not-in-roster',
          severity: 'warning',
          basis: BASIS,
          message: {
            id: 'Hasil asesmen NIP 201001012030011001 tidak dipakai (competency/not-in-roster).',
            en: 'The assessment of NIP 201001012030011001 is not used (competency/not-in-roster).',
          },
          data: { nip: '201001012030011001', code: 'competency/not-in-roster' },
        },
        {
          code: 'competency/not-assessed',
          severity: 'info',
          basis: BASIS,
          message: { id: '1 pegawai belum memiliki hasil asesmen.', en: '1 employees have no assessment.' },
          data: { nips: [BUDI] },
        },
      ],
    });
  });

  it('a skipped assessment’s warning names the error code', () => {
    const result = trainingNeeds(ROSTER, assessed([{ nip: GURU, date: '2026-02-10', actual: { integrity: 2 } }]), [])._unsafeUnwrap();
    expect(result.reasons.find((item) => item.code === 'competency/assessment-skipped')).toEqual({
      code: 'competency/assessment-skipped',
      severity: 'warning',
      basis: BASIS,
      message: {
        id: `Hasil asesmen NIP ${GURU} tidak dipakai (competency/no-default-standard).`,
        en: `The assessment of NIP ${GURU} is not used (competency/no-default-standard).`,
      },
      data: { nip: GURU, code: 'competency/no-default-standard' },
    });
  });

  it('the latest assessment counts: a later date listed first wins, and of two on the same day the last listed', () => {
    const result = trainingNeeds(
      ROSTER,
      assessed([
        { nip: RINA, date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 2 } },
        { nip: RINA, date: '2025-02-10', standard: { integrity: 3 }, actual: { integrity: 3 } },
        { nip: BUDI, date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 3 } },
        { nip: BUDI, date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 1 } },
      ]),
      [],
    )._unsafeUnwrap();
    expect(result.needs[0]?.participants.map((participant) => [participant.nip, participant.shortfall])).toEqual([
      [BUDI, 2],
      [RINA, 1],
    ]);
    expect(result.assessed).toBe(2);
  });

  it('the default form follows the largest shortfall of the competency; each participant’s JP its own shortfall', () => {
    const result = trainingNeeds(
      ROSTER,
      assessed([
        { nip: RINA, date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 2 } },
        { nip: BUDI, date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 1 } },
      ]),
      [],
    )._unsafeUnwrap();
    expect(result.needs[0]).toMatchObject({
      suggestion: { source: 'default', title: 'Pelatihan manajerial', form: { code: 'managerial-training' } },
      participants: [
        { nip: BUDI, shortfall: 2, jp: 40 },
        { nip: RINA, shortfall: 1, jp: 10 },
      ],
      totalShortfall: 3,
      totalJp: 50,
    });
  });

  it('needs with as many participants are ordered by Σ shortfall, then by code', () => {
    const result = trainingNeeds(
      ROSTER,
      assessed([
        { nip: RINA, date: '2026-02-10', standard: { a: 3, z: 3, m: 3 }, actual: { a: 2, z: 1, m: 2 } },
      ]),
      [],
    )._unsafeUnwrap();
    expect(result.needs.map((need) => [need.competency, need.totalShortfall])).toEqual([['z', 2], ['a', 1], ['m', 1]]);
  });

  it('the first catalogue offering for a competency is used', () => {
    const result = trainingNeeds(
      ROSTER,
      assessed([{ nip: RINA, date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 2 } }]),
      [
        { competency: 'integrity', title: 'Pelatihan Integritas', form: 'course', jp: 12 },
        { competency: 'integrity', title: 'Seminar Integritas', form: 'seminar', jp: 6 },
      ],
    )._unsafeUnwrap();
    expect(result.needs[0]?.suggestion).toEqual({
      source: 'catalogue',
      title: 'Pelatihan Integritas',
      form: { code: 'course', path: 'classroom', label: { id: 'Kursus', en: 'Course' } },
    });
    expect(result.needs[0]?.participants).toEqual([{ nip: RINA, name: 'Rina Siregar', shortfall: 1, jp: 12 }]);
    expect(result.reasons.map((item) => item.code)).toEqual(['competency/training-needs', 'competency/not-assessed']);
  });

  it('nobody below standard: no needs, no participants, and the summary says so', () => {
    const result = trainingNeeds(
      [ROSTER[0]!],
      assessed([{ nip: RINA, date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 4 } }]),
      [],
    )._unsafeUnwrap();
    expect(result).toMatchObject({ needs: [], assessed: 1, participants: 0, totalJp: 0, notAssessed: [], skipped: [] });
    expect(result.reasons.map((item) => item.code)).toEqual(['competency/training-needs']);
  });

  it('a duplicate roster NIP: the error in full', () => {
    expect(trainingNeeds([ROSTER[0]!, ROSTER[0]!], [], [])._unsafeUnwrapErr()).toEqual({
      code: 'competency/duplicate-nip',
      severity: 'error',
      basis: { instrument: 'asn-kit', note: 'one roster entry per employee' },
      message: { id: `NIP ${RINA} muncul lebih dari sekali di daftar pegawai.`, en: `NIP ${RINA} appears more than once in the roster.` },
      data: { nip: RINA },
    });
  });

  it('options: empty or without definitions are fine; an unknown key or a bad definition is invalid input', () => {
    expect(trainingNeeds([], [], [], {})._unsafeUnwrap().needs).toEqual([]);
    expect(trainingNeeds([], [], [], { definitions: [] })._unsafeUnwrap().needs).toEqual([]);
    expect(trainingNeeds([], [], [], untyped({ definition: [] }))._unsafeUnwrapErr().code).toBe('competency/invalid-input');
    expect(trainingNeeds([], [], [], untyped({ definitions: [{ code: 'x' }] }))._unsafeUnwrapErr().code).toBe('competency/invalid-input');
  });

  it('members not assessed are listed by NIP, whatever the roster order', () => {
    const result = trainingNeeds(ROSTER, [], [])._unsafeUnwrap();
    expect(result.notAssessed).toEqual([GURU, RINA, SITI, BUDI, '200001012025011001']);
    expect(result.reasons.at(-1)?.message).toEqual({ id: '5 pegawai belum memiliki hasil asesmen.', en: '5 employees have no assessment.' });
  });

  it('a member without a name is a participant without a name', () => {
    const result = trainingNeeds(ROSTER, assessed([{ nip: SITI, date: '2026-02-10', standard: { integrity: 3 }, actual: { integrity: 2 } }]), [])._unsafeUnwrap();
    expect(result.needs[0]?.participants).toEqual([{ nip: SITI, shortfall: 1, jp: 10 }]);
    expect(result.needs[0]?.participants[0]).not.toHaveProperty('name');
  });

  it('a definition names only its own competency; any other code is named by itself', () => {
    const levels = [1, 2, 3, 4, 5].map((level) => ({ level, description: { id: `L${String(level)}`, en: `L${String(level)}` } }));
    const sipd = defineCompetency({ code: 'sipd', name: { id: 'Operasi SIPD', en: 'SIPD operation' }, description: { id: 'SIPD', en: 'SIPD' }, levels })._unsafeUnwrap();
    const result = trainingNeeds(
      ROSTER,
      assessed([{ nip: RINA, date: '2026-02-10', standard: { 'gis-mapping': 3, sipd: 3 }, actual: { 'gis-mapping': 1, sipd: 2 } }]),
      [],
      { definitions: [sipd] },
    )._unsafeUnwrap();
    expect(result.needs.map((need) => [need.competency, need.name])).toEqual([
      ['gis-mapping', { id: 'gis-mapping', en: 'gis-mapping' }],
      ['sipd', { id: 'Operasi SIPD', en: 'SIPD operation' }],
    ]);
  });

  it('names come from the dictionary before any definition, and from the first definition of a code', () => {
    const levels = [1, 2, 3, 4, 5].map((level) => ({ level, description: { id: `L${String(level)}`, en: `L${String(level)}` } }));
    const named = (code: string, name: string) => ({ code, kind: 'technical', name: { id: name, en: name }, description: { id: 'D', en: 'D' }, levels, basis: { instrument: 'Peraturan 1/2026' } });
    const result = trainingNeeds(
      ROSTER,
      assessed([{ nip: RINA, date: '2026-02-10', standard: { integrity: 3, sipd: 3 }, actual: { integrity: 2, sipd: 2 } }]),
      [],
      untyped({ definitions: [named('integrity', 'Not the dictionary'), named('sipd', 'First'), named('sipd', 'Second')] }),
    )._unsafeUnwrap();
    expect(result.needs.map((need) => [need.competency, need.name.en])).toEqual([
      ['integrity', 'Integrity'],
      ['sipd', 'First'],
    ]);
  });

  it('a raw definition in the dictionary’s shape names a technical competency', () => {
    const levels = [1, 2, 3, 4, 5].map((level) => ({ level, description: { id: `L${String(level)}`, en: `L${String(level)}` } }));
    const definition = {
      code: 'sipd',
      kind: 'technical',
      name: { id: 'Operasi SIPD', en: 'SIPD operation' },
      description: { id: 'SIPD', en: 'SIPD' },
      levels,
      basis: { instrument: 'Permendagri 70/2019' },
    };
    const result = trainingNeeds(
      ROSTER,
      assessed([{ nip: RINA, date: '2026-02-10', standard: { sipd: 3 }, actual: { sipd: 2 } }]),
      [],
      untyped({ definitions: [definition] }),
    )._unsafeUnwrap();
    expect(result.needs[0]?.name).toEqual({ id: 'Operasi SIPD', en: 'SIPD operation' });
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
