// `dyad ingest` end to end, as a user runs it (the built CLI, bin/dyad.js,
// SQLite store included), on real-length articles copied as syndicated wire
// copy arrives (one line changed per copy): MB/s per core and for the whole
// machine (--threads 1 and 2), beside compromise's bare nlp() on the same
// texts in the same run; the start-up of --help and the read commands; the
// peak RSS of a large ingest (10,000 articles; 100,000 behind --rss-100k).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedTexts, SEED_DIR } from './corpus.js'
import { DYAD_BIN, requireBuiltCli } from './ingest-profile.js'
import { startupBenchmark, type Startup } from './startup.js'
import { syndicated } from './syndicated.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const HOOK = fileURLToPath(new URL('./usage-hook.mjs', import.meta.url))
/** The evaluation corpus's articles (fetched by `npm run corpus`, not committed), else the seed articles. */
export const EVAL_TEXTS = join(ROOT, 'eval/corpus/texts')

export interface IngestRun {
  readonly threads: number
  readonly documents: number
  readonly megabytes: number
  readonly wallSeconds: number
  /** CPU seconds of the process, every thread included. */
  readonly cpuSeconds: number
  readonly peakRssMb: number
  readonly mbPerWallSecond: number
  /** MB per CPU second: the rate one core reaches. */
  readonly mbPerCoreSecond: number
  readonly docsPerWallSecond: number
  /** The summary line dyad printed. */
  readonly summary: string
}

export interface IngestBenchmark {
  readonly texts: string
  readonly articles: number
  readonly copies: number
  readonly megabytes: number
  readonly runs: IngestRun[]
  /** Whole-machine throughput (MB per wall second) of --threads 2 over --threads 1. */
  readonly twoThreadsOverOne: number
  readonly compromise: { readonly mbPerCoreSecond: number; readonly cpuSeconds: number }
  /** Dyad's MB/s per core (--threads 1) over compromise's bare nlp(). */
  readonly dyadOverCompromise: number
  readonly startup?: Startup
  readonly rss: IngestRun[]
}

/** The article texts of `dir` (.txt, name order). */
export function articleTexts(dir: string): string[] {
  return seedTexts(articleDir(dir))
}

/** The folder articleTexts reads: `dir` when it holds .txt files, else the seed corpus (eval/corpus/texts is git-ignored). */
export function articleDir(dir: string): string {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.txt')) ? dir : SEED_DIR
}

/** Write `count` syndicated copies of `texts` into `dir`; their UTF-8 bytes. */
function writeCopies(dir: string, count: number, texts: readonly string[]): { bytes: number; texts: string[] } {
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  const out: string[] = []
  for (const doc of syndicated(count, texts)) {
    writeFileSync(join(dir, `${doc.id}.txt`), doc.text)
    bytes += Buffer.byteLength(doc.text)
    out.push(doc.text)
  }
  return { bytes, texts: out }
}

/** One `dyad ingest --threads N` of `input` into a fresh store, measured. */
export function runIngest(input: string, threads: number, documents: number, bytes: number): Promise<IngestRun> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-bench-'))
  const usage = join(dir, 'usage.json')
  const t0 = performance.now()
  const child = spawn(process.execPath, ['--import', HOOK, DYAD_BIN, 'ingest', '--db', join(dir, 'store.db'), '--threads', String(threads), input], {
    env: { ...process.env, DYAD_USAGE_FILE: usage },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (err += d))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      const wallSeconds = (performance.now() - t0) / 1000
      try {
        if (code !== 0) throw new Error(`dyad ingest --threads ${threads} exited with ${code}: ${err.slice(-500)}`)
        const u = JSON.parse(readFileSync(usage, 'utf8')) as { userCpuMs: number; systemCpuMs: number; maxRssKb: number }
        const cpuSeconds = (u.userCpuMs + u.systemCpuMs) / 1000
        const megabytes = bytes / 1e6
        resolve({
          threads,
          documents,
          megabytes,
          wallSeconds,
          cpuSeconds,
          peakRssMb: u.maxRssKb / 1024,
          mbPerWallSecond: megabytes / wallSeconds,
          mbPerCoreSecond: megabytes / cpuSeconds,
          docsPerWallSecond: documents / wallSeconds,
          summary: out.trim().split('\n').pop() ?? '',
        })
      } catch (error) {
        reject(error)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  })
}

