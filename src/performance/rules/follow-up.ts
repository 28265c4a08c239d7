import type { IsoDate, LegalBasis, LocalizedText, RuleRow, RuleTable } from '../../core';
import type { Predikat } from '../predikat';
import { deepFrozen } from '../../core/frozen';

/**
 * One follow-up action tied to a predikat: a reward, a development measure or a sanction.
 *
 * @example
 * ```ts
 * import type { FollowUpAction } from 'asn-kit/performance';
 * const action: FollowUpAction = {
 *   kind: 'development',
 *   text: { id: 'Coaching dan mentoring', en: 'Coaching and mentoring' },
 *   basis: { instrument: 'PermenPANRB 6/2022' },
 * };
 * ```
 */
export interface FollowUpAction {
  /** `reward` (penghargaan), `development` (pengembangan/pembinaan) or `sanction` (sanksi). */
  readonly kind: 'reward' | 'development' | 'sanction';
  /** What follows, in Bahasa Indonesia and English. */
  readonly text: LocalizedText;
  /** The rule that ties it to the predikat. */
  readonly basis: LegalBasis;
}

/**
 * The follow-up actions of one predikat.
 *
 * @example
 * ```ts
 * import { PREDIKAT_FOLLOW_UP, type FollowUpRow } from 'asn-kit/performance';
 * const row: FollowUpRow | undefined = PREDIKAT_FOLLOW_UP.rows[0];
 * row?.predikat; // => 'very-good'
 * ```
 */
export interface FollowUpRow extends RuleRow {
  /** The predikat. */
  readonly predikat: Predikat;
  /** The actions, rewards first. */
  readonly actions: readonly FollowUpAction[];
}

const SINCE = /* @__PURE__ */ deepFrozen({ from: '2022-02-03' as IsoDate });
const FOLLOW_UP: LegalBasis = /* @__PURE__ */ deepFrozen({
  instrument: 'PermenPANRB 6/2022',
  article: 'Pasal 5 huruf d (tindak lanjut: penghargaan dan sanksi)',
  note: 'details of each measure follow instansi rules; articles beyond Pasal 5 not read',
  evidence: 'secondary-source',
});
const CREDIT: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PermenPANRB 1/2023', article: 'Lampiran (persentase angka kredit per predikat)' });
const DISCIPLINE: LegalBasis = /* @__PURE__ */ deepFrozen({ instrument: 'PP 94/2021', note: 'misconduct is examined under the discipline rules' });

function act(kind: FollowUpAction['kind'], id: string, en: string, basis: LegalBasis = FOLLOW_UP): FollowUpAction {
  return { kind, text: { id, en }, basis };
}

/**
 * The follow-up that PermenPANRB 6/2022 (stage d, tindak lanjut) and PermenPANRB 1/2023 tie to each predikat,
 * as data: rewards, development and sanctions.
 *
 * @example
 * ```ts
 * import { PREDIKAT_FOLLOW_UP } from 'asn-kit/performance';
 * PREDIKAT_FOLLOW_UP.rows.find((row) => row.predikat === 'very-poor')?.actions.some((a) => a.kind === 'sanction');
 * // => true
 * ```
 */
export const PREDIKAT_FOLLOW_UP: RuleTable<FollowUpRow> = /* @__PURE__ */ deepFrozen({
  name: 'performance/predikat-follow-up',
  rows: [
    {
      predikat: 'very-good',
      actions: [
        act('reward', 'Penghargaan kinerja dan prioritas pengembangan karier (kelompok rencana suksesi/talent pool)',
          'Performance reward and priority in career development (talent pool)'),
        act('reward', 'Angka kredit jabatan fungsional 150% dari koefisien', 'Functional credit points at 150% of the coefficient', CREDIT),
        act('development', 'Pengembangan kompetensi untuk jabatan yang lebih tinggi', 'Competency development towards a higher position'),
      ],
      basis: FOLLOW_UP,
      effective: SINCE,
    },
    {
      predikat: 'good',
      actions: [
        act('reward', 'Angka kredit jabatan fungsional 100% dari koefisien', 'Functional credit points at 100% of the coefficient', CREDIT),
        act('development', 'Pengembangan kompetensi sesuai rencana pengembangan', 'Competency development as planned'),
      ],
      basis: FOLLOW_UP,
      effective: SINCE,
    },
    {
      predikat: 'needs-improvement',
      actions: [
        act('development', 'Pembinaan kinerja melalui coaching, mentoring dan konseling', 'Performance support through coaching, mentoring and counselling'),
        act('development', 'Rencana perbaikan kinerja yang disepakati dengan pejabat penilai', 'A performance improvement plan agreed with the assessor'),
        act('sanction', 'Angka kredit jabatan fungsional 75% dari koefisien', 'Functional credit points at 75% of the coefficient', CREDIT),
      ],
      basis: FOLLOW_UP,
      effective: SINCE,
    },
    {
      predikat: 'poor',
      actions: [
        act('development', 'Pembinaan perilaku kerja dan konseling', 'Coaching and counselling on work behaviour'),
        act('sanction', 'Pemeriksaan dugaan pelanggaran disiplin bila perilaku di bawah ekspektasi karena pelanggaran (misconduct)',
          'Examination of a suspected discipline breach where the behaviour rating reflects misconduct', DISCIPLINE),
        act('sanction', 'Angka kredit jabatan fungsional 50% dari koefisien', 'Functional credit points at 50% of the coefficient', CREDIT),
      ],
      basis: FOLLOW_UP,
      effective: SINCE,
    },
    {
      predikat: 'very-poor',
      actions: [
        act('development', 'Pembinaan intensif dan rencana perbaikan kinerja', 'Intensive support and a performance improvement plan'),
        act('sanction', 'Sanksi sesuai ketentuan peraturan perundang-undangan, termasuk penundaan kenaikan pangkat/jabatan',
          'Sanctions under the regulations, including deferral of promotion'),
        act('sanction', 'Angka kredit jabatan fungsional 25% dari koefisien', 'Functional credit points at 25% of the coefficient', CREDIT),
      ],
      basis: FOLLOW_UP,
      effective: SINCE,
    },
  ],
});
