import { DEFAULT_STAGES } from '../../src/pipeline/config.js'
import { createContext, type PipelineContext } from '../../src/pipeline/context.js'
import { runStages } from '../../src/pipeline/run.js'

/**
 * A context for `text` with every stage before `stage` already run, as the
 * pipeline would hand it over (recognizers of later stages read what
 * earlier ones left).
 */
export function contextBefore(stage: string, text: string, meta = {}): PipelineContext {
  const ctx = createContext({ docId: 'dprop', source: 'prop.txt', text, meta, debug: false })
  const at = DEFAULT_STAGES.findIndex((s) => s.name === stage)
  if (at < 0) throw new Error(`no stage ${stage}`)
  runStages(ctx, DEFAULT_STAGES.slice(0, at))
  return ctx
}
