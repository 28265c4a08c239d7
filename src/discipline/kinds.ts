/*
 * The kinds the discipline parsers record their output under (see `trustParsed` in core). Kept apart from the parsers
 * so that the rule tables can mark the built-in table as parsed without importing a schema.
 */

/** An employee's attendance log, from `parseAbsenceRecords`. */
export const ABSENCE_RECORDS_KIND = 'discipline/absence-records';

/** An absence tier table, from `parseAbsenceTierTable` (and the built-in `ABSENCE_SANCTION_TIERS`). */
export const ABSENCE_TIER_TABLE_KIND = 'discipline/absence-tier-table';

/** The counts of `absenceSanction`, from `parseAbsenceSanctionParams`. */
export const ABSENCE_SANCTION_PARAMS_KIND = 'discipline/absence-sanction-params';
