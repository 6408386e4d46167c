// The API's write thread (see threadWriter in ingest-writer.ts): opens its
// own connection to the store and reads, extracts and stores each POSTed
// body in turn, so none of that runs on the server's event loop.
import { parentPort } from 'node:worker_threads'
import { ingestItems } from '../app/ingest.js'
import { openStore, type Store } from '../app/store.js'
import { bodyItems, type IngestBody } from './ingest-body.js'

type Message = { open: { location: string; budgetMs?: number } } | { id: number; body: IngestBody } | { close: true }

const port = parentPort
if (!port) throw new Error('src/api/ingest-thread.ts runs as a worker thread (see ingest-writer.ts)')
let settings: { location: string; budgetMs?: number } | null = null
let store: Promise<Store> | null = null
// Bodies are handled one at a time, in the order they came.
let queue: Promise<void> = Promise.resolve()

port.on('message', (m: Message) => {
  if ('open' in m) settings = m.open
  else if ('close' in m) queue = queue.then(async () => (store ? (await store).close() : undefined)).finally(() => port.close())
  else queue = queue.then(() => write(m.id, m.body))
})

async function write(id: number, body: IngestBody): Promise<void> {
  try {
    if (!settings) throw new Error('the ingest thread got a body before its store')
    store ??= openStore(settings.location)
    const report = await ingestItems(await store, await bodyItems(body), { budgetMs: settings.budgetMs })
    port!.postMessage({ id, report })
  } catch (error) {
    port!.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
}
