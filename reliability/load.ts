import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { ROOT } from './cli.js'

export interface LoadResult {
  readonly requests: number
  readonly concurrency: number
  readonly seconds: number
  readonly perSecond: number
  readonly p50ms: number
  readonly p95ms: number
  readonly p99ms: number
  readonly maxms: number
  /** Non-2xx answers and network errors, by route and status. */
  readonly errors: Record<string, number>
  readonly rssBeforeMiB: number
  readonly rssAfterMiB: number
  readonly routes: string[]
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/**
 * Start the API (its own process, 127.0.0.1, port 0) over `db` and send
 * `total` GET requests, `concurrency` at a time, spread over the read
 * routes (lists, details of ids the lists return, search, stats).
 */
export async function runLoad(db: string, total = 2000, concurrency = 20): Promise<LoadResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'reliability/serve-child.ts', db], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
  const next = async () => JSON.parse((await lines.next()).value as string)
  const rss = async () => {
    child.stdin!.write('rss\n')
    return ((await next()).rss as number) / 2 ** 20
  }
  try {
    const { address } = (await next()) as { address: string }
    if (process.env.DYAD_LOAD_DEBUG) console.error('address', address)
    if (!address.startsWith('http://127.0.0.1:')) throw new Error(`server not on loopback: ${address}`)
    const get = async (path: string) => (await fetch(address + path)).json() as Promise<any>
    const docs = (await get('/api/documents?limit=50')).items ?? []
    const entities = (await get('/api/entities?limit=50')).items ?? []
    const events = (await get('/api/events?limit=50')).items ?? []
    const routes = [
      '/api/health',
      '/api/stats',
      '/api/documents?limit=20',
      '/api/entities?limit=20',
      '/api/entities?q=minister',
      '/api/events?limit=20',
      '/api/events?type=visit',
      '/api/timeline',
      '/api/indicators',
      '/api/conflicts',
      '/api/search?q=trade',
      ...docs.slice(0, 5).map((d: any) => `/api/documents/${d.id}`),
      ...entities.slice(0, 5).map((e: any) => `/api/entities/${encodeURIComponent(e.key ?? e.id)}`),
      ...events.slice(0, 5).map((e: any) => `/api/events/${e.id}`),
      ...events.filter((e: any) => e.cluster?.id).slice(0, 3).map((e: any) => `/api/clusters/${e.cluster.id}`),
    ]
    // Warm up every route once (first-use compilation is not load).
    for (const r of routes) {
      if (process.env.DYAD_LOAD_DEBUG) console.error('warm', r)
      await fetch(address + r).then((res) => res.arrayBuffer())
    }
    const rssBefore = await rss()
    if (process.env.DYAD_LOAD_DEBUG) console.error('rss before', rssBefore)
    const latencies: number[] = []
    const errors: Record<string, number> = {}
    let sent = 0
    const t0 = performance.now()
    const workerLoop = async () => {
      while (sent < total) {
        const route = routes[sent++ % routes.length]
        const s = performance.now()
        try {
          const res = await fetch(address + route)
          await res.arrayBuffer()
          if (res.status < 200 || res.status >= 300) errors[`${res.status} ${route}`] = (errors[`${res.status} ${route}`] ?? 0) + 1
        } catch (error) {
          const key = `network ${route}: ${error instanceof Error ? error.message : String(error)}`
          errors[key] = (errors[key] ?? 0) + 1
        }
        latencies.push(performance.now() - s)
        if (process.env.DYAD_LOAD_DEBUG && latencies.length % 100 === 0) console.error('done', latencies.length)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, workerLoop))
    const seconds = (performance.now() - t0) / 1000
    const rssAfter = await rss()
    latencies.sort((a, b) => a - b)
    return {
      requests: latencies.length,
      concurrency,
      seconds,
      perSecond: latencies.length / seconds,
      p50ms: percentile(latencies, 50),
      p95ms: percentile(latencies, 95),
      p99ms: percentile(latencies, 99),
      maxms: latencies[latencies.length - 1],
      errors,
      rssBeforeMiB: rssBefore,
      rssAfterMiB: rssAfter,
      routes,
    }
  } finally {
    child.stdin!.write('stop\n')
    await new Promise((r) => child.on('exit', r))
  }
}
