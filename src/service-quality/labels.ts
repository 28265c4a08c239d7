import type { LocalizedText } from '../core';
import type { ComplaintStatus } from './track-complaints';
import type { FeedbackChannel, FeedbackKind, ForumKind } from './schemas';
import { deepFrozen } from '../core/frozen';

/**
 * The labels of the feedback channels, in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * import { FEEDBACK_CHANNEL_LABELS } from 'asn-kit/service-quality';
 * FEEDBACK_CHANNEL_LABELS['suggestion-box'].id; // => 'Kotak saran'
 * ```
 */
export const FEEDBACK_CHANNEL_LABELS: Readonly<Record<FeedbackChannel, LocalizedText>> = /* @__PURE__ */ deepFrozen({
  forum: { id: 'Forum', en: 'Forum' },
  lapor: { id: 'SP4N-LAPOR!', en: 'SP4N-LAPOR!' },
  'in-person': { id: 'Datang langsung', en: 'In person' },
  phone: { id: 'Telepon', en: 'Phone' },
  sms: { id: 'SMS', en: 'SMS' },
  whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
  email: { id: 'Surel', en: 'Email' },
  website: { id: 'Situs web', en: 'Website' },
  'social-media': { id: 'Media sosial', en: 'Social media' },
  'suggestion-box': { id: 'Kotak saran', en: 'Suggestion box' },
  letter: { id: 'Surat', en: 'Letter' },
  other: { id: 'Lainnya', en: 'Other' },
});

/**
 * The labels of the kinds of feedback.
 *
 * @example
 * ```ts
 * import { FEEDBACK_KIND_LABELS } from 'asn-kit/service-quality';
 * FEEDBACK_KIND_LABELS.complaint.id; // => 'Pengaduan'
 * ```
 */
export const FEEDBACK_KIND_LABELS: Readonly<Record<FeedbackKind, LocalizedText>> = /* @__PURE__ */ deepFrozen({
  complaint: { id: 'Pengaduan', en: 'Complaint' },
  suggestion: { id: 'Saran', en: 'Suggestion' },
  appreciation: { id: 'Apresiasi', en: 'Appreciation' },
  question: { id: 'Pertanyaan', en: 'Question' },
});

/**
 * The labels of the kinds of forum.
 *
 * @example
 * ```ts
 * import { FORUM_KIND_LABELS } from 'asn-kit/service-quality';
 * FORUM_KIND_LABELS['open-forum'].id; // => 'Forum diskusi terbuka'
 * ```
 */
export const FORUM_KIND_LABELS: Readonly<Record<ForumKind, LocalizedText>> = /* @__PURE__ */ deepFrozen({
  dialogue: { id: 'Sesi dialog', en: 'Dialogue session' },
  'open-forum': { id: 'Forum diskusi terbuka', en: 'Open forum' },
});

/**
 * The labels of the complaint statuses.
 *
 * @example
 * ```ts
 * import { COMPLAINT_STATUS_LABELS } from 'asn-kit/service-quality';
 * COMPLAINT_STATUS_LABELS.overdue.id; // => 'Melewati batas waktu'
 * ```
 */
export const COMPLAINT_STATUS_LABELS: Readonly<Record<ComplaintStatus, LocalizedText>> = /* @__PURE__ */ deepFrozen({
  open: { id: 'Dalam proses', en: 'Open' },
  overdue: { id: 'Melewati batas waktu', en: 'Overdue' },
  'closed-on-time': { id: 'Selesai tepat waktu', en: 'Closed on time' },
  'closed-late': { id: 'Selesai terlambat', en: 'Closed late' },
});
