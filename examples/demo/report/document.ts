/** What the writers get: the sections of every stage and the facts of the run. */
import type { Section } from '../stage';

/** A finished run of the demo. */
export interface DemoReport {
  readonly seed: number;
  readonly employees: number;
  readonly year: number;
  readonly sections: readonly Section[];
}
