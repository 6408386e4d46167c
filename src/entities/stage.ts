import type { Stage } from '../pipeline/stage.js'
import { recognize, refine } from '../pipeline/recognizer.js'
import type { Candidate } from './candidate.js'
import { buildActors, toMentions } from './actors.js'
import { ENTITY_READERS, ENTITY_RECOGNIZERS, ENTITY_REFINERS } from './config.js'
import { readSegments } from './readers/reader.js'
import { scanDocument } from './scan/document.js'

/**
 * The entities stage: one scan of the words into capitalized phrases, the
 * readers and recognizers of config.ts, then the refiners; fills
 * ctx.entities (mentions in text order) and ctx.actors (one per entity).
 */
export const entityStage: Stage = {
  name: 'entities',
  run(ctx) {
    const scan = scanDocument(ctx)
    const candidates: Candidate[] = [...readSegments(ctx, scan, ENTITY_READERS), ...recognize(ctx, ENTITY_RECOGNIZERS)]
    const results = refine(ctx, ENTITY_REFINERS, candidates)
    ctx.entities = toMentions(results)
    ctx.actors = buildActors(ctx, results, ctx.entities)
    ctx.debug(() => `entities: ${ctx.entities.length} mentions, ${ctx.actors.length} actors`)
  },
}
