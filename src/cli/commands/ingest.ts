import { Command } from 'commander'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { DISK_FULL_RULE, RESOLVE_RULE } from '../../app/disk-full.js'
import type { IngestReport } from '../../app/ingest.js'
import { fail, type CliIo } from '../io.js'
import { budgetOption, dbOption, isVerbose, positiveInt } from '../options.js'

interface IngestOptions {
  db?: string
  threads?: number
  budgetMs?: number
}

/**
 * How far V8 lets a heap grow past what its last full collection left live
 * before collecting again (V8 picks up to 300% when collecting is cheap
 * beside the work, as it is here). An ingest's live heap stays small (about
 * 60 MB per thread; resolution reads some 120 MB at most), but its garbage
 * piled up to four times that: a 10,000-article ingest on two threads
 * peaked at 830 MB, 470 MB with 25%, and spent less CPU in all.
 */
const HEAP_GROWING_PERCENT = 25

/**
 * The young generation's semi-spaces of the extraction threads, in MB (V8's
 * default on 64 bits grows them to 16). Each thread's pipeline allocates
 * much short-lived garbage and V8 grew its young generation to 34 MB, which
 * two threads held on top of everything else while documents are
 * extracted, where a large ingest peaks. Measured on two threads (peak RSS
 * in MiB, as the bench reports it): 600 articles 391-395 with the default,
 * 365-371 at 8, 352-354 at 4 (CPU 15.6-16.6 s, 14.8-15.3, 14.9-15.4);
 * 10,000 articles 410 at 8, 393 at 4 (182 CPU s either way). This thread's heap is set up before the
 * flag is read; the threads started later take it.
 */
const THREAD_SEMI_SPACE_MB = 4

/** `dyad ingest <path...>`: read files and folders into the store. */
export function ingestCommand(io: CliIo): Command {
  return new Command('ingest')
    .description('read files, folders and URLs into the store (unchanged content is skipped, new versions replace old ones)')
    .argument('<path...>', 'files, folders (read recursively) or http(s) URLs')
    .addOption(dbOption())
    .option('--threads <n>', 'run the pipeline on this many worker threads at most (default: one per core; each after the first starts once 64,000 characters of text wait; 1: in the main thread)', positiveInt)
    .addOption(budgetOption())
    .action(async (paths: string[], options: IngestOptions, cmd: Command) => {
      // Set before the extraction threads start: they and this thread take it.
      setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
      setFlagsFromString(`--max-semi-space-size=${THREAD_SEMI_SPACE_MB}`)
      const { SingleBar } = await import('cli-progress')
      const { defaultThreads, ingestPaths } = await import('../../app/ingest.js')
      const { openStore } = await import('../../app/store.js')
      const { createLogger } = await import('../logger.js')
      const log = createLogger(isVerbose(cmd))
      const store = await openStore(options.db)
      log.debug({ store: store.location }, 'store open')
      const bar = io.isTTY
        ? new SingleBar({ format: 'ingest {bar} {value} documents | {source}', stream: process.stderr, hideCursor: true, clearOnComplete: true })
        : null
      const expected = bar ? await countFiles(paths) : 0
      bar?.start(Math.max(expected, 1), 0, { source: '' })
      let report: IngestReport
      try {
        report = await ingestPaths(store, paths, {
          threads: Math.max(1, options.threads ?? defaultThreads()),
          budgetMs: options.budgetMs,
          onProgress: (p) => {
            if (bar) {
              // Feeds and JSON Lines files hold several documents: the total can only grow.
              bar.setTotal(Math.max(expected, p.done, 1))
              bar.update(p.done, { source: p.phase === 'resolve' ? 'resolving across documents' : shorten(p.source) })
            }
            log.debug(p, 'progress')
          },
        })
      } finally {
        bar?.stop()
        await store.close()
      }
      for (const f of report.failures) io.err(`failed: ${f.reason.includes(f.source) ? f.reason : `${f.source}: ${f.reason}`}\n`)
      io.out(`${summaryLine(report)}\n`)
      const missing = report.failures.filter((f) => f.ruleId === 'ingest:missing')
      const handled = report.new + report.replaced + report.unchanged
      // A full disk or a resolution left undone is the environment's failure, whatever was stored.
      const environment = report.failures.some((f) => f.ruleId === DISK_FULL_RULE || f.ruleId === RESOLVE_RULE)
      // A rule that threw is a bug in Dyad (rule ids bug:<stage>/<rule>, src/pipeline/crash.ts), whatever else was stored.
      const bug = report.failures.some((f) => f.ruleId.startsWith('bug:'))
      if (missing.length > 0 || environment || bug || (handled === 0 && report.failures.length > 0)) fail(io)
    })
}

/** `documents: 5 new, 0 replaced, 0 unchanged, 1 failed; records: 40 events, 12 figures, ...` */
export function summaryLine(r: IngestReport): string {
  return (
    `documents: ${r.new} new, ${r.replaced} replaced, ${r.unchanged} unchanged, ${r.documents.filter((d) => d.outcome === 'failed').length} failed; ` +
    `records extracted: ${r.records.events} events, ${r.records.indicators} figures, ${r.records.entities} entity mentions, ${r.records.times} time mentions`
  )
}

function shorten(path: string): string {
  return path.length > 50 ? `…${path.slice(-49)}` : path
}

/** How many files the inputs hold (URLs count one): the progress bar's total. */
async function countFiles(paths: readonly string[]): Promise<number> {
  let n = 0
  const visit = async (path: string, depth: number): Promise<void> => {
    const info = await stat(path).catch(() => null)
    if (!info) return void n++
    if (!info.isDirectory()) return void n++
    if (depth > 32) return
    for (const name of await readdir(path).catch(() => [] as string[])) if (!name.startsWith('.')) await visit(join(path, name), depth + 1)
  }
  for (const p of paths) await (/^[a-z][a-z0-9+.-]*:\/\//i.test(p) ? Promise.resolve(void n++) : visit(p, 0))
  return n
}
