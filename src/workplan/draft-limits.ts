/*
 * The limits of a drafted plan (internal): what draftAsnWorkPlan checks so that its plan is never refused by the
 * plan's own schema, each refused with the path of what the caller gave that makes it too big.
 */
import { INPUT_LIMITS, type LocalizedIssue } from '../core';
import { tooManyRows } from '../core/limits';
import { deepFrozen } from '../core/frozen';

const DRAFT_ROWS = /* @__PURE__ */ deepFrozen({
  id: 'sesi setiap kegiatan keterlibatan publik dan daftar lain rancangan',
  en: 'the sessions of each public-engagement activity and the other lists of the draft',
});

/** The issue of an engagement frequency that gives one activity more sessions than a schedule holds. */
export function tooManySessions(): LocalizedIssue {
  const most = String(INPUT_LIMITS.items);
  return {
    path: 'options.engagementFrequency',
    message: {
      id: `Terlalu besar: setiap kegiatan keterlibatan publik akan memuat lebih dari ${most} sesi (periode × atLeast)`,
      en: `Too big: each public-engagement activity would hold more than ${most} sessions (periods × atLeast)`,
    },
  };
}

/** The issue of a context that gives the draft more activities than a plan holds. */
export function tooManyActivities(): LocalizedIssue {
  const most = String(INPUT_LIMITS.records);
  return {
    path: 'context',
    message: {
      id: `Terlalu besar: rancangan akan memuat lebih dari ${most} kegiatan (per kompetensi dan unit, per unit, per unit berindeks rendah)`,
      en: `Too big: the draft would hold more than ${most} activities (per competency and unit, per unit, per unit with a low index)`,
    },
  };
}

/** The issue of a draft whose lists would hold more than `INPUT_LIMITS.total` items: the sessions drive it. */
export function tooManyDraftRows(): LocalizedIssue {
  return tooManyRows('options.engagementFrequency', DRAFT_ROWS);
}
