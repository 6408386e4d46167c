// The three inputs issue 20 asks to ingest in under 5 s each, through the
// built CLI as a user runs it (`dyad ingest`, SQLite store; default threads and one):
// a 6.5 KB text where a label word is followed by a long run of blanks (once
// cubic in document dating: 49 s), 200,000 nested divs (once quadratic in
// the HTML parser: 25 s) and a 2 MB plain text made of real-length articles
// one after another (once 20 s: split into sections of 200,000 characters,
// each its own document), beside an ordinary short article (what start-up
// alone costs). Wall and CPU time, since the machine may be shared: each
// run `repeat` times (best and median), and the pipeline alone over the
// long text's sections in this process (what start-up and the store do not cost).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { articleDir, articleTexts, EVAL_TEXTS, runIngest, type IngestRun } from './ingest-bench.js'
import { requireBuiltCli } from './ingest-profile.js'

/** Seconds issue 20 allows each input. */
export const HOSTILE_LIMIT_SECONDS = 5

export interface HostileInputRun extends IngestRun {
  readonly name: string
  readonly bytes: number
  readonly withinLimit: boolean
  /** Every run of this input and thread count (the machine is shared): wall and CPU seconds. */
  readonly repeats?: { readonly wallSeconds: number; readonly cpuSeconds: number }[]
  readonly bestWallSeconds?: number
  readonly medianWallSeconds?: number
  readonly bestCpuSeconds?: number
  readonly medianCpuSeconds?: number
}

/** The pipeline alone over the long text's sections, in this process (no start-up, no store). */
export interface PipelineAlone {
  readonly sections: number
  /** Each run's CPU seconds, the first run first: the only one a `dyad ingest` process pays (V8 compiles the pipeline's hot code during it, on threads of its own). */
  readonly cpuSeconds: number[]
  readonly bestCpuSeconds: number
  readonly medianCpuSeconds: number
  /** CPU seconds of each stage over all sections, in the run with the least CPU (where the pipeline's time goes). */
  readonly stageCpuSeconds?: Record<string, number>
}

export interface HostileInputs {
  readonly texts: string
  readonly limitSeconds: number
  readonly runs: HostileInputRun[]
  readonly pipeline?: PipelineAlone
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * CPU seconds of the pipeline over the sections of `text`, `times` times (the
 * pipeline is loaded first, untimed), stage by stage as runStages runs them.
 */
async function pipelineAlone(text: string, times: number): Promise<PipelineAlone> {
  // V8's flags as `dyad ingest` sets them, so the first run costs what it costs there.
  const { tuneV8ForIngest } = await import('../src/cli/ingest-v8.js')
  tuneV8ForIngest()
  const { splitText, MAX_SECTION_CHARS } = await import('../src/ingest/sections.js')
  const { processDocument } = await import('../src/pipeline/run.js')
  const { createContext } = await import('../src/pipeline/context.js')
  const { DEFAULT_STAGES } = await import('../src/pipeline/config.js')
  const parts = splitText(text, MAX_SECTION_CHARS)
  processDocument({ docId: 'warm', source: 'warm', text: text.slice(0, 2000) })
  const cpu = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since)
    return (used.user + used.system) / 1e6
  }
  const runs: { total: number; stages: Record<string, number> }[] = []
  for (let i = 0; i < times; i++) {
    const stages: Record<string, number> = Object.fromEntries(DEFAULT_STAGES.map((s) => [s.name, 0]))
    const start = process.cpuUsage()
    parts.forEach((p, n) => {
      const ctx = createContext({ docId: `s${n}`, source: `s${n}`, text: text.slice(p.start, p.end) })
      for (const stage of DEFAULT_STAGES) {
        const at = process.cpuUsage()
        stage.run(ctx)
        stages[stage.name] += cpu(at)
      }
    })
    runs.push({ total: cpu(start), stages })
  }
  const cpuSeconds = runs.map((r) => r.total)
  const best = runs.reduce((a, b) => (b.total < a.total ? b : a))
  return { sections: parts.length, cpuSeconds, bestCpuSeconds: best.total, medianCpuSeconds: median(cpuSeconds), stageCpuSeconds: best.stages }
}

interface Input {
  readonly name: string
  readonly file: string
  readonly text: string
}

