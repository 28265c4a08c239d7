import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftAsnWorkPlan, parseWorkPlanContext, validateAsnWorkPlan } from '../../src/workplan';
import { untyped } from '../hostile';
import { AGENCY, BKPSDM, DINKES, DISDUKCAPIL, HEAD, nipOf, OTHER, STAFF } from './fixtures';
import { dataOf } from '../error-data';

const YEAR = { from: '2027-01-01', to: '2027-12-31' };
const OPTIONS = { id: 'RK-ASN-2027', agency: AGENCY, period: YEAR };
const context = {
  roster: [
    { nip: HEAD, name: 'Siti', kind: 'PNS', workUnit: BKPSDM },
    { nip: STAFF, name: 'Rudi', kind: 'PNS', workUnit: DINKES },
    { nip: OTHER, name: 'Rina', kind: 'PPPK', workUnit: DISDUKCAPIL },
  ],
  assessments: [
    { nip: STAFF, date: '2026-10-01', standard: { 'public-service': 3, integrity: 2 }, actual: { 'public-service': 1, integrity: 2 } },
    { nip: OTHER, date: '2026-10-01', standard: { 'public-service': 3, integrity: 2 }, actual: { 'public-service': 2, integrity: 1 } },
  ],
  catalogue: [{ competency: 'public-service', title: 'Pelatihan Pelayanan Prima', form: 'course', jp: 24, provider: 'Universitas Sumatera Utara' }],
  completedJp: [{ nip: HEAD, jp: 12 }],
  performance: [{ nip: STAFF, predikat: 'needs-improvement' }, { nip: HEAD, predikat: 'very-good' }],
  satisfaction: [{ unit: DISDUKCAPIL, converted: 74.2 }, { unit: DINKES, converted: 90 }],
};

