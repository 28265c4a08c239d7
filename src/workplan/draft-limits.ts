/*
 * The limits of a drafted plan and of a plan's sessions (internal): what draftAsnWorkPlan counts before it drafts,
 * each refused with the path of the option that makes the draft too big, and the rows validateAsnWorkPlan counts.
 */
import { INPUT_LIMITS, type LocalizedIssue } from '../core';
import { tooManyRows } from '../core/limits';

/** The rows of the sessions of a plan's public-engagement activities. */
export const SESSION_ROWS = { id: 'sesi kegiatan keterlibatan publik', en: 'the sessions of the public-engagement activities' } as const;

/** The issue of an engagement frequency that gives one activity more sessions than a schedule holds. */
export function tooManySessions(): LocalizedIssue {
  const most = String(INPUT_LIMITS.items);
  return {
    path: 'options.engagementFrequency',
    message: {
      id: `Terlalu besar: lebih dari ${most} sesi per kegiatan keterlibatan publik (periode × atLeast)`,
      en: `Too big: more than ${most} sessions per public-engagement activity (periods × atLeast)`,
    },
  };
}

/** The issue of a draft whose lists would hold more than `INPUT_LIMITS.total` items: the sessions drive it. */
export function tooManyDraftRows(): LocalizedIssue {
  return tooManyRows('options.engagementFrequency', { id: `${SESSION_ROWS.id} dan daftar lain`, en: `${SESSION_ROWS.en} and the other lists` });
}