function inputs(texts: readonly string[]): Input[] {
  const lead = 'Vietnam and China agreed on Monday to expand trade across their border.\n'
  const label = `${lead}Updated${' '.repeat(6500 - lead.length - 'Updated'.length - 1)}x`
  const story = `${lead}The ministers also opened a new rail link and set up a joint committee on river water, to meet twice a year.`
  const nested = `<!doctype html><html><head><title>Nested</title></head><body>${'<div>'.repeat(200_000)}<p>${story}</p>${'</div>'.repeat(200_000)}</body></html>`
  const parts: string[] = []
  let bytes = 0
  for (let i = 0; bytes < 2_000_000; i++) {
    const t = texts[i % texts.length]
    parts.push(t)
    bytes += Buffer.byteLength(t) + 2
  }
  return [
    { name: 'an ordinary short article (start-up and one document)', file: 'short.txt', text: story },
    { name: '6.5 KB text: "Updated" and a run of spaces', file: 'label.txt', text: label },
    { name: '200,000 nested divs (HTML)', file: 'nested.html', text: nested },
    { name: '2 MB plain text of articles one after another', file: 'long.txt', text: parts.join('\n\n') },
  ]
}

/** Ingest each input into a fresh store with the built CLI; `textsDir` holds the articles of the long text. */
export async function hostileInputs(textsDir: string = EVAL_TEXTS, log: (line: string) => void = () => {}, repeat = 3): Promise<HostileInputs> {
  requireBuiltCli()
  const dir = mkdtempSync(join(tmpdir(), 'dyad-hostile-bench-'))
  // The default (one thread per core), and one thread: a thread of its own loads the whole pipeline.
  const threads = [...new Set([availableParallelism(), 1])]
  const runs: HostileInputRun[] = []
  const all = inputs(articleTexts(textsDir))
  try {
    for (const input of all) {
      const at = join(dir, input.file.replace(/\.\w+$/, ''))
      mkdirSync(at)
      const file = join(at, input.file)
      writeFileSync(file, input.text)
      const bytes = Buffer.byteLength(input.text)
      for (const n of threads) {
        // Each into a fresh store, `repeat` times: best and median, since others share the machine.
        const repeats: IngestRun[] = []
        for (let i = 0; i < repeat; i++) repeats.push(await runIngest(file, n, 1, bytes))
        const best = repeats.reduce((a, b) => (b.wallSeconds < a.wallSeconds ? b : a))
        const walls = repeats.map((r) => r.wallSeconds)
        const cpus = repeats.map((r) => r.cpuSeconds)
        const within = best.wallSeconds < HOSTILE_LIMIT_SECONDS
        const run: HostileInputRun = {
          ...best,
          name: input.name,
          bytes,
          withinLimit: within,
          repeats: repeats.map((r) => ({ wallSeconds: r.wallSeconds, cpuSeconds: r.cpuSeconds })),
          bestWallSeconds: Math.min(...walls),
          medianWallSeconds: median(walls),
          bestCpuSeconds: Math.min(...cpus),
          medianCpuSeconds: median(cpus),
        }
        log(
          `${input.name}, --threads ${n}: ${(bytes / 1e6).toFixed(3)} MB, wall best ${run.bestWallSeconds!.toFixed(1)} s, median ${run.medianWallSeconds!.toFixed(1)} s; CPU best ${run.bestCpuSeconds!.toFixed(1)} s, median ${run.medianCpuSeconds!.toFixed(1)} s${within ? '' : ` (over ${HOSTILE_LIMIT_SECONDS} s)`}; ${best.summary}`,
        )
        runs.push(run)
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const long = all[all.length - 1]
  const pipeline = await pipelineAlone(long.text, repeat)
  const byStage = Object.entries(pipeline.stageCpuSeconds ?? {}).map(([name, sec]) => `${name} ${sec.toFixed(2)}`)
  log(`the pipeline alone over the ${pipeline.sections} sections of the 2 MB text, in process: CPU first run ${pipeline.cpuSeconds[0].toFixed(1)} s, best ${pipeline.bestCpuSeconds.toFixed(1)} s (${byStage.join(', ')}), median ${pipeline.medianCpuSeconds.toFixed(1)} s`)
  // The folder the long text was made from (the seed corpus when textsDir holds no articles).
  return { texts: articleDir(textsDir), limitSeconds: HOSTILE_LIMIT_SECONDS, runs, pipeline }
}
