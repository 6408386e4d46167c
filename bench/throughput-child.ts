// One throughput measurement in its own process (one core):
//   node --import tsx bench/throughput-child.ts <system> <bytes> [shard shards]
// system: dyad | dyad-plain | dyad-long | dyad-short | compromise | wink | chrono.
// Prints one JSON line (ChildResult). CPU seconds are this process's own, so
// rates per core hold even when other work shares the machine.
import { DEFAULT_STAGES } from '../src/pipeline/config.js'
import { processDocument } from '../src/pipeline/run.js'
import type { Stage } from '../src/pipeline/stage.js'
import { longArticle, replicated, seedTexts, shortArticles, type BenchDoc } from './corpus.js'
import { cpuSeconds, peakRssMb } from './machine.js'

export interface StageTime {
  readonly wallSeconds: number
}

export interface ChildResult {
  readonly system: string
  readonly documents: number
  readonly bytes: number
  readonly cpuSeconds: number
  readonly wallSeconds: number
  readonly peakRssMb: number
  /** Dyad only: time inside each stage, summed over the documents. */
  readonly stages?: Record<string, StageTime>
}

/**
 * The pipeline's stages, each timed as it runs inside processDocument. Wall
 * clock only: process.cpuUsage() per stage costs a system call that showed
 * up as a fifth of the profile. The process's CPU time is read once around
 * the whole run; stage shares are shares of the wall time inside stages.
 */
function timedStages(into: Record<string, { wall: number }>): Stage[] {
  return DEFAULT_STAGES.map((stage) => {
    const slot = (into[stage.name] = { wall: 0 })
    return {
      name: stage.name,
      run(ctx) {
        const t = performance.now()
        stage.run(ctx)
        slot.wall += performance.now() - t
      },
    }
  })
}

/** The libraries are loaded only by the child that measures them (startup and memory stay out of Dyad's figures). */
async function systemRunner(system: string, stageTimes: Record<string, { wall: number }>): Promise<(doc: BenchDoc) => void> {
  // The plain pipeline, untimed (for profiles).
  if (system === 'dyad-plain') return (doc) => void processDocument({ docId: doc.id, source: `${doc.id}.txt`, text: doc.text })
  if (system.startsWith('dyad')) {
    const stages = timedStages(stageTimes)
    return (doc) => void processDocument({ docId: doc.id, source: `${doc.id}.txt`, text: doc.text }, stages)
  }
  if (system === 'compromise') {
    const nlp = (await import('compromise')).default
    return (doc) => {
      const d = nlp(doc.text)
      d.people().out('array')
      d.places().out('array')
      d.organizations().out('array')
    }
  }
  if (system === 'wink') {
    const winkNLP = (await import('wink-nlp')).default
    const model = (await import('wink-eng-lite-web-model')).default
    const wink = winkNLP(model as any)
    return (doc) => void wink.readDoc(doc.text).entities().out(wink.its.detail)
  }
  if (system === 'chrono') {
    const chrono = await import('chrono-node')
    return (doc) => void chrono.parse(doc.text, new Date('2024-11-04T12:00:00Z'))
  }
  throw new Error(`unknown system ${system}`)
}

function documentsFor(system: string, bytes: number, shard: number, shards: number): BenchDoc[] {
  if (system === 'dyad-long') return Array.from({ length: Math.max(1, Math.round(bytes / Buffer.byteLength(longArticle().text))) }, () => longArticle())
  if (system === 'dyad-short') {
    const shorts = shortArticles()
    const per = shorts.reduce((n, d) => n + Buffer.byteLength(d.text), 0)
    return Array.from({ length: Math.max(1, Math.round(bytes / per)) }, () => shorts).flat()
  }
  return replicated(bytes, shard, shards)
}

/** Measure one system over its documents, after a warm-up on the seed articles. */
export async function measure(system: string, bytes: number, shard = 0, shards = 1): Promise<ChildResult> {
  const stageTimes: Record<string, { wall: number }> = {}
  const run = await systemRunner(system, stageTimes)
  for (const [i, text] of seedTexts().entries()) run({ id: `warm${i}`, text })
  // Reset in place: the timed stages hold these very objects.
  for (const slot of Object.values(stageTimes)) Object.assign(slot, { wall: 0 })
  const docs = documentsFor(system, bytes, shard, shards)
  const c0 = cpuSeconds()
  const t0 = performance.now()
  let total = 0
  for (const doc of docs) {
    run(doc)
    total += Buffer.byteLength(doc.text)
  }
  const wall = (performance.now() - t0) / 1000
  const cpu = cpuSeconds() - c0
  const stages = Object.keys(stageTimes).length > 0 ? Object.fromEntries(Object.entries(stageTimes).map(([k, v]) => [k, { wallSeconds: v.wall / 1000 }])) : undefined
  return { system, documents: docs.length, bytes: total, cpuSeconds: cpu, wallSeconds: wall, peakRssMb: peakRssMb(), stages }
}

if (process.argv[1]?.endsWith('throughput-child.ts')) {
  const [system, bytes, shard, shards] = process.argv.slice(2)
  measure(system, Number(bytes), Number(shard ?? 0), Number(shards ?? 1)).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`))
}
