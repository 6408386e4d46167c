/** Rule id of a document the pipeline stopped because it ran past its budget. */
export const BUDGET_RULE = 'pipeline:budget'

/**
 * Milliseconds of pipeline time one document may take by default. The
 * pipeline reads a section of MAX_SECTION_CHARS in about a second on this
 * machine (bench: `--ingest`), so only a pathological text reaches it.
 */
export const DEFAULT_BUDGET_MS = 30_000

/** A document that used up its budget: the rest of an ingest goes on without it. */
export class BudgetExceeded extends Error {
  readonly ruleId = BUDGET_RULE
  constructor(
    readonly source: string,
    readonly limitMs: number,
    /** The stage and recognizer running when the budget ran out. */
    readonly where: string,
  ) {
    super(`${source}: not extracted: over the budget of ${limitMs} ms per document (stopped in ${where}) [${BUDGET_RULE}]`)
    this.name = 'BudgetExceeded'
  }
}

/**
 * A deadline checked between stages, recognizers and refiners. Checks are
 * cooperative: each recognizer is linear in its text, so the overshoot is
 * one recognizer's pass at most.
 */
export interface Budget {
  check(where: string): void
}

/** The budget of one document, counted from now. */
export function startBudget(source: string, limitMs: number): Budget {
  if (!(limitMs >= 0)) throw new Error(`budget must be a number of milliseconds of at least 0, not ${limitMs}`)
  const end = performance.now() + limitMs
  return {
    check(where) {
      if (performance.now() > end) throw new BudgetExceeded(source, limitMs, where)
    },
  }
}
