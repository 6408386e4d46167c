import { Command, Option } from 'commander'
import { isPostgresUrl, storeLocation } from '../../app/store-location.js'
import { CliError, fail, type CliIo } from '../io.js'
import { budgetOption, dbOption, positiveInt } from '../options.js'

interface RunOptions {
  db?: string
  concurrency: number
  untilEmpty?: boolean
  budgetMs?: number
}

/** The store must be PostgreSQL: the queue lives in the same database. */
function queueUrl(db: string | undefined): string {
  const url = storeLocation(db)
  if (!isPostgresUrl(url)) throw new CliError('dyad worker needs a PostgreSQL store (--db postgres://... or DYAD_DB)', 2)
  return url
}

/**
 * `dyad worker [run]`: take ingest jobs from the queue until stopped
 * (SIGINT/SIGTERM finish the running jobs first), or until the queue is
 * empty with --until-empty. `dyad worker enqueue <path...>`: read inputs and
 * queue one job per document.
 */
export function workerCommand(io: CliIo): Command {
  const run = new Command('run')
    .description('process ingest jobs (the default); run one per core, on any number of machines')
    .addOption(dbOption())
    .addOption(
      new Option('--concurrency <n>', 'jobs at once in this process (extraction is CPU-bound: prefer one process per core)').argParser(positiveInt).default(1),
    )
    .option('--until-empty', 'exit once no job is queued, retrying or running')
    .addOption(budgetOption())
    .action(async (options: RunOptions) => {
      const { pendingJobs, startWorker } = await import('../../worker/index.js')
      const url = queueUrl(options.db)
      let done = 0
      let failed = 0
      const worker = await startWorker(url, {
        concurrency: Math.max(1, options.concurrency),
        ...(options.budgetMs !== undefined ? { ingest: { budgetMs: options.budgetMs } } : {}),
        onJob: (e) => {
          if (e.error) {
            failed++
            io.err(`failed (will be retried while attempts remain): ${e.source}: ${e.error.message}\n`)
          } else done++
        },
      })
      await new Promise<void>((resolve) => {
        const stop = () => resolve()
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
        if (options.untilEmpty) {
          const poll = setInterval(async () => {
            if ((await pendingJobs(worker.boss).catch(() => 1)) === 0) {
              clearInterval(poll)
              resolve()
            }
          }, 1000)
        }
      })
      await worker.stop()
      io.out(`jobs: ${done} done, ${failed} failed attempts\n`)
    })

  const enqueue = new Command('enqueue')
    .description('read files, folders and URLs and queue one ingest job per document (content hash = job key: queued once)')
    .argument('<path...>', 'files, folders (read recursively) or http(s) URLs')
    .addOption(dbOption())
    .action(async (paths: string[], options: { db?: string }) => {
      const { enqueueInputs, openQueue } = await import('../../worker/index.js')
      const boss = await openQueue(queueUrl(options.db), {}, { supervise: false })
      try {
        const report = await enqueueInputs(boss, paths)
        for (const f of report.failures) io.err(`failed: ${f.reason}\n`)
        io.out(`documents: ${report.read} read, ${report.queued} queued, ${report.failures.length} failed\n`)
        if (report.read === 0 && report.failures.length > 0) fail(io)
      } finally {
        await boss.stop({ graceful: false, wait: true })
      }
    })

  return new Command('worker')
    .description('scale out on PostgreSQL: queue documents and process them with any number of workers')
    .addCommand(run, { isDefault: true })
    .addCommand(enqueue)
}
