/**
 * The stages of `npm run demo`, in the order they run. Each stage reads what the stages before it stored (through
 * the ports) and adds its section to the report. To add a stage, write stages/<name>.ts exporting a `Stage` and
 * list it here.
 *
 * The stage "validate and draft the ASN work plan" (asn-kit/workplan) runs last: it reads the staff and the
 * predikat the stages before it stored, the same competency assessments as the talent stage, and the questionnaires
 * of the satisfaction stage, whose indexes tell it which service units need an open forum.
 */
import type { Stage } from '../stage';
import { absencesStage } from './absences';
import { leaveStage } from './leave';
import { performanceStage } from './performance';
import { retirementStage } from './retirement';
import { rosterStage } from './roster';
import { satisfactionStage } from './satisfaction';
import { talentStage } from './talent';
import { workPlanStage } from './work-plan';

export const STAGES: readonly Stage[] = [rosterStage, leaveStage, performanceStage, talentStage, retirementStage, absencesStage, satisfactionStage, workPlanStage];
