// Scale-out on PostgreSQL: the same batch of generated documents processed
// by 1 and by 2 worker processes (pg-boss jobs), each on a fresh database.
// Throughput runs from the first job started to the last job completed (as
// pg-boss records them), so process start-up is left out.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { openStore } from '../src/store/open.js'
import { contentHash } from '../src/util/ids.js'
import { enqueueDocuments, openQueue } from '../src/worker/index.js'
import { generateDocs } from './generate.js'

const CHILD = fileURLToPath(new URL('./worker-child.ts', import.meta.url))

export interface WorkerRun {
  readonly workers: number
  readonly documents: number
  readonly seconds: number
  readonly docsPerSecond: number
  /** CPU seconds of each worker process while it worked. */
  readonly cpuSeconds: number[]
  readonly jobsDone: number[]
  readonly failedAttempts: number
  /** Documents stored, distinct content hashes among them, and jobs not completed. */
  readonly stored: number
  readonly distinct: number
  readonly missing: number
  readonly notCompleted: number
}

export interface WorkerBenchmark {
  readonly documents: number
  readonly runs: WorkerRun[]
  /** 2 workers against 1, median throughput of each (target: at least 1.7). */
  readonly speedup: number | null
}

async function admin<T>(base: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: base })
  await c.connect()
  try {
    return await run(c)
  } finally {
    await c.end()
  }
}

function spawnWorker(url: string): Promise<{ done: number; failed: number; cpuSeconds: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, url], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? ''
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`worker exited with ${code}`))
      else resolve(JSON.parse(last))
    })
  })
}

/** One run: fresh database, enqueue, start `workers` processes, wait, check. */
async function runWorkers(base: string, workers: number, documents: number): Promise<WorkerRun> {
  const name = `dyad_bench_w${workers}_${process.pid}`
  await admin(base, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`)
    await c.query(`create database ${name}`)
  })
  const url = new URL(base)
  url.pathname = `/${name}`
  const target = url.toString()
  try {
    const store = await openStore(target)
    await store.close()
    const boss = await openQueue(target, { retryDelay: 1 }, { supervise: false })
    const docs = [...generateDocs(0, documents)].map((d) => ({ source: d.source, text: d.text, meta: {}, diagnostics: [] }))
    await enqueueDocuments(boss, docs)
    const results = await Promise.all(Array.from({ length: workers }, () => spawnWorker(target)))
    const { rows } = await boss.getDb().executeSql(
      `select extract(epoch from max(completed_on) - min(started_on))::float as seconds, count(*) filter (where state <> 'completed')::int as open from pgboss.job where name = 'dyad-ingest'`,
      [],
    )
    await boss.stop({ graceful: false, wait: true })
    const check = await openStore(target)
    const stored = await check.db.selectFrom('documents').select('hash').execute()
    await check.close()
    const hashes = new Set(stored.map((r) => r.hash))
    const seconds = rows[0].seconds as number
    return {
      workers,
      documents,
      seconds,
      docsPerSecond: documents / seconds,
      cpuSeconds: results.map((r) => r.cpuSeconds),
      jobsDone: results.map((r) => r.done),
      failedAttempts: results.reduce((n, r) => n + r.failed, 0),
      stored: stored.length,
      distinct: hashes.size,
      missing: docs.filter((d) => !hashes.has(contentHash(d.text))).length,
      notCompleted: rows[0].open as number,
    }
  } finally {
    await admin(base, (c) => c.query(`drop database if exists ${name} with (force)`))
  }
}

/**
 * 1 worker, then 2 workers, on the same generated batch, `rounds` times in
 * turn (the database server shares the machine, and a single run of one
 * configuration varies by a tenth or more); the speed-up compares the
 * median throughputs.
 */
export async function workerBenchmark(base: string, documents: number, log: (line: string) => void, rounds = 3): Promise<WorkerBenchmark> {
  const runs: WorkerRun[] = []
  for (let round = 1; round <= rounds; round++) {
    for (const workers of [1, 2]) {
      log(`workers: ${workers} process(es) on ${documents} documents (round ${round} of ${rounds})`)
      const r = await runWorkers(base, workers, documents)
      log(`workers: ${workers}: ${r.docsPerSecond.toFixed(2)} documents/s, ${r.stored} stored, ${r.missing} missing`)
      runs.push(r)
    }
  }
  const median = (workers: number) => {
    const xs = runs.filter((r) => r.workers === workers).map((r) => r.docsPerSecond).sort((a, b) => a - b)
    return xs[Math.floor(xs.length / 2)]
  }
  return { documents, runs, speedup: median(2) / median(1) }
}
