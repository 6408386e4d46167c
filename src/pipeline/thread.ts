// A worker thread of the extraction pool (pool.ts): runs the pipeline over
// each document it is sent and posts the extraction back. The pipeline's
// resources (gazetteers, NLP model) load once per thread, on first use.
import { parentPort } from 'node:worker_threads'
import { processDocument, type ProcessInput } from './run.js'

const port = parentPort
if (!port) throw new Error('src/pipeline/thread.ts runs as a worker thread (see pool.ts)')
port.on('message', ({ task, input }: { task: number; input: ProcessInput }) => {
  try {
    port.postMessage({ task, extraction: processDocument(input) })
  } catch (error) {
    port.postMessage({ task, error: error instanceof Error ? error.message : String(error) })
  }
})
