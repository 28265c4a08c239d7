/**
 * Demo section for `asn-kit/service-quality`: the first-semester 2026 SKM of Disdukcapil Kota Medan
 * (PermenPANRB 14/2017; docs/interpretations.md#satisfaction-index, #survey-sample-size) with per-element NRR, IKM and grade, then the unit's dialogue
 * sessions and open forums, and its complaint register (docs/interpretations.md#complaint-deadlines). The questionnaires, forums and complaints
 * are synthetic; the follow-up owners are Disdukcapil employees of the shared roster.
 */
import { createCalendar } from '../../src/calendar/index';
import { formatLegalBasis } from '../../src/core';
import {
  COMPLAINT_STATUS_LABELS,
  FEEDBACK_CHANNEL_LABELS,
  checkForumFrequency,
  checkSurvey,
  parseComplaintPolicies,
  parseComplaints,
  parseFeedbackList,
  parseForums,
  parseSkmResponses,
  satisfactionIndex,
  summarizeForums,
  trackComplaints,
  type ComplaintInput,
  type FeedbackInput,
  type ForumInput,
  type SkmAnswer,
} from '../../src/service-quality/index';
import { ROSTER, UNITS } from './roster';

const UNIT = UNITS.disdukcapil;
const AS_OF = '2026-07-15';
/** People served in January–June 2026 (synthetic): the Krejcie–Morgan table asks 379 respondents (row 30.000). */
const POPULATION = 24_560;

/** A deterministic stream of numbers in [0, 1), so the demo prints the same survey every time. */
function generator(start: number): () => number {
  let state = start;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * 400 questionnaires. For each element, the shares of answers 1–4: waiting time and facilities score lower,
 * cost (the service is free) and staff conduct higher; about one answer in 150 is left empty.
 */
function questionnaires(): SkmAnswer[][] {
  const shares: readonly (readonly [number, number, number])[] = [
    [0.02, 0.12, 0.6], // Persyaratan: cumulative shares of 1, ≤2, ≤3
    [0.03, 0.15, 0.65], // Sistem, mekanisme, prosedur
    [0.06, 0.3, 0.78], // Waktu penyelesaian
    [0.0, 0.02, 0.25], // Biaya/tarif
    [0.02, 0.1, 0.62], // Produk spesifikasi
    [0.01, 0.08, 0.55], // Kompetensi pelaksana
    [0.01, 0.06, 0.5], // Perilaku pelaksana
    [0.04, 0.2, 0.7], // Penanganan pengaduan
    [0.05, 0.28, 0.75], // Sarana dan prasarana
  ];
  const next = generator(2026);
  return Array.from({ length: 400 }, () =>
    shares.map(([one, two, three]): SkmAnswer => {
      if (next() < 1 / 150) return null;
      const draw = next();
      return draw < one ? 1 : draw < two ? 2 : draw < three ? 3 : 4;
    }),
  );
}

const pad = (text: string, width: number): string => (text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length));
const num = (value: number, decimals: number): string => value.toFixed(decimals).replace('.', ',');

function printSurvey(): void {
  const responses = questionnaires();
  console.log(`SURVEI KEPUASAN MASYARAKAT — ${UNIT.name}`);
  console.log('Periode Januari–Juni 2026 · PermenPANRB 14/2017 · skala jawaban 1–4');
  const check = checkSurvey(responses, { population: POPULATION });
  if (check.isErr()) {
    console.log(`  Data survei ditolak: ${check.error.message.id}`);
    return;
  }
  console.log(
    `  Kuesioner masuk ${String(check.value.questionnaires)}, dapat dipakai ${String(check.value.usable)}, lengkap ${String(check.value.complete)};` +
      ` populasi ${POPULATION.toLocaleString('id-ID')} orang → sampel minimal ${String(check.value.needed)} (Krejcie–Morgan).`,
  );
  for (const why of check.value.reasons) console.log(`  [${why.severity}] ${why.message.id}`);

  // Parse once at the boundary; the index then reads the frozen questionnaires without a second check.
  const parsed = parseSkmResponses(responses);
  if (parsed.isErr()) {
    console.log(`  Kuesioner ditolak: ${parsed.error.message.id}`);
    return;
  }
  const index = satisfactionIndex({ responses: parsed.value });
  if (index.isErr()) {
    console.log(`  IKM tidak dapat dihitung: ${index.error.message.id}`);
    return;
  }
  const { elements, ikm, converted, grade, label, weight } = index.value;
  console.log('');
  console.log(`  No  ${pad('Unsur pelayanan', 42)} Jawaban    NRR  NRR×bobot  Konversi  Mutu`);
  for (const [i, element] of elements.entries()) {
    console.log(
      `  U${String(i + 1)}  ${pad(element.label.id, 42)} ${String(element.answers ?? '-').padStart(7)}  ${num(element.nrr, 3)}     ${num(element.weighted, 3)}     ${num(element.converted, 2).padStart(5)}     ${element.grade}`,
    );
  }
  console.log(`  Bobot tiap unsur: 1/${String(elements.length)} = ${num(weight, 4)} (docs/interpretations.md#satisfaction-index)`);
  console.log(`  IKM (Σ NRR × bobot)     : ${num(ikm, 4)}`);
  console.log(`  IKM unit pelayanan (×25): ${num(converted, 2)}`);
  console.log(`  Mutu pelayanan          : ${grade} — kinerja unit pelayanan "${label.id}"`);
  const weakest = [...elements].sort((left, right) => left.nrr - right.nrr).slice(0, 2);
  console.log(`  Prioritas perbaikan     : ${weakest.map((element) => `${element.label.id} (${num(element.converted, 2)})`).join('; ')}`);
}

