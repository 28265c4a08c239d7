/*
 * The kinds the competency parsers record their output under (see `trustParsed` in core), kept apart from the
 * parsers so that a file can name a kind without importing a schema.
 */

/** Competency levels, from `parseCompetencyLevels` (and the levels inside a parsed assessment). */
export const LEVELS_KIND = 'competency/levels';

/** An assessment result, from `parseAssessment`. */
export const ASSESSMENT_KIND = 'competency/assessment';

/** One person of a talent pool, from `parseTalentEntry`. */
export const TALENT_ENTRY_KIND = 'competency/talent-entry';

/** A development activity, from `parseDevelopmentActivity`. */
export const DEVELOPMENT_ACTIVITY_KIND = 'competency/development-activity';

/** A technical competency definition as given, from `parseTechnicalCompetency`. */
export const TECHNICAL_COMPETENCY_KIND = 'competency/technical-competency';

/** A competency definition in the dictionary's shape, from `defineCompetency`. */
export const DEFINITION_KIND = 'competency/definition';

/** A roster member of `trainingNeeds`, from `parseRosterMember`. */
export const ROSTER_MEMBER_KIND = 'competency/roster-member';

/** A training catalogue entry, from `parseCatalogueEntry`. */
export const CATALOGUE_ENTRY_KIND = 'competency/catalogue-entry';

/** A shortfall of `developmentNeeds`, from `parseShortfall`. */
export const SHORTFALL_KIND = 'competency/shortfall';

/** An employee parsed by `parseEmployee` of the employee module: the employee module's own constant. */
export { EMPLOYEE_KIND } from '../employee/parse-employee';

/** The invalid-input code of the module. */
export const INVALID_INPUT = 'competency/invalid-input';
