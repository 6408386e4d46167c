// npm run bench [-- --quick | --scale [--sizes 1000,10000,100000] | --workers]
//   (default)  throughput of the pipeline and each stage, reference
//              libraries, time and entity accuracy, the 1k scale run,
//              the worker benchmark when DYAD_TEST_PG is set
//   --quick    the same on a small text (a minute or two)
//   --scale    only the memory and cost growth runs (1k, 10k, 100k by default;
//              --minutes N stops each size after N minutes and reports what it stored)
//   --workers  only the PostgreSQL worker benchmark (needs DYAD_TEST_PG; --documents N, 1500 by default)
//   --profile  only the CPU profile of the pipeline over the 20 MB text
//   --startup  only the start-up of the built CLI (--help, --version, read commands)
//   --profile-ingest  only the CPU profile of `dyad ingest` (built CLI, store
//              included) over syndicated copies (--copies N, 200 by default)
//   --ingest   only `dyad ingest` end to end (built CLI, store included) on
//              syndicated copies of real-length articles (--texts DIR, default
//              eval/corpus/texts, else the seed articles; --copies N, 600):
//              MB/s per core and whole machine (--threads 1 and 2) beside
//              compromise's nlp(), start-up, peak RSS of a 10,000-article
//              ingest (--rss-sizes 10000,...; --rss-100k adds 100,000; --rss-sizes 0 skips)
//   --time     only the time accuracy section (news table, phrase table, seed gold times)
//   --hostile  only issue 20's three inputs through `dyad ingest` (built CLI; --repeat N runs each, default 3): a 6.5 KB
//              label-and-spaces text, 200,000 nested divs, a 2 MB text of articles
//              (--texts DIR, default eval/corpus/texts, else the seed articles); wall and CPU
// Writes bench/results.json (each mode its own sections) and bench/results.md.
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { entityBenchmark } from './entities.js'
import { describeMachine } from './machine.js'
import { profileIngest } from './ingest-profile.js'
import { profilePipeline } from './profile.js'
import { formatResults } from './report.js'
import { RESULTS_MD, readResults, writeResults } from './results-file.js'
import { ingestBenchmark } from './ingest-bench.js'
import { growth, scaleBenchmark } from './scale.js'
import { hostileInputs } from './hostile-inputs.js'
import { startupBenchmark } from './startup.js'
import type { ScaleResult } from './scale-child.js'
import { throughputBenchmark } from './throughput.js'
import { timeAccuracy } from './time-accuracy.js'
import { workerBenchmark } from './worker-bench.js'

function flag(name: string): boolean {
  return process.argv.includes(`--${name}`)
}

function value(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function say(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`)
}

async function scaleMode(sizes: number[], budgetMinutes?: number): Promise<void> {
  const machine = describeMachine()
  await scaleBenchmark(sizes, 250, process.env.DYAD_BENCH_LOG, (r) => {
    say(`scale ${r.documents}${r.interrupted ? ' (stopped by the time budget)' : ''}: peak RSS ${r.peakRssMb.toFixed(0)} MB, ${r.cpuMsPerDoc.toFixed(1)} CPU ms/doc, ${r.wallMsPerDoc.toFixed(1)} wall ms/doc`)
    // Re-read at each write: other sizes may be measured by another run meanwhile.
    const runs: Record<string, ScaleResult> = { ...((readResults().scale?.runs ?? {}) as Record<string, ScaleResult>), [String(r.documents)]: r }
    // Written after every size: a long run interrupted keeps what it measured.
    writeResults({ scale: { machine: { ...machine, loadEnd: loadavg()[0] }, command: 'npm run bench -- --scale', runs, growth: growth(Object.values(runs)) } })
  }, budgetMinutes)
}

async function main(): Promise<void> {
  if (flag('scale')) {
    const budget = value('minutes')
    await scaleMode((value('sizes') ?? '1000,10000,100000').split(',').map(Number), budget ? Number(budget) : undefined)
  } else if (flag('profile')) {
    const mb = Number(value('mb') ?? 20)
    say(`profiling the pipeline over ${mb} MB (node --cpu-prof)`)
    writeResults({ profile: { machine: describeMachine(), ...(await profilePipeline(mb)) } })
  } else if (flag('startup')) {
    say('start-up of the built CLI')
    writeResults({ startup: { machine: describeMachine(), ...startupBenchmark() } })
  } else if (flag('profile-ingest')) {
    const copies = Number(value('copies') ?? 200)
    say(`profiling dyad ingest over ${copies} syndicated copies (node --cpu-prof)`)
    writeResults({ ingestProfile: { machine: describeMachine(), ...profileIngest(copies) } })
  } else if (flag('ingest')) {
    const sizes = (value('rss-sizes') ?? '10000').split(',').map(Number).filter((n) => n > 0)
    if (flag('rss-100k')) sizes.push(100_000)
    const copies = value('copies')
    const result = await ingestBenchmark({ texts: value('texts'), copies: copies ? Number(copies) : undefined, rssSizes: sizes, log: say })
    writeResults({ ingest: { machine: describeMachine(), command: process.argv.slice(2).join(' '), ...result } })
  } else if (flag('hostile')) {
    say("issue 20's hostile inputs through dyad ingest")
    writeResults({ hostileInputs: { machine: describeMachine(), ...(await hostileInputs(value('texts'), say, Number(value('repeat') ?? 3))) } })
  } else if (flag('time')) {
    writeResults({ timeAccuracy: await timeAccuracy() })
  } else if (flag('workers')) {
    const pg = process.env.DYAD_TEST_PG
    if (!pg) throw new Error('--workers needs DYAD_TEST_PG (a PostgreSQL URL)')
    writeResults({ workers: await workerBenchmark(pg, Number(value('documents') ?? 1500), say) })
  } else {
    const quick = flag('quick')
    const machine = describeMachine()
    say(`${machine.cpu}, ${machine.cores} cores, load ${machine.loadStart.toFixed(1)}${quick ? ' (quick)' : ''}`)
    // Each section is written as soon as it is measured: a failure later keeps it.
    writeResults({ machine, quick })
    writeResults({ throughput: await throughputBenchmark({ quick, log: say }) })
    say('start-up of the built CLI')
    writeResults({ startup: { machine: describeMachine(), ...startupBenchmark() } })
    say('time accuracy')
    writeResults({ timeAccuracy: await timeAccuracy() })
    say('entity accuracy')
    writeResults({ entityAccuracy: await entityBenchmark() })
    say(`scale ${quick ? 200 : 1000}`)
    writeResults({ scaleSmall: (await scaleBenchmark([quick ? 200 : 1000], 250))[0] })
    const pg = process.env.DYAD_TEST_PG
    if (pg) writeResults({ workers: await workerBenchmark(pg, quick ? 40 : 400, say) })
    else say('workers: skipped (set DYAD_TEST_PG to a PostgreSQL URL to measure 1 and 2 workers)')
    writeResults({ machine: { ...machine, loadEnd: loadavg()[0] } })
  }
  const md = formatResults(readResults())
  writeFileSync(RESULTS_MD, md)
  process.stdout.write(md)
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