function printForums(): void {
  const staff = ROSTER.filter((employee) => employee.workUnit.id === UNIT.id);
  const owner = (index: number): string => {
    const employee = staff[index % Math.max(staff.length, 1)];
    return employee === undefined ? 'Kepala Bidang Pelayanan' : `${employee.name} (${employee.position.title ?? employee.position.type})`;
  };
  const participants = (citizens: number, officials: number) => ({ citizens, officials });
  const forumRecords: ForumInput[] = [
    {
      id: 'FKP-2026-01',
      kind: 'open-forum',
      date: '2026-02-12',
      unit: UNIT,
      participants: participants(48, 9),
      topics: ['Antrean perekaman KTP-el', 'Layanan hari Sabtu', 'Blanko KTP-el habis'],
      followUps: [
        { id: 'TL-01', action: 'Tambah 2 loket perekaman KTP-el', owner: owner(0), due: '2026-03-31', done: '2026-03-27' },
        { id: 'TL-02', action: 'Buka layanan Sabtu di 3 kecamatan', owner: owner(1), due: '2026-04-30' },
      ],
    },
    {
      id: 'DLG-2026-01',
      kind: 'dialogue',
      date: '2026-03-18',
      unit: UNIT,
      participants: participants(22, 5),
      topics: ['Akta kelahiran daring', 'antrean perekaman KTP-el'],
      followUps: [{ id: 'TL-03', action: 'Panduan video akta kelahiran daring', owner: owner(1), due: '2026-07-31' }],
    },
    {
      id: 'DLG-2026-02',
      kind: 'dialogue',
      date: '2026-05-20',
      unit: UNIT,
      participants: participants(35, 6),
      topics: ['Jemput bola KTP-el bagi lansia dan disabilitas'],
      followUps: [{ id: 'TL-04', action: 'Jadwal jemput bola ke 21 kecamatan', owner: owner(0), due: '2026-06-30' }],
    },
  ];
  const feedbackRecords: FeedbackInput[] = [
    { id: 'WA-0193', unit: UNIT, channel: 'whatsapp', received: '2026-03-02', kind: 'complaint', topic: 'Antrean perekaman KTP-el' },
    { id: 'LAPOR-4471', unit: UNIT, channel: 'lapor', received: '2026-04-14', kind: 'complaint', topic: 'Blanko KTP-el habis' },
    { id: 'KS-0012', unit: UNIT, channel: 'suggestion-box', received: '2026-04-20', kind: 'suggestion', topic: 'Layanan hari Sabtu' },
    { id: 'IG-0307', unit: UNIT, channel: 'social-media', received: '2026-06-03', kind: 'appreciation', topic: 'Akta kelahiran daring' },
  ];
  console.log('');
  console.log(`FORUM DAN MASUKAN MASYARAKAT — ${UNIT.name} (s.d. ${AS_OF})`);
  // The records as read from the unit's register: parsed once, then used by both functions below.
  const forums = parseForums(forumRecords);
  const feedback = parseFeedbackList(feedbackRecords);
  if (forums.isErr()) {
    console.log(`  Data forum ditolak: ${forums.error.message.id}`);
    return;
  }
  if (feedback.isErr()) {
    console.log(`  Data masukan ditolak: ${feedback.error.message.id}`);
    return;
  }
  const summary = summarizeForums({ forums: forums.value, feedback: feedback.value, asOf: AS_OF });
  if (summary.isErr()) {
    console.log(`  Data forum ditolak: ${summary.error.message.id}`);
    return;
  }
  for (const unit of summary.value.units) {
    console.log(
      `  ${String(unit.sessions)} pertemuan (${String(unit.dialogues)} sesi dialog, ${String(unit.openForums)} forum terbuka), ` +
        `${String(unit.participants.citizens)} warga dan ${String(unit.participants.officials)} ASN hadir; terakhir ${unit.lastSession ?? '-'}.`,
    );
    console.log(`  Masukan dari kanal lain: ${String(unit.feedback.total)} (${Object.entries(unit.feedback.byChannel).map(([channel, count]) => `${FEEDBACK_CHANNEL_LABELS[channel as keyof typeof FEEDBACK_CHANNEL_LABELS].id} ${String(count)}`).join(', ')})`);
    console.log('  Topik terbanyak:');
    for (const topic of unit.topics.slice(0, 4)) {
      console.log(`    - ${topic.topic}: ${String(topic.forums)}× di forum, ${String(topic.feedback)}× lewat masukan`);
    }
    console.log(`  Tindak lanjut terbuka: ${String(unit.openFollowUps.length)}`);
    for (const open of unit.openFollowUps) {
      const state = open.overdue ? `TERLAMBAT ${String(open.daysOverdue)} hari` : 'dalam proses';
      console.log(`    - ${open.followUp.action} — ${open.followUp.owner}; batas ${open.followUp.due} (${state})`);
    }
  }
  const frequency = checkForumFrequency({
    forums: forums.value,
    units: [UNIT],
    requirement: { every: 'quarter', atLeast: 1, kinds: ['open-forum'] },
    period: { from: '2026-01-01', to: '2026-12-31' },
    asOf: AS_OF,
  });
  if (frequency.isOk()) {
    const labels = { met: 'terpenuhi', missed: 'TIDAK terpenuhi', 'in-progress': 'berjalan', upcoming: 'belum mulai' } as const;
    console.log('  Rencana kerja: forum konsultasi publik minimal 1 kali per triwulan.');
    for (const [quarter, period] of (frequency.value.units[0]?.periods ?? []).entries()) {
      console.log(`    Triwulan ${['I', 'II', 'III', 'IV'][quarter] ?? ''}: ${String(period.held)} forum — ${labels[period.status]}`);
    }
  }
}

