import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { generateDocs } from '../bench/generate.js'
import { openStore } from '../src/store/open.js'
import { ROOT } from './cli.js'

export interface IngestLoadResult {
  readonly requests: number
  /** Distinct documents among them (the rest are the same texts sent again). */
  readonly distinct: number
  readonly concurrency: number
  readonly seconds: number
  readonly perSecond: number
  readonly p50ms: number
  readonly p95ms: number
  readonly maxms: number
  /** Answers other than 201 (new) or 200 (unchanged), and network errors, by kind. */
  readonly errors: Record<string, number>
  /** Documents in the store afterwards, by the API's own count. */
  readonly stored: number
  /** Events left without a cluster (resolution missed them): must be 0. */
  readonly unresolvedEvents: number
}

const TOKEN = 'reliability-load-token'
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/**
 * Start the API (its own process, 127.0.0.1, DYAD_TOKEN set) over an empty
 * store and POST `distinct` generated articles, each sent twice, in a
 * shuffled order, `concurrency` at a time; then check the store holds each
 * article exactly once, every event clustered.
 */
export async function runIngestLoad(db: string, distinct = 200, concurrency = 8): Promise<IngestLoadResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'reliability/serve-child.ts', db], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, DYAD_TOKEN: TOKEN },
  })
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
  try {
    const { address } = JSON.parse((await lines.next()).value as string) as { address: string }
    if (!address.startsWith('http://127.0.0.1:')) throw new Error(`server not on loopback: ${address}`)
    const docs = [...generateDocs(0, distinct)]
    // Every article twice, the copies spread through the run (a fixed shuffle).
    const order = [...docs, ...docs].map((d, n) => ({ d, k: (n * 7919) % (2 * distinct) })).sort((a, b) => a.k - b.k).map((x) => x.d)
    const latencies: number[] = []
    const errors: Record<string, number> = {}
    let sent = 0
    const t0 = performance.now()
    const loop = async () => {
      while (sent < order.length) {
        const doc = order[sent++]
        const s = performance.now()
        try {
          const res = await fetch(`${address}/api/ingest`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
            body: JSON.stringify({ text: doc.text }),
          })
          await res.arrayBuffer()
          if (res.status !== 201 && res.status !== 200) errors[`status ${res.status}`] = (errors[`status ${res.status}`] ?? 0) + 1
        } catch (error) {
          const key = `network: ${error instanceof Error ? error.message : String(error)}`
          errors[key] = (errors[key] ?? 0) + 1
        }
        latencies.push(performance.now() - s)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, loop))
    const seconds = (performance.now() - t0) / 1000
    const stats = (await (await fetch(`${address}/api/stats`)).json()) as { counts: { documents: number } }
    const store = await openStore(db)
    const unclustered = await store.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('cluster', 'is', null).executeTakeFirstOrThrow()
    await store.close()
    latencies.sort((a, b) => a - b)
    return {
      requests: latencies.length,
      distinct,
      concurrency,
      seconds,
      perSecond: latencies.length / seconds,
      p50ms: percentile(latencies, 50),
      p95ms: percentile(latencies, 95),
      maxms: latencies[latencies.length - 1],
      errors,
      stored: stats.counts.documents,
      unresolvedEvents: Number(unclustered.n),
    }
  } finally {
    child.stdin!.write('stop\n')
    await new Promise((r) => child.on('exit', r))
  }
}
