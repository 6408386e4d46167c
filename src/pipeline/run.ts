import type { DocumentMeta, Extraction } from '../model/types.js'
import { DEFAULT_STAGES } from './config.js'
import { createContext, type PipelineContext } from './context.js'
import { asStage } from './crash.js'
import type { Stage } from './stage.js'

export interface ProcessInput {
  docId: string
  source: string
  text: string
  meta?: DocumentMeta
  /** Milliseconds the pipeline may spend on this document; past them it throws BudgetExceeded (absent: no limit). */
  budgetMs?: number
}

/** Run every stage over one document and return what it read out. */
export function processDocument(input: ProcessInput, stages: readonly Stage[] = DEFAULT_STAGES): Extraction {
  const ctx = createContext(input)
  runStages(ctx, stages)
  return {
    published: ctx.published,
    language: ctx.language,
    sentences: ctx.sentences,
    times: ctx.times,
    entities: ctx.entities,
    actors: ctx.actors,
    events: ctx.events,
    unassertedEvents: ctx.unassertedEvents,
    indicators: ctx.indicators,
    diagnostics: ctx.diagnostics,
    windowFacts: ctx.firstDays
      ? { firstDays: ctx.firstDays, figuresApart: ctx.figuresApart, ...(ctx.yearsLentIdle.length > 0 ? { yearsLentIdle: ctx.yearsLentIdle } : {}) }
      : null,
  }
}

/** Run the stages in order; what one throws fails the document as a CodeError naming the stage (and rule). */
export function runStages(ctx: PipelineContext, stages: readonly Stage[]): void {
  for (const stage of stages) {
    asStage(stage.name, () => stage.run(ctx))
    ctx.budget?.check(`the ${stage.name} stage`)
  }
}
