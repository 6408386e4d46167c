// A worker thread of the extraction pool (extract-pool.ts): runs extractOne
// on each document it is sent and posts the result back. The pipeline's
// resources (gazetteers, NLP model) load once per thread, on first use.
import { parentPort } from 'node:worker_threads'
import { extractOne } from './extract-one.js'
import type { ExtractInput } from './extract-pool.js'

const port = parentPort
if (!port) throw new Error('src/app/extract-thread.ts runs as a worker thread (see extract-pool.ts)')
port.on('message', ({ task, input }: { task: number; input: ExtractInput }) => {
  const result = extractOne(input)
  // The rule id (the pipeline's budget) crosses the thread with the message.
  if (result instanceof Error) port.postMessage({ task, error: result.message, ruleId: (result as { ruleId?: string }).ruleId })
  else if ('refusedLanguage' in result) port.postMessage({ task, refusedLanguage: result.refusedLanguage })
  else port.postMessage({ task, extraction: result })
})
