// Start-up of the built CLI: wall time of `dyad --help`, `--version` and the
// read commands over a small store (the seed articles), each run several
// times in a fresh process; the median and the fastest run are reported (the
// machine is shared: the fastest shows the cost, the median what a user waits).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
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
}

function timed(label: string, args: readonly string[], runs: number): StartupTime {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' })
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
    return {
      runs,
      node: timed('node -e 0', ['-e', '0'], runs),
      commands: commands.map((c) => timed(`dyad ${c.filter((a) => a !== db && a !== '--db').join(' ')}`, [DYAD_BIN, ...c], runs)),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
