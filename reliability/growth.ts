import { spawn } from 'node:child_process'
import { ADVERSARIAL } from './adversarial.js'
import { ROOT } from './cli.js'
import type { Timing } from './scaling.js'

/** One stage (or regex) on one input: ms per size, growth per 8x step, and a flag when clearly super-linear. */
export interface Growth {
  readonly what: string
  readonly input: string
  readonly ms: (number | null)[]
  readonly ratios: (number | null)[]
  readonly flag: string | null
}

// Below this many milliseconds a step is noise (timer, GC, JIT), not growth.
const FLOOR_MS = 20
// Linear is ~8x per 8x step; 20x means clearly faster (quadratic is 64x).
const LIMIT = 20

/** Ratios between successive sizes and a flag for clearly super-linear growth or a timeout. */
export function growthOf(t: Timing, sizes: readonly number[], timedOut = false): Growth {
  const ms = sizes.map((_, i) => (t.ms[i] === undefined ? null : +t.ms[i].toFixed(2)))
  const ratios = ms.slice(1).map((m, i) => (m === null || ms[i] === null ? null : +(m / Math.max(ms[i]!, 0.05)).toFixed(1)))
  let flag: string | null = null
  ms.slice(1).forEach((m, i) => {
    const r = ratios[i]
    if (m !== null && r !== null && m > FLOOR_MS && r > LIMIT && !flag) flag = `${r}x from ${sizes[i]} to ${sizes[i + 1]} (${ms[i]} -> ${m} ms)`
  })
  if (timedOut && !flag) flag = `did not finish at ${sizes[ms.findIndex((m) => m === null)]} characters within the limit`
  return { what: t.what, input: t.input, ms, ratios, flag }
}

function child(args: string[], timeoutMs: number): Promise<{ ok: boolean; stdout: string }> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, ['--import', 'tsx', 'reliability/scaling-child.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
    let stdout = ''
    c.stdout.on('data', (d) => (stdout += d))
    const timer = setTimeout(() => c.kill('SIGKILL'), timeoutMs)
    c.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ ok: code === 0, stdout })
    })
  })
}

/**
 * Every stage over every input at each size, one child per input (several
 * at once), each size in its own child so a slow size costs only its limit.
 */
export async function stageGrowth(sizes: readonly number[], timeoutMs: number, parallel: number): Promise<{ growth: Growth[]; skipped: string[] }> {
  const inputs = ['news-prose', ...ADVERSARIAL.map((a) => a.name)]
  const jobs = inputs.flatMap((input) => sizes.map((size, i) => ({ input, size, i })))
  const results = new Map<string, { timings: Timing[]; skipped: string[] } | null>()
  let next = 0
  const lane = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]
      const r = await child(['stages', JSON.stringify([job.size]), job.input], timeoutMs)
      results.set(`${job.input}|${job.i}`, r.ok ? JSON.parse(r.stdout) : null)
    }
  }
  await Promise.all(Array.from({ length: parallel }, lane))
  const growth: Growth[] = []
  const skipped = new Set<string>()
  for (const input of inputs) {
    const per = sizes.map((_, i) => results.get(`${input}|${i}`))
    if (per.some((p) => p?.skipped.includes(input))) {
      skipped.add(input)
      continue
    }
    const stages = per.find((p) => p)?.timings.map((t) => t.what) ?? ['text', 'time', 'entities', 'events', 'indicators']
    for (const stage of stages) {
      const ms = per.map((p) => p?.timings.find((t) => t.what === stage)?.ms[0])
      // A size that timed out leaves every stage unknown at that size.
      const known = ms.map((m) => (m === undefined ? undefined : m))
      growth.push(growthOf({ what: stage, input, ms: known.filter((m): m is number => m !== undefined) }, sizes, per.some((p) => p === null)))
    }
  }
  return { growth, skipped: [...skipped] }
}

/** Every regex over every adversarial input at each size, in one child. */
export async function regexGrowth(sizes: readonly number[], timeoutMs: number): Promise<{ growth: Growth[]; completed: boolean; count: number }> {
  const r = await child(['regex', JSON.stringify(sizes)], timeoutMs)
  if (!r.ok) return { growth: [], completed: false, count: 0 }
  const { timings } = JSON.parse(r.stdout) as { timings: Timing[] }
  return { growth: timings.map((t) => growthOf(t, sizes)), completed: true, count: new Set(timings.map((t) => t.what)).size }
}
