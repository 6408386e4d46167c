// One scale run in its own process (so its peak RSS is its own): ingest N
// generated documents into a fresh SQLite store through the real ingest
// service, in bounded batches (each batch = one ingestItems call, which
// stores every document in its own transaction, then refreshes
// cross-document resolution for what the batch touched).
//   node --import tsx bench/scale-child.ts <documents> <store-file> [batch] [checkpoints.jsonl]
// Prints one JSON line (ScaleResult) on stdout.
import { appendFileSync, rmSync } from 'node:fs'
import { ingestItems } from '../src/app/ingest.js'
import type { IngestItem } from '../src/ingest/read.js'
import { processDocument, type ProcessInput } from '../src/pipeline/run.js'
import { openStore } from '../src/store/open.js'
import { generateDocs } from './generate.js'
import { cpuSeconds, peakRssMb, rssMb } from './machine.js'

export interface ScaleCheckpoint {
  /** Documents stored so far. */
  readonly documents: number
  readonly rssMb: number
  readonly peakRssMb: number
  /** Over the last window of batches: CPU milliseconds per document, split. */
  readonly cpuMsPerDoc: number
  readonly pipelineMsPerDoc: number
  readonly resolveMsPerDoc: number
  readonly wallMsPerDoc: number
}

export interface ScaleResult {
  /** Documents stored (fewer than asked when the run was stopped). */
  readonly documents: number
  /** Set when SIGTERM (the time budget) stopped the run early: figures cover the documents stored. */
  readonly interrupted?: boolean
  readonly batch: number
  readonly failures: number
  readonly peakRssMb: number
  readonly wallSeconds: number
  readonly cpuSeconds: number
  /** CPU milliseconds per document over the whole run (the figure compared across sizes). */
  readonly cpuMsPerDoc: number
  readonly wallMsPerDoc: number
  /** Shares of the wall time: extraction, storing (the rest of ingestItems) and cross-document resolution. */
  readonly pipelineMsPerDoc: number
  readonly storeMsPerDoc: number
  readonly resolveMsPerDoc: number
  readonly checkpoints: readonly ScaleCheckpoint[]
}

/** Ingest `total` generated documents; returns the measurements. */
export async function runScale(total: number, file: string, batch = 250, log?: string): Promise<ScaleResult> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
  const store = await openStore(file)
  let pipelineMs = 0
  let resolveMs = 0
  let failures = 0
  const extract = (input: ProcessInput) => {
    const t = performance.now()
    const x = processDocument(input)
    pipelineMs += performance.now() - t
    return x
  }
  const checkpoints: ScaleCheckpoint[] = []
  const every = Math.max(batch, Math.floor(total / 20))
  let window = { docs: 0, wall: performance.now(), cpu: cpuSeconds(), pipeline: 0, resolve: 0 }
  const wall0 = performance.now()
  const cpu0 = cpuSeconds()
  // A time budget ends the run between batches; what was stored is reported.
  let stop = false
  process.once('SIGTERM', () => (stop = true))
  let stored = 0
  for (let from = 0; from < total && !stop; from += batch) {
    const to = Math.min(total, from + batch)
    const items: IngestItem[] = [...generateDocs(from, to)].map((d) => ({ ok: true, doc: { source: d.source, text: d.text, meta: {}, diagnostics: [] } }))
    let resolveStart = 0
    const report = await ingestItems(store, items, {
      process: extract,
      onProgress: (p) => {
        if (p.phase === 'resolve') resolveStart = performance.now()
      },
    })
    if (resolveStart) resolveMs += performance.now() - resolveStart
    failures += report.failures.length
    stored = to
    if (to - window.docs >= every || to === total) {
      const n = to - window.docs
      const now = performance.now()
      const cpu = cpuSeconds()
      const point: ScaleCheckpoint = {
        documents: to,
        rssMb: rssMb(),
        peakRssMb: peakRssMb(),
        cpuMsPerDoc: ((cpu - window.cpu) * 1000) / n,
        pipelineMsPerDoc: (pipelineMs - window.pipeline) / n,
        resolveMsPerDoc: (resolveMs - window.resolve) / n,
        wallMsPerDoc: (now - window.wall) / n,
      }
      checkpoints.push(point)
      if (log) appendFileSync(log, `${JSON.stringify(point)}\n`)
      window = { docs: to, wall: now, cpu, pipeline: pipelineMs, resolve: resolveMs }
    }
  }
  const wall = performance.now() - wall0
  const cpu = cpuSeconds() - cpu0
  await store.close()
  return {
    documents: stored,
    ...(stored < total ? { interrupted: true } : {}),
    batch,
    failures,
    peakRssMb: peakRssMb(),
    wallSeconds: wall / 1000,
    cpuSeconds: cpu,
    cpuMsPerDoc: (cpu * 1000) / stored,
    wallMsPerDoc: wall / stored,
    pipelineMsPerDoc: pipelineMs / stored,
    storeMsPerDoc: (wall - pipelineMs - resolveMs) / stored,
    resolveMsPerDoc: resolveMs / stored,
    checkpoints,
  }
}

if (process.argv[1]?.endsWith('scale-child.ts')) {
  const [total, file, batch, log] = process.argv.slice(2)
  runScale(Number(total), file, batch ? Number(batch) : undefined, log).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`))
}
