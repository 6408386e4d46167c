// Throughput: Dyad's whole pipeline over the replicated seed text, one
// child process per core (each a shard), each stage timed inside the
// pipeline; long and short articles; compromise, wink-nlp and chrono-node
// on the same text as reference points.
import { spawn } from 'node:child_process'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { ChildResult } from './throughput-child.js'

const CHILD = fileURLToPath(new URL('./throughput-child.ts', import.meta.url))
const MB = 1e6

/** Run one child and parse its JSON line. `node` options (e.g. --cpu-prof) go before the script. */
export function runChild(args: readonly string[], nodeOptions: readonly string[] = []): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? ''
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`throughput child ${args.join(' ')} exited with ${code}`))
      else resolve(JSON.parse(last) as ChildResult)
    })
  })
}

export interface Rate {
  readonly documents: number
  readonly megabytes: number
  /** MB per CPU second of the measuring process: the rate of one core. */
  readonly mbPerCoreSecond: number
  readonly docsPerCoreSecond: number
  /** MB per wall second (all processes together, sharing the machine). */
  readonly mbPerWallSecond: number
  readonly docsPerWallSecond: number
  readonly processes: number
  readonly peakRssMb: number
}

export interface StageShare {
  readonly stage: string
  /** Wall seconds inside the stage, summed over processes. */
  readonly wallSeconds: number
  /** Share of the time inside stages. */
  readonly share: number
  /** The pipeline's per-core rate divided by the share: the stage's rate alone, per core. */
  readonly mbPerCoreSecond: number
}

export interface Throughput {
  readonly corpusMb: number
  readonly referenceMb: number
  readonly dyad: Rate
  readonly stages: StageShare[]
  readonly long: Rate
  readonly short: Rate
  readonly references: Record<string, Rate>
}

/** Combine the shards of one measurement. */
export function combine(parts: readonly ChildResult[]): Rate {
  const bytes = parts.reduce((n, p) => n + p.bytes, 0)
  const docs = parts.reduce((n, p) => n + p.documents, 0)
  const cpu = parts.reduce((n, p) => n + p.cpuSeconds, 0)
  const wall = Math.max(...parts.map((p) => p.wallSeconds))
  return {
    documents: docs,
    megabytes: bytes / MB,
    mbPerCoreSecond: bytes / MB / cpu,
    docsPerCoreSecond: docs / cpu,
    mbPerWallSecond: bytes / MB / wall,
    docsPerWallSecond: docs / wall,
    processes: parts.length,
    peakRssMb: Math.max(...parts.map((p) => p.peakRssMb)),
  }
}

function stageShares(parts: readonly ChildResult[]): StageShare[] {
  const perCore = combine(parts).mbPerCoreSecond
  const names = Object.keys(parts[0].stages ?? {})
  const wall = (stage: string) => parts.reduce((n, p) => n + (p.stages?.[stage]?.wallSeconds ?? 0), 0)
  const total = names.reduce((n, s) => n + wall(s), 0)
  return names.map((stage) => ({ stage, wallSeconds: wall(stage), share: wall(stage) / total, mbPerCoreSecond: perCore / (wall(stage) / total) }))
}

/** The whole throughput section: 20 MB (2 MB with quick), references on the first `referenceMb` of the same text. */
export async function throughputBenchmark(options: { quick: boolean; log: (line: string) => void }): Promise<Throughput> {
  const corpusMb = options.quick ? 2 : 20
  const referenceMb = options.quick ? 1 : 4
  const cores = cpus().length
  options.log(`dyad pipeline on ${corpusMb} MB in ${cores} processes`)
  const shards = await Promise.all(Array.from({ length: cores }, (_, k) => runChild(['dyad', String(corpusMb * MB), String(k), String(cores)])))
  const dyad = combine(shards)
  options.log(`dyad: ${dyad.mbPerCoreSecond.toFixed(3)} MB/s per core; long and short articles`)
  const [long, short] = await Promise.all([runChild(['dyad-long', String((corpusMb / 10) * MB)]), runChild(['dyad-short', String((corpusMb / 40) * MB)])])
  options.log(`references on ${referenceMb} MB: compromise, wink-nlp, chrono-node`)
  const references: Record<string, Rate> = {}
  // Two at a time: one per core.
  const [compromise, wink] = await Promise.all([runChild(['compromise', String(referenceMb * MB)]), runChild(['wink', String(referenceMb * MB)])])
  const chrono = await runChild(['chrono', String(referenceMb * MB)])
  references.compromise = combine([compromise])
  references['wink-nlp'] = combine([wink])
  references['chrono-node'] = combine([chrono])
  return { corpusMb, referenceMb, dyad, stages: stageShares(shards), long: combine([long]), short: combine([short]), references }
}
