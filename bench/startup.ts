// Start-up of the built CLI: wall time of `dyad --help`, `--version` and the
// read commands over a small store (the seed articles), and of an ingest of
// one short article into a fresh store with the default threads and with
// --threads 1 (what a thread costs when there is one document), each run several
// times in a fresh process; the median and the fastest run are reported (the
// machine is shared: the fastest shows the cost, the median what a user waits).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SEED_DIR } from './corpus.js'
import { DYAD_BIN, requireBuiltCli } from './ingest-profile.js'

export interface StartupTime {
  readonly command: string
  readonly medianSeconds: number
  readonly minSeconds: number
}

export interface Startup {
  readonly runs: number
  /** `node -e 0`: what any Node program pays. */
  readonly node: StartupTime
  readonly commands: StartupTime[]
  /** `dyad ingest` of one short article into a fresh store: default threads, then --threads 1. */
  readonly oneArticle?: StartupTime[]
}

function timed(label: string, args: readonly string[] | ((run: number) => readonly string[]), runs: number): StartupTime {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const argv = typeof args === 'function' ? args(i) : args
    const t0 = performance.now()
    const run = spawnSync(process.execPath, argv, { encoding: 'utf8' })
    times.push((performance.now() - t0) / 1000)
    if (run.status !== 0) throw new Error(`${label} exited with ${run.status}: ${run.stderr}`)
  }
  times.sort((a, b) => a - b)
  return { command: label, medianSeconds: times[Math.floor(times.length / 2)], minSeconds: times[0] }
}

/** Time each command `runs` times against a store of the seed articles. */
export function startupBenchmark(runs = 7): Startup {
  requireBuiltCli()
  const dir = mkdtempSync(join(tmpdir(), 'dyad-startup-'))
  try {
    const db = join(dir, 'store.db')
    const ingest = spawnSync(process.execPath, [DYAD_BIN, 'ingest', '--db', db, SEED_DIR], { encoding: 'utf8' })
    if (ingest.status !== 0) throw new Error(`dyad ingest exited with ${ingest.status}: ${ingest.stderr}`)
    const commands = [['--help'], ['--version'], ['events', '--db', db], ['figures', '--db', db], ['timeline', '--pair', 'VN,CN', '--db', db], ['summary', '--db', db]]
    const article = join(SEED_DIR, readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort()[0])
    const ingestOne = (threads: string[]) => (run: number) => [DYAD_BIN, 'ingest', '--db', join(dir, `one-${threads.join('')}-${run}.db`), ...threads, article]
    return {
      runs,
      node: timed('node -e 0', ['-e', '0'], runs),
      commands: commands.map((c) => timed(`dyad ${c.filter((a) => a !== db && a !== '--db').join(' ')}`, [DYAD_BIN, ...c], runs)),
      oneArticle: [timed('dyad ingest <one article> (default threads)', ingestOne([]), runs), timed('dyad ingest <one article> --threads 1', ingestOne(['--threads', '1']), runs)],
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
