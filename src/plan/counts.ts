/** Counts over a Plan that the CLI, the evaluation, the page and the benchmark all report. */
import type { Plan } from './schema';

/** Number of clauses across all of a plan's sections. */
export function clauseCount(plan: Pick<Plan, 'sections'>): number {
  return plan.sections.reduce((n, s) => n + s.clauses.length, 0);
}
