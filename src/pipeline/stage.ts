import type { PipelineContext } from './context.js'

/** One step of the pipeline: reads what earlier stages left in the context and adds its own. */
export interface Stage {
  readonly name: string
  run(ctx: PipelineContext): void
}