function printComplaints(): void {
  const calendar = createCalendar({ years: [2026] });
  if (calendar.isErr()) return;
  const complaint = (
    id: string,
    channel: ComplaintInput['channel'],
    received: string,
    subject: string,
    extra: Partial<ComplaintInput> = {},
  ): ComplaintInput => ({ id, unit: UNIT, channel, received, subject, ...extra });
  const policies = parseComplaintPolicies([
    {
      unitId: UNIT.id,
      rule: { days: 10, count: 'working', extensionDays: 7 },
      tiers: { ringan: { days: 2, count: 'working' } },
      source: 'Standar Pelayanan Pengaduan Disdukcapil Kota Medan (contoh)',
    },
  ]);
  const complaints = parseComplaints([
    complaint('LAPOR-4471', 'lapor', '2026-04-14', 'Blanko KTP-el habis di Kecamatan Medan Deli', { closed: '2026-04-24' }),
    complaint('WA-0201', 'whatsapp', '2026-06-15', 'KK belum terbit setelah 3 minggu', { extended: true }),
    complaint('LAPOR-4590', 'lapor', '2026-06-29', 'Data NIK ganda'),
    complaint('TLP-0088', 'phone', '2026-07-10', 'Jam buka loket tidak sesuai papan informasi', { tier: 'ringan' }),
    complaint('SRT-0014', 'letter', '2026-07-06', 'Perbaikan nama pada akta kelahiran'),
    complaint('LAPOR-4512', 'lapor', '2026-05-04', 'Pindah datang belum diproses', { closed: '2026-05-29' }),
  ]);
  console.log('');
  console.log(`REGISTER PENGADUAN — ${UNIT.name} per ${AS_OF}`);
  const register = policies.andThen((unitPolicies) =>
    complaints.andThen((parsed) => trackComplaints({ asOf: AS_OF, calendar: calendar.value, policies: unitPolicies, complaints: parsed })),
  );
  if (register.isErr()) {
    console.log(`  Register tidak dapat dibaca: ${register.error.message.id}`);
    return;
  }
  console.log('  Batas waktu: 10 hari kerja, dapat diperpanjang 7 hari kerja; pengaduan ringan 2 hari kerja (docs/interpretations.md#complaint-deadlines).');
  console.log(`  Terbuka (${String(register.value.open.length)}):`);
  for (const entry of register.value.open) {
    const state = entry.status === 'overdue' ? `${COMPLAINT_STATUS_LABELS.overdue.id.toUpperCase()} ${String(entry.daysOverdue)} hari` : 'dalam batas waktu';
    console.log(`    - ${entry.complaint.id} (${FEEDBACK_CHANNEL_LABELS[entry.complaint.channel].id}, diterima ${entry.complaint.received}): ${entry.complaint.subject} — batas ${entry.deadline}, ${state}`);
  }
  console.log(`  Lewat batas waktu: ${register.value.overdue.map((entry) => entry.complaint.id).join(', ') || '-'}`);
  console.log(`  Selesai terlambat: ${register.value.closedLate.map((entry) => `${entry.complaint.id} (${String(entry.daysOverdue)} hari)`).join(', ') || '-'}`);
  const first = register.value.reasons[0];
  if (first !== undefined) console.log(`  Dasar: ${formatLegalBasis(first.basis)}`);
}

/** Prints the service-quality demo: the SKM of Disdukcapil Kota Medan, its forums and its complaint register. */
export function runServiceQualityDemo(): void {
  printSurvey();
  printForums();
  printComplaints();
}