/** compromise's bare nlp() over the same texts, in this process: MB per CPU second. */
async function compromiseRate(texts: readonly string[]): Promise<{ mbPerCoreSecond: number; cpuSeconds: number }> {
  const nlp = (await import('compromise')).default
  for (const t of texts.slice(0, 5)) nlp(t)
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0)
  const c0 = process.cpuUsage()
  for (const t of texts) nlp(t)
  const c = process.cpuUsage(c0)
  const cpuSeconds = (c.user + c.system) / 1e6
  return { mbPerCoreSecond: bytes / 1e6 / cpuSeconds, cpuSeconds }
}

export interface IngestBenchOptions {
  readonly texts?: string
  /** Syndicated copies ingested by each throughput run. */
  readonly copies?: number
  /** Articles of each peak-RSS run (none: skipped). */
  readonly rssSizes?: readonly number[]
  readonly startup?: boolean
  readonly log?: (line: string) => void
}

/** The whole --ingest section. */
export async function ingestBenchmark(options: IngestBenchOptions = {}): Promise<IngestBenchmark> {
  requireBuiltCli()
  const log = options.log ?? (() => {})
  const textsDir = options.texts ?? EVAL_TEXTS
  const articles = articleTexts(textsDir)
  const copies = options.copies ?? 600
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-copies-'))
  try {
    const { bytes, texts } = writeCopies(join(dir, 'in'), copies, articles)
    log(`${copies} syndicated copies of ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB`)
    const runs: IngestRun[] = []
    // 1, 2, 1, 2: each thread count measured twice, interleaved (the machine is shared); the faster of each kept.
    for (const threads of [1, 2, 1, 2]) {
      const run = await runIngest(join(dir, 'in'), threads, copies, bytes)
      log(`dyad ingest --threads ${threads}: ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} CPU s, ${run.mbPerCoreSecond.toFixed(3)} MB/s per core, ${run.mbPerWallSecond.toFixed(3)} MB/s wall, peak RSS ${run.peakRssMb.toFixed(0)} MB`)
      runs.push(run)
    }
    const best = (threads: number) => runs.filter((r) => r.threads === threads).sort((a, b) => b.mbPerWallSecond - a.mbPerWallSecond)[0]
    const compromise = await compromiseRate(texts)
    log(`compromise nlp(): ${compromise.mbPerCoreSecond.toFixed(3)} MB/s per core`)
    const startup = options.startup === false ? undefined : (log('start-up of the built CLI'), startupBenchmark(5))
    const rss: IngestRun[] = []
    for (const n of options.rssSizes ?? [10_000]) {
      const at = join(dir, `rss-${n}`)
      const written = writeCopies(at, n, articles)
      const run = await runIngest(at, cpus().length, n, written.bytes)
      log(`peak RSS, ${n} articles (--threads ${cpus().length}): ${run.peakRssMb.toFixed(0)} MB, ${run.wallSeconds.toFixed(0)} s`)
      rss.push(run)
      rmSync(at, { recursive: true, force: true })
    }
    return {
      texts: existsSync(textsDir) ? textsDir.replace(ROOT, '') : SEED_DIR,
      articles: articles.length,
      copies,
      megabytes: bytes / 1e6,
      runs,
      twoThreadsOverOne: best(2).mbPerWallSecond / best(1).mbPerWallSecond,
      compromise,
      dyadOverCompromise: best(1).mbPerCoreSecond / compromise.mbPerCoreSecond,
      startup,
      rss,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
