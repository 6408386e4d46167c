import type { Worker } from 'node:worker_threads'
import { ingestItems, type IngestReport } from '../app/ingest.js'
import type { Store } from '../app/store.js'
import { startThread } from '../util/thread.js'
import { bodyItems, type IngestBody } from './ingest-body.js'

/** Reads and stores one POSTed body; the route turns the report into a response. */
export interface IngestWriter {
  write(body: IngestBody): Promise<IngestReport>
  close(): Promise<void>
}

/**
 * Reading, extraction and storing in the server's own thread: for a store
 * only this thread can open (in memory) and for tests. A long document holds
 * every request meanwhile; `dyad serve` uses threadWriter.
 */
export function inlineWriter(store: Store, budgetMs?: number): IngestWriter {
  return {
    write: async (body) => ingestItems(store, await bodyItems(body), { budgetMs }),
    close: async () => {},
  }
}

/**
 * Writes off the event loop: one worker thread (ingest-thread.ts) opens its
 * own connection to the store at `location` and handles the bodies one at a
 * time, in order. The server's thread keeps answering reads while a
 * document is extracted or a write waits for the store's lock (SQLite's
 * busy wait blocks the thread that waits).
 */
export function threadWriter(location: string, budgetMs?: number): IngestWriter {
  const waiting = new Map<number, { resolve: (r: IngestReport) => void; reject: (e: Error) => void }>()
  let next = 0
  let thread: Worker | null = null
  const open = (): Worker => {
    if (thread) return thread
    const worker = startThread(import.meta.url, 'ingest-thread')
    worker.postMessage({ open: { location, budgetMs } })
    worker.on('message', (m: { id: number; report?: IngestReport; error?: string }) => {
      const call = waiting.get(m.id)
      waiting.delete(m.id)
      if (m.error !== undefined) call?.reject(new Error(m.error))
      else call?.resolve(m.report!)
    })
    // A thread that dies fails what it holds; the next request starts another.
    const lost = (error: Error) => {
      thread = null
      for (const call of waiting.values()) call.reject(error)
      waiting.clear()
    }
    worker.on('error', (error) => lost(new Error(`ingest thread failed: ${error.message}`)))
    worker.on('exit', (code) => thread === worker && lost(new Error(`ingest thread exited with code ${code}`)))
    thread = worker
    return worker
  }
  return {
    write(body) {
      const id = next++
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        open().postMessage({ id, body })
      })
    },
    async close() {
      const worker = thread
      thread = null
      if (!worker) return
      // The thread finishes the body it holds, closes its store and exits.
      const exited = new Promise((resolve) => worker.once('exit', resolve))
      worker.postMessage({ close: true })
      const timer = setTimeout(() => void worker.terminate(), 30_000)
      await exited
      clearTimeout(timer)
    },
  }
}