describe('draftAsnWorkPlan', () => {
  it('drafts an activity for each shortfall, JP gap, unit, predikat, service and low-index unit, each with its motivation', () => {
    const plan = draftAsnWorkPlan(untyped(context), OPTIONS)._unsafeUnwrap();
    expect(plan.activities.map((activity) => [activity.id, activity.units, activity.participants ?? null, activity.title])).toEqual([
      ['KOM-001', ['dinkes'], 1, 'Pelatihan Pelayanan Prima: Pelayanan Publik — Dinas Kesehatan Kota Medan'],
      ['KOM-002', ['disdukcapil'], 1, 'Pelatihan Pelayanan Prima: Pelayanan Publik — Disdukcapil Kota Medan'],
      ['KOM-003', ['disdukcapil'], 1, 'Coaching: Integritas — Disdukcapil Kota Medan'],
      ['KOM-004', ['bkpsdm'], 1, 'Pemenuhan 20 JP pengembangan kompetensi — BKPSDM Kota Medan'],
      ['KOM-005', ['dinkes'], 1, 'Pemenuhan 20 JP pengembangan kompetensi — Dinas Kesehatan Kota Medan'],
      ['KIN-001', ['bkpsdm'], null, 'Evaluasi kinerja pegawai BKPSDM Kota Medan'],
      ['KIN-002', ['dinkes'], null, 'Evaluasi kinerja pegawai Dinas Kesehatan Kota Medan'],
      ['KIN-003', ['disdukcapil'], null, 'Evaluasi kinerja pegawai Disdukcapil Kota Medan'],
      ['KIN-004', ['bkpsdm'], 1, 'Tindak lanjut predikat Sangat Baik'],
      ['KIN-005', ['dinkes'], 1, 'Tindak lanjut predikat Butuh Perbaikan'],
      ['TEK-001', [], null, 'Pengembangan layanan daring: Pengajuan cuti berbasis web dan mobile'],
      ['TEK-002', [], null, 'Pengembangan layanan daring: Laporan kinerja berbasis web dan mobile'],
      ['TEK-003', [], null, 'Pengembangan layanan daring: Akses informasi kepegawaian secara real-time'],
      ['PUB-001', [], null, 'Sesi dialog rutin ASN dan masyarakat'],
      ['PUB-002', ['disdukcapil'], null, 'Forum diskusi terbuka pelayanan publik — Disdukcapil Kota Medan'],
    ]);
    expect(plan.activities.map((activity) => activity.strategyId).join('')).toBe('S1S1S1S1S1S2S2S2S2S2S3S3S3S4S4');
  });

  it('training activities carry the shortfall, the catalogue JP and partner, and the rule that motivated them', () => {
    const plan = draftAsnWorkPlan(untyped(context), OPTIONS)._unsafeUnwrap();
    const first = plan.activities[0];
    expect(first).toMatchObject({
      title: 'Pelatihan Pelayanan Prima: Pelayanan Publik — Dinas Kesehatan Kota Medan',
      competencies: ['public-service'],
      jpPerParticipant: 24,
      partners: [{ name: 'Universitas Sumatera Utara', kind: 'education' }],
      indicator: { baseline: 0, target: 1, unit: 'orang' },
      schedule: { from: '2027-01-01', to: '2027-12-31' },
      budget: { amount: 0, lines: [] },
      responsibleUnit: AGENCY,
    });
    expect(first?.motivation).toMatchObject({
      code: 'workplan/competency-shortfall', severity: 'info', basis: { instrument: 'PP 11/2017', article: 'Pasal 210 (bentuk pengembangan kompetensi)' },
      data: { competency: 'public-service', unit: 'dinkes', employees: 1, totalShortfall: 2, form: 'course', source: 'catalogue' },
    });
    const jp = plan.activities.find((activity) => activity.motivation?.code === 'workplan/jp-minimum' && activity.units[0] === 'bkpsdm');
    expect(jp).toMatchObject({ participants: 1, jpPerParticipant: 8, motivation: { data: { unit: 'bkpsdm', employees: 1, requiredJp: 8, minimumJp: 20 } } });
    const followUp = plan.activities.find((activity) => activity.motivation?.code === 'workplan/predikat-follow-up');
    expect(followUp?.motivation?.data).toMatchObject({ predikat: 'very-good', employees: 1 });
    const forum = plan.activities.at(-1);
    expect(forum).toMatchObject({ forumKind: 'open-forum', indicator: { baseline: 74.2, target: 76.61, unit: 'nilai IKM' } });
    expect(forum?.schedule.sessions).toEqual(['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01']);
    expect(plan.engagementFrequency).toEqual({ every: 'quarter', atLeast: 1 });
    expect(plan.services.map((service) => service.id)).toEqual(['leave-request', 'performance-report', 'realtime-information']);
  });

  it('the drafted plan validates against the same context, without a warning', () => {
    const plan = draftAsnWorkPlan(untyped(context), OPTIONS)._unsafeUnwrap();
    const result = validateAsnWorkPlan(plan, untyped(context))._unsafeUnwrap();
    expect(result).toMatchObject({ valid: true, errors: 0, warnings: 0 });
  });

  it('takes the frequency, services, lowest units and responsible unit from the options', () => {
    const plan = draftAsnWorkPlan(untyped(context), {
      ...OPTIONS,
      title: 'Rencana 2027',
      engagementFrequency: { every: 'month', atLeast: 2, kinds: ['open-forum'] },
      services: [{ id: 'leave-request', label: 'Cuti' }, { id: 'leave-request', label: 'Dua kali' }],
      lowestUnits: 2,
      responsibleUnit: BKPSDM,
    })._unsafeUnwrap();
    expect(plan.title).toBe('Rencana 2027');
    expect(plan.services).toEqual([{ id: 'leave-request', label: 'Dua kali' }]);
    const engagement = plan.activities.filter((activity) => activity.strategyId === 'S4');
    expect(engagement.map((activity) => [activity.units, activity.forumKind])).toEqual([[[], 'open-forum'], [['disdukcapil'], 'open-forum'], [['dinkes'], 'open-forum']]);
    expect(engagement[0]?.schedule.sessions?.slice(0, 4)).toEqual(['2027-01-01', '2027-01-02', '2027-02-01', '2027-02-02']);
    expect(plan.activities.every((activity) => activity.responsibleUnit.id === 'bkpsdm')).toBe(true);
    expect(validateAsnWorkPlan(plan, untyped(context))._unsafeUnwrap().valid).toBe(true);
  });

  it('caps the sessions of a period at its last day, skips results of people outside the roster, ranks ties by unit', () => {
    const busy = draftAsnWorkPlan(untyped({
      ...context,
      performance: [...context.performance, { nip: '197001012000011001', predikat: 'very-good' }],
      satisfaction: [{ unit: DINKES, converted: 80 }, { unit: BKPSDM, converted: 80 }, { unit: DISDUKCAPIL, converted: 80 }],
    }), { ...OPTIONS, engagementFrequency: { every: 'month', atLeast: 30 }, lowestUnits: 2 })._unsafeUnwrap();
    const sessions = busy.activities.find((activity) => activity.id === 'PUB-001')?.schedule.sessions ?? [];
    expect(sessions.slice(27, 30)).toEqual(['2027-01-28', '2027-01-29', '2027-01-30']);
    expect(sessions.slice(57, 60)).toEqual(['2027-02-28', '2027-02-28', '2027-02-28']);
    expect(busy.activities.find((activity) => activity.title === 'Tindak lanjut predikat Sangat Baik')).toMatchObject({ participants: 2, units: ['bkpsdm'] });
    expect(busy.activities.filter((activity) => activity.strategyId === 'S4').map((activity) => activity.units)).toEqual([[], ['bkpsdm'], ['dinkes']]);
    expect(validateAsnWorkPlan(busy, untyped(context))._unsafeUnwrap().valid).toBe(true);
  });

  it('the skeleton in full: title, objectives, strategies per pillar, the default services and frequency', () => {
    const { activities, ...plan } = draftAsnWorkPlan(untyped(context), OPTIONS)._unsafeUnwrap();
    expect(activities).toHaveLength(15);
    expect(plan).toEqual({
      id: 'RK-ASN-2027', title: 'Rencana Kerja Pengelolaan ASN Pemerintah Kota Medan', agency: AGENCY, period: YEAR,
      objectives: [{ id: 'T1', text: 'Meningkatkan kualitas dan kinerja ASN' }, { id: 'T2', text: 'Meningkatkan kualitas pelayanan publik' }],
      strategies: [
        { id: 'S1', pillar: 'competency', text: 'Pengembangan kompetensi melalui pelatihan dan pendidikan bersama lembaga pendidikan', objectiveIds: ['T1'] },
        { id: 'S2', pillar: 'performance', text: 'Evaluasi kinerja yang objektif sebagai dasar penghargaan dan tindakan disiplin', objectiveIds: ['T1'] },
        { id: 'S3', pillar: 'technology', text: 'Sistem informasi manajemen ASN yang terintegrasi', objectiveIds: ['T1', 'T2'] },
        { id: 'S4', pillar: 'engagement', text: 'Sesi dialog rutin dan forum terbuka dengan masyarakat', objectiveIds: ['T2'] },
      ],
      services: [
        { id: 'leave-request', label: 'Pengajuan cuti berbasis web dan mobile' },
        { id: 'performance-report', label: 'Laporan kinerja berbasis web dan mobile' },
        { id: 'realtime-information', label: 'Akses informasi kepegawaian secara real-time' },
      ],
      engagementFrequency: { every: 'quarter', atLeast: 1 },
    });
    expect(activities.map((activity) => activity.objectiveId).join('')).toBe('T1'.repeat(13) + 'T2T2');
  });

  it('every activity says what it measures, whom it targets, with whom, and why (both languages)', () => {
    const { activities } = draftAsnWorkPlan(untyped(context), OPTIONS)._unsafeUnwrap();
    expect(activities.map((activity) => [activity.id, activity.indicator, activity.targetGroups, activity.partners, activity.motivation?.message])).toEqual([
      ['KOM-001', { text: 'Pegawai Dinas Kesehatan Kota Medan yang dilatih Pelayanan Publik', baseline: 0, target: 1, unit: 'orang' },
        [{ text: 'Pegawai di bawah standar Pelayanan Publik', count: 1 }], [{ name: 'Universitas Sumatera Utara', kind: 'education' }],
        { id: '1 pegawai Dinas Kesehatan Kota Medan di bawah standar Pelayanan Publik (total kekurangan 2 level); bentuk: Kursus.',
          en: '1 employees of Dinas Kesehatan Kota Medan are below standard in Public service (2 levels short in total); form: Course.' }],
      ['KOM-002', { text: 'Pegawai Disdukcapil Kota Medan yang dilatih Pelayanan Publik', baseline: 0, target: 1, unit: 'orang' },
        [{ text: 'Pegawai di bawah standar Pelayanan Publik', count: 1 }], [{ name: 'Universitas Sumatera Utara', kind: 'education' }],
        { id: '1 pegawai Disdukcapil Kota Medan di bawah standar Pelayanan Publik (total kekurangan 1 level); bentuk: Kursus.',
          en: '1 employees of Disdukcapil Kota Medan are below standard in Public service (1 levels short in total); form: Course.' }],
      ['KOM-003', { text: 'Pegawai Disdukcapil Kota Medan yang dilatih Integritas', baseline: 0, target: 1, unit: 'orang' },
        [{ text: 'Pegawai di bawah standar Integritas', count: 1 }], [],
        { id: '1 pegawai Disdukcapil Kota Medan di bawah standar Integritas (total kekurangan 1 level); bentuk: Coaching.',
          en: '1 employees of Disdukcapil Kota Medan are below standard in Integrity (1 levels short in total); form: Coaching.' }],
      ['KOM-004', { text: 'PNS BKPSDM Kota Medan yang memenuhi 20 JP setahun', baseline: 0, target: 1, unit: 'orang' },
        [{ text: 'PNS BKPSDM Kota Medan yang belum memenuhi 20 JP', count: 1 }], [],
        { id: '1 PNS BKPSDM Kota Medan masih membutuhkan 8 JP.', en: '1 PNS of BKPSDM Kota Medan still need 8 JP.' }],
      ['KOM-005', { text: 'PNS Dinas Kesehatan Kota Medan yang memenuhi 20 JP setahun', baseline: 0, target: 1, unit: 'orang' },
        [{ text: 'PNS Dinas Kesehatan Kota Medan yang belum memenuhi 20 JP', count: 1 }], [],
        { id: '1 PNS Dinas Kesehatan Kota Medan masih membutuhkan 20 JP.', en: '1 PNS of Dinas Kesehatan Kota Medan still need 20 JP.' }],
      ['KIN-001', { text: 'Pegawai BKPSDM Kota Medan yang dievaluasi', baseline: 0, target: 1, unit: 'pegawai' }, [{ text: 'Pegawai BKPSDM Kota Medan', count: 1 }], [],
        { id: 'Setiap unit dievaluasi secara periodik dan tahunan: 1 pegawai.', en: 'Every unit is evaluated periodically and annually: 1 employees.' }],
      ['KIN-002', { text: 'Pegawai Dinas Kesehatan Kota Medan yang dievaluasi', baseline: 0, target: 1, unit: 'pegawai' }, [{ text: 'Pegawai Dinas Kesehatan Kota Medan', count: 1 }], [],
        { id: 'Setiap unit dievaluasi secara periodik dan tahunan: 1 pegawai.', en: 'Every unit is evaluated periodically and annually: 1 employees.' }],
      ['KIN-003', { text: 'Pegawai Disdukcapil Kota Medan yang dievaluasi', baseline: 0, target: 1, unit: 'pegawai' }, [{ text: 'Pegawai Disdukcapil Kota Medan', count: 1 }], [],
        { id: 'Setiap unit dievaluasi secara periodik dan tahunan: 1 pegawai.', en: 'Every unit is evaluated periodically and annually: 1 employees.' }],
      ['KIN-004', { text: 'Pegawai berpredikat Sangat Baik yang ditindaklanjuti', baseline: 0, target: 1, unit: 'orang' }, [{ text: 'Pegawai berpredikat Sangat Baik', count: 1 }], [],
        { id: '1 pegawai berpredikat Sangat Baik; tindak lanjut: Penghargaan kinerja dan prioritas pengembangan karier (kelompok rencana suksesi/talent pool); '
            + 'Angka kredit jabatan fungsional 150% dari koefisien; Pengembangan kompetensi untuk jabatan yang lebih tinggi.',
          en: '1 employees rated very good; follow-up as the regulation ties to the predikat.' }],
      ['KIN-005', { text: 'Pegawai berpredikat Butuh Perbaikan yang ditindaklanjuti', baseline: 0, target: 1, unit: 'orang' }, [{ text: 'Pegawai berpredikat Butuh Perbaikan', count: 1 }], [],
        { id: '1 pegawai berpredikat Butuh Perbaikan; tindak lanjut: Pembinaan kinerja melalui coaching, mentoring dan konseling; '
            + 'Rencana perbaikan kinerja yang disepakati dengan pejabat penilai; Angka kredit jabatan fungsional 75% dari koefisien.',
          en: '1 employees rated needs improvement; follow-up as the regulation ties to the predikat.' }],
      ['TEK-001', { text: 'Layanan "Pengajuan cuti berbasis web dan mobile" berjalan', baseline: 0, target: 1, unit: 'layanan' }, [{ text: 'Seluruh ASN', count: 3 }], [],
        { id: 'Rencana menjanjikan layanan "Pengajuan cuti berbasis web dan mobile".', en: 'The plan promises the service "Pengajuan cuti berbasis web dan mobile".' }],
      ['TEK-002', { text: 'Layanan "Laporan kinerja berbasis web dan mobile" berjalan', baseline: 0, target: 1, unit: 'layanan' }, [{ text: 'Seluruh ASN', count: 3 }], [],
        { id: 'Rencana menjanjikan layanan "Laporan kinerja berbasis web dan mobile".', en: 'The plan promises the service "Laporan kinerja berbasis web dan mobile".' }],
      ['TEK-003', { text: 'Layanan "Akses informasi kepegawaian secara real-time" berjalan', baseline: 0, target: 1, unit: 'layanan' }, [{ text: 'Seluruh ASN', count: 3 }], [],
        { id: 'Rencana menjanjikan layanan "Akses informasi kepegawaian secara real-time".', en: 'The plan promises the service "Akses informasi kepegawaian secara real-time".' }],
      ['PUB-001', { text: 'Sesi dialog yang terselenggara', baseline: 0, target: 4, unit: 'sesi' }, [{ text: 'Warga pengguna layanan publik' }],
        [{ name: 'Masyarakat dan tokoh masyarakat', kind: 'community' }],
        { id: 'Sesi keterlibatan publik sedikitnya 1 kali per periode (quarter).', en: 'Public-engagement sessions at least 1 times per period (quarter).' }],
      ['PUB-002', { text: 'Indeks kepuasan masyarakat Disdukcapil Kota Medan', baseline: 74.2, target: 76.61, unit: 'nilai IKM' }, [{ text: 'Pengguna layanan Disdukcapil Kota Medan' }],
        [{ name: 'Masyarakat pengguna layanan', kind: 'community' }],
        { id: 'Indeks kepuasan Disdukcapil Kota Medan 74.2 (mutu C); di bawah B.', en: 'The satisfaction index of Disdukcapil Kota Medan is 74.2 (grade C); below B.' }],
    ]);
    expect(activities.map((activity) => [activity.motivation?.code, activity.motivation?.severity, activity.motivation?.basis.instrument])).toEqual([
      ...Array.from({ length: 3 }, () => ['workplan/competency-shortfall', 'info', 'PP 11/2017']),
      ...Array.from({ length: 2 }, () => ['workplan/jp-minimum', 'info', 'PP 11/2017']),
      ...Array.from({ length: 3 }, () => ['workplan/unit-evaluation', 'info', 'PermenPANRB 6/2022']),
      ...Array.from({ length: 2 }, () => ['workplan/predikat-follow-up', 'info', 'PermenPANRB 6/2022']),
      ...Array.from({ length: 3 }, () => ['workplan/promised-service', 'info', 'Perpres 95/2018']),
      ['workplan/engagement-frequency', 'info', 'UU 25/2009'],
      ['workplan/low-satisfaction', 'info', 'PermenPANRB 14/2017'],
    ]);
    expect(activities.map((activity) => activity.motivation?.data)).toEqual([
      { competency: 'public-service', unit: 'dinkes', employees: 1, totalShortfall: 2, form: 'course', source: 'catalogue' },
      { competency: 'public-service', unit: 'disdukcapil', employees: 1, totalShortfall: 1, form: 'course', source: 'catalogue' },
      { competency: 'integrity', unit: 'disdukcapil', employees: 1, totalShortfall: 1, form: 'coaching', source: 'default' },
      { unit: 'bkpsdm', employees: 1, requiredJp: 8, minimumJp: 20 },
      { unit: 'dinkes', employees: 1, requiredJp: 20, minimumJp: 20 },
      { unit: 'bkpsdm', employees: 1, predikat: { 'very-good': 1 } },
      { unit: 'dinkes', employees: 1, predikat: { 'needs-improvement': 1 } },
      { unit: 'disdukcapil', employees: 1, predikat: {} },
      { predikat: 'very-good', employees: 1, actions: [
        'Penghargaan kinerja dan prioritas pengembangan karier (kelompok rencana suksesi/talent pool)',
        'Angka kredit jabatan fungsional 150% dari koefisien', 'Pengembangan kompetensi untuk jabatan yang lebih tinggi',
      ] },
      { predikat: 'needs-improvement', employees: 1, actions: [
        'Pembinaan kinerja melalui coaching, mentoring dan konseling', 'Rencana perbaikan kinerja yang disepakati dengan pejabat penilai',
        'Angka kredit jabatan fungsional 75% dari koefisien',
      ] },
      { service: 'leave-request' }, { service: 'performance-report' }, { service: 'realtime-information' },
      { every: 'quarter', atLeast: 1, sessions: 4 },
      { unit: 'disdukcapil', converted: 74.2, grade: 'C', minimumGrade: 'B', rank: 1 },
    ]);
    expect(activities.map((activity) => [activity.jpPerParticipant ?? null, activity.competencies, activity.services, activity.forumKind ?? null])).toEqual([
      [24, ['public-service'], [], null], [24, ['public-service'], [], null], [10, ['integrity'], [], null], [8, [], [], null], [20, [], [], null],
      [null, [], [], null], [null, [], [], null], [null, [], [], null], [null, [], [], null], [null, [], [], null],
      [null, [], ['leave-request'], null], [null, [], ['performance-report'], null], [null, [], ['realtime-information'], null],
      [null, [], [], 'dialogue'], [null, [], [], 'open-forum'],
    ]);
  });

  it('groups a unit: the employees counted, the largest JP and the shortfalls summed; an index among the lowest is named so', () => {
    const many = {
      roster: [
        { nip: nipOf(1), kind: 'PNS', workUnit: DINKES }, { nip: nipOf(2), kind: 'PNS', workUnit: DINKES }, { nip: nipOf(3), kind: 'PNS', workUnit: BKPSDM },
      ],
      assessments: [
        { nip: nipOf(1), date: '2026-10-01', standard: { integrity: 4 }, actual: { integrity: 1 } },
        { nip: nipOf(2), date: '2026-10-01', standard: { integrity: 4 }, actual: { integrity: 3 } },
      ],
      completedJp: [{ nip: nipOf(1), jp: 15 }, { nip: nipOf(2), jp: 2 }, { nip: nipOf(3), jp: 20 }],
      satisfaction: [{ unit: DINKES, converted: 90 }, { unit: BKPSDM, converted: 95 }],
    };
    const plan = draftAsnWorkPlan(untyped(many), OPTIONS)._unsafeUnwrap();
    const training = plan.activities.filter((activity) => activity.strategyId === 'S1');
    expect(training.map((activity) => [activity.units, activity.participants, activity.jpPerParticipant, activity.motivation?.data])).toEqual([
      [['dinkes'], 2, 60, { competency: 'integrity', unit: 'dinkes', employees: 2, totalShortfall: 4, form: 'managerial-training', source: 'default' }],
      [['dinkes'], 2, 18, { unit: 'dinkes', employees: 2, requiredJp: 23, minimumJp: 20 }],
    ]);
    const forums = plan.activities.filter((activity) => activity.strategyId === 'S4');
    expect(forums.map((activity) => [activity.units, activity.indicator.target, activity.motivation?.message])).toEqual([
      [[], 4, { id: 'Sesi keterlibatan publik sedikitnya 1 kali per periode (quarter).', en: 'Public-engagement sessions at least 1 times per period (quarter).' }],
      [['dinkes'], 90, { id: 'Indeks kepuasan Dinas Kesehatan Kota Medan 90 (mutu A); termasuk yang terendah.', en: 'The satisfaction index of Dinas Kesehatan Kota Medan is 90 (grade A); among the lowest.' }],
    ]);
    expect(draftAsnWorkPlan(untyped(many), { ...OPTIONS, lowestUnits: 0 })._unsafeUnwrap().activities.filter((activity) => activity.strategyId === 'S4')).toHaveLength(1);
    const twice = draftAsnWorkPlan(untyped({ ...many, satisfaction: [{ unit: DINKES, converted: 62 }, { unit: DINKES, converted: 60 }] }), OPTIONS)._unsafeUnwrap();
    expect(twice.activities.filter((activity) => activity.strategyId === 'S4').map((activity) => [activity.units, activity.motivation?.data['rank']])).toEqual([[[], undefined], [['dinkes'], 1]]);
  });

  it('orders the units by id whatever the order of the roster, the assessments and the results', () => {
    const reversed = {
      ...context,
      roster: [
        { nip: nipOf(1), kind: 'PNS', workUnit: DISDUKCAPIL }, { nip: nipOf(2), kind: 'PNS', workUnit: DINKES }, { nip: nipOf(3), kind: 'PNS', workUnit: BKPSDM },
      ],
      assessments: [nipOf(1), nipOf(2), nipOf(3)].map((nip) => ({ nip, date: '2026-10-01', standard: { integrity: 3 }, actual: { integrity: 2 } })),
      completedJp: [],
      performance: [{ nip: nipOf(1), predikat: 'good' }, { nip: nipOf(3), predikat: 'good' }],
      satisfaction: [],
    };
    const plan = draftAsnWorkPlan(untyped(reversed), OPTIONS)._unsafeUnwrap();
    expect(plan.activities.filter((activity) => activity.strategyId !== 'S3').map((activity) => [activity.id, activity.units])).toEqual([
      ['KOM-001', ['bkpsdm']], ['KOM-002', ['dinkes']], ['KOM-003', ['disdukcapil']],
      ['KOM-004', ['bkpsdm']], ['KOM-005', ['dinkes']], ['KOM-006', ['disdukcapil']],
      ['KIN-001', ['bkpsdm']], ['KIN-002', ['dinkes']], ['KIN-003', ['disdukcapil']], ['KIN-004', ['bkpsdm', 'disdukcapil']],
      ['PUB-001', []],
    ]);
    const tied = draftAsnWorkPlan(untyped({ ...reversed, satisfaction: [{ unit: DISDUKCAPIL, converted: 60 }, { unit: BKPSDM, converted: 60 }] }), { ...OPTIONS, lowestUnits: 0 })._unsafeUnwrap();
    expect(tied.activities.filter((activity) => activity.strategyId === 'S4').map((activity) => activity.units)).toEqual([[], ['bkpsdm'], ['disdukcapil']]);
  });

  it('is deterministic', () => {
    expect(draftAsnWorkPlan(untyped(context), OPTIONS)).toEqual(draftAsnWorkPlan(untyped(structuredClone(context)), OPTIONS));
  });

  it('bad input is a coded error, never a throw', () => {
    expect(draftAsnWorkPlan(untyped(null), OPTIONS)._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(draftAsnWorkPlan(untyped(context), untyped(null))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    expect(draftAsnWorkPlan(untyped(context), untyped({ ...OPTIONS, colour: 'red' }))._unsafeUnwrapErr().code).toBe('workplan/invalid-input');
    const half = draftAsnWorkPlan(untyped(context), { ...OPTIONS, period: { from: '2027-01-01', to: '2027-06-30' } })._unsafeUnwrapErr();
    expect(dataOf(half, 'workplan/invalid-input').issues).toEqual([{ path: 'options.period', message: 'A work plan covers one or more whole calendar years' }]);
    const late = draftAsnWorkPlan(untyped(context), { ...OPTIONS, period: { from: '2027-02-01', to: '2027-12-31' } })._unsafeUnwrapErr();
    expect(dataOf(late, 'workplan/invalid-input').issues).toEqual([{ path: 'options.period', message: 'A work plan covers one or more whole calendar years' }]);
    expect(draftAsnWorkPlan(untyped(context), { ...OPTIONS, period: { from: '2027-01-01', to: '2028-12-31' } }).isOk()).toBe(true);
    expect(draftAsnWorkPlan(untyped(context), { ...OPTIONS, period: { from: '2016-01-01', to: '2016-12-31' } })._unsafeUnwrapErr().code).toBe('workplan/no-rule-in-force');
  });

  describe('properties', () => {
    const units = [BKPSDM, DINKES, DISDUKCAPIL];
    const member = fc.record({ unit: fc.integer({ min: 0, max: 2 }), kind: fc.constantFrom('PNS', 'CPNS', 'PPPK'), assessed: fc.boolean(),
      service: fc.integer({ min: 1, max: 5 }), integrity: fc.integer({ min: 1, max: 5 }), jp: fc.integer({ min: 0, max: 40 }),
      predikat: fc.constantFrom(undefined, 'very-good', 'good', 'needs-improvement', 'poor', 'very-poor') });
    const arbitraryContext = fc.record({
      members: fc.array(member, { minLength: 1, maxLength: 25 }),
      satisfaction: fc.array(fc.record({ unit: fc.integer({ min: 0, max: 2 }), converted: fc.double({ min: 25, max: 100, noNaN: true }) }), { maxLength: 3 }),
      minimumGrade: fc.constantFrom('A', 'B', 'C', 'D'),
    }).map(({ members, satisfaction, minimumGrade }) => ({
      roster: members.map((one, i) => ({ nip: nipOf(i), kind: one.kind, workUnit: units[one.unit] })),
      assessments: members.flatMap((one, i) => (one.assessed
        ? [{ nip: nipOf(i), date: '2026-10-01', standard: { 'public-service': 3, integrity: 3 }, actual: { 'public-service': one.service, integrity: one.integrity } }]
        : [])),
      completedJp: members.map((one, i) => ({ nip: nipOf(i), jp: one.jp })),
      performance: members.flatMap((one, i) => (one.predikat === undefined ? [] : [{ nip: nipOf(i), predikat: one.predikat }])),
      satisfaction: [...new Map(satisfaction.map((one) => [one.unit, { unit: units[one.unit], converted: Math.round(one.converted * 100) / 100 }])).values()],
      minimumGrade,
    }));
    const arbitraryOptions = fc.record({
      every: fc.constantFrom('month', 'quarter', 'half-year', 'year'),
      atLeast: fc.integer({ min: 1, max: 4 }),
      kinds: fc.constantFrom(undefined, ['dialogue'], ['open-forum']),
      lowestUnits: fc.integer({ min: 0, max: 3 }),
      years: fc.integer({ min: 1, max: 2 }),
    });

    it('a drafted plan always validates against its own context', () => {
      fc.assert(
        fc.property(arbitraryContext, arbitraryOptions, (raw, settings) => {
          const data = parseWorkPlanContext(raw)._unsafeUnwrap();
          const requirement = settings.kinds === undefined
            ? { every: settings.every, atLeast: settings.atLeast }
            : { every: settings.every, atLeast: settings.atLeast, kinds: settings.kinds };
          const draft = draftAsnWorkPlan(data, {
            ...OPTIONS, period: { from: '2027-01-01', to: `${String(2026 + settings.years)}-12-31` },
            engagementFrequency: requirement, lowestUnits: settings.lowestUnits,
          })._unsafeUnwrap();
          const result = validateAsnWorkPlan(draft, data)._unsafeUnwrap();
          expect(result.issues.filter((found) => found.severity === 'error')).toEqual([]);
          expect(result.coverage.flatMap((pillar) => pillar.checks).filter((one) => !one.met)).toEqual([]);
        }),
        { numRuns: 60 },
      );
    });
  });
});
