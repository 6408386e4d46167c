// Memory and cost growth: one child process per store size (so each peak
// RSS is its own), sequentially, each ingesting generated documents into a
// fresh SQLite store.
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ScaleResult } from './scale-child.js'

const CHILD = fileURLToPath(new URL('./scale-child.ts', import.meta.url))

/** Run one child; its last stdout line is the ScaleResult. */
export function runScaleChild(documents: number, batch: number, log?: string, budgetMinutes?: number): Promise<ScaleResult> {
  const dir = join(tmpdir(), `dyad-bench-scale-${process.pid}`)
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `store-${documents}.db`)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, String(documents), file, String(batch), ...(log ? [log] : [])], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    // Past the budget the child stops between batches and reports what it stored.
    const timer = budgetMinutes ? setTimeout(() => child.kill('SIGTERM'), budgetMinutes * 60_000) : null
    child.stdout.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('close', (code) => {
      if (timer) clearTimeout(timer)
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
      const last = out.trim().split('\n').pop() ?? ''
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`scale child for ${documents} documents exited with ${code}`))
      else resolve(JSON.parse(last) as ScaleResult)
    })
  })
}

/** Growth ratios of the largest run against the one ten times smaller. */
export function growth(runs: readonly ScaleResult[]): { from: number; to: number; peakRss: number; cpuPerDoc: number; wallPerDoc: number }[] {
  const sorted = [...runs].sort((a, b) => a.documents - b.documents)
  return sorted.slice(1).map((r, i) => {
    const p = sorted[i]
    return { from: p.documents, to: r.documents, peakRss: r.peakRssMb / p.peakRssMb, cpuPerDoc: r.cpuMsPerDoc / p.cpuMsPerDoc, wallPerDoc: r.wallMsPerDoc / p.wallMsPerDoc }
  })
}

/** Run each size in its own child, smallest first, reporting as it goes. */
export async function scaleBenchmark(sizes: readonly number[], batch: number, logDir?: string, onResult?: (r: ScaleResult) => void, budgetMinutes?: number): Promise<ScaleResult[]> {
  const out: ScaleResult[] = []
  for (const n of [...sizes].sort((a, b) => a - b)) {
    const r = await runScaleChild(n, batch, logDir ? join(logDir, `scale-${n}.jsonl`) : undefined, budgetMinutes)
    out.push(r)
    onResult?.(r)
  }
  return out
}
