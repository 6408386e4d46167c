import { entityStage } from '../../src/entities/stage.js'
import type { Entity, EntityMention } from '../../src/model/types.js'
import { createContext, type PipelineContext } from '../../src/pipeline/context.js'
import { runStages } from '../../src/pipeline/run.js'
import { textStage } from '../../src/text/stage.js'

/** Run the text and entities stages over a sentence of the test's own. */
export function read(text: string, docId = 'doc1'): PipelineContext {
  const ctx = createContext({ docId, source: `${docId}.txt`, text })
  runStages(ctx, [textStage, entityStage])
  return ctx
}

/** The actor with this key, or undefined. */
export function actor(ctx: PipelineContext, key: string): Entity | undefined {
  return ctx.actors.find((a) => a.key === key)
}

/** Mentions as "text=key" strings, in text order. */
export function mentions(ctx: PipelineContext, type?: string): string[] {
  return ctx.entities.filter((m: EntityMention) => !type || m.type === type).map((m) => `${m.text}=${m.key}`)
}
