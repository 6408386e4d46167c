import { BudgetExceeded } from './budget.js'

/** Rule ids of Dyad's own failures start so: a bug to report, not a bad article. */
export const CODE_ERROR_PREFIX = 'bug:'

/**
 * A recognizer, refiner or stage threw: broken code, not bad input (content
 * problems are diagnostics). The message and `ruleId` (`bug:<stage>/<rule>`)
 * name where, so an ingest reports it as a bug in Dyad, never as a failed
 * file of the reader's kind.
 */
export class CodeError extends Error {
  readonly ruleId: string
  constructor(
    readonly stage: string | null,
    /** The recognizer or refiner that threw, or null when the stage itself did. */
    readonly rule: string | null,
    readonly causeMessage: string,
  ) {
    const where = `${stage ? `the ${stage} stage` : 'the pipeline'}${rule ? `, rule ${rule}` : ''}`
    super(`a bug in Dyad, not a problem with this document: ${where} threw "${causeMessage}" (please report it with the document)`)
    this.name = 'CodeError'
    this.ruleId = `${CODE_ERROR_PREFIX}${stage ?? 'pipeline'}${rule ? `/${rule}` : ''}`
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Run one rule; what it throws becomes a CodeError naming it (a budget running out passes as it is). */
export function asRule<T>(rule: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof BudgetExceeded || error instanceof CodeError) throw error
    throw new CodeError(null, rule, messageOf(error))
  }
}

/** Run one stage; a CodeError from one of its rules gets the stage's name, anything else it throws becomes one. */
export function asStage(stage: string, run: () => void): void {
  try {
    run()
  } catch (error) {
    if (error instanceof BudgetExceeded) throw error
    if (error instanceof CodeError) throw error.stage ? error : new CodeError(stage, error.rule, error.causeMessage)
    throw new CodeError(stage, null, messageOf(error))
  }
}
