// `npm run reliability`: backtracking growth per stage and per regex, faults
// (SIGKILL mid-ingest, during resolution and during store creation;
// concurrent ingests; unusable stores; PostgreSQL restarted under workers,
// when DYAD_TEST_PG and DYAD_TEST_PG_RESTART are set), and API load. Writes
// reliability/results.json and docs/reliability.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, freemem, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { runCli } from './cli.js'
import { cleanIngest, concurrentIngests, killDuringMigration, killScenario, prepareCorpus, unusableStores, type FaultResult } from './faults.js'
import { regexGrowth, stageGrowth } from './growth.js'
import { HOSTILE, hostileScenarios } from './hostile.js'
import { runIngestLoad } from './ingest-load.js'
import { runLoad } from './load.js'
import { polynomialRegexes } from './polynomial.js'
import { literalRegexes } from './regexes.js'
import { PG_RESTART, pgRestartScenario, pgRestartSkip } from './pg-restart.js'
import { renderMarkdown, type Results } from './report.js'

const DOCS = Number(process.env.DYAD_RELIABILITY_DOCS ?? 2000)
const PG_DOCS = Number(process.env.DYAD_RELIABILITY_PG_DOCS ?? 300)
const STAGE_SIZES = [1000, 8000, 64000]
const REGEX_SIZES = [1000, 8000]
const log = (line: string) => process.stderr.write(`[reliability ${new Date().toISOString().slice(11, 19)}] ${line}\n`)

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
  freeMemoryGiB: +(freemem() / 2 ** 30).toFixed(1),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  date: new Date().toISOString(),
  commit: (() => {
    try {
      const head = readFileSync('.git/HEAD', 'utf8').trim()
      return head.startsWith('ref: ') ? readFileSync(join('.git', head.slice(5)), 'utf8').trim() : head
    } catch {
      return null
    }
  })(),
}

// DYAD_RELIABILITY_ONLY=stages,pg-restart (any of PARTS) re-runs those parts only and
// keeps the others from the last results.json, noting the re-run in it.
const PARTS = ['faults', 'pg-restart', 'load', 'ingest-load', 'stages', 'regexes', 'hostile'] as const
type Part = (typeof PARTS)[number]
const only = (process.env.DYAD_RELIABILITY_ONLY ?? '').split(',').map((p) => p.trim()).filter(Boolean)
const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p))
if (unknown.length) throw new Error(`DYAD_RELIABILITY_ONLY: unknown part ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`)
const wants = (p: Part) => only.length === 0 || only.includes(p)
const previous: Partial<Results> = only.length ? JSON.parse(readFileSync('reliability/results.json', 'utf8')) : {}

const dir = mkdtempSync(join(tmpdir(), 'dyad-reliability-'))
try {
  log(`machine: ${JSON.stringify(machine)}; work in ${dir}${only.length ? `; parts: ${only.join(', ')}` : ''}`)

  let faults: FaultResult[] = (previous.faults ?? []).filter((f) => f.name !== PG_RESTART)
  if (wants('faults')) {
    log(`corpus of ${DOCS} documents`)
    const corpus = prepareCorpus(dir, DOCS)
    const small = prepareCorpus(join(dir, 'small'), Math.min(600, DOCS))

    log('faults (in parallel: clean reference runs, kills, concurrent ingests)')
    const [clean, cleanSmall] = await Promise.all([cleanIngest(corpus.all, join(dir, 'clean.db')), cleanIngest(small.all, join(dir, 'clean-small.db'))])
    log(`clean ingest of ${DOCS}: exit ${clean.result.code} in ${(clean.result.ms / 1000).toFixed(1)} s`)
    faults = await Promise.all([
      killScenario('SIGKILL in the middle of an ingest', corpus.all, join(dir, 'kill-mid.db'), clean.snapshot, (n) => n >= Math.floor(DOCS / 3), 'in the middle of the folder'),
      killScenario('SIGKILL after the documents, during cross-document resolution', small.all, join(dir, 'kill-resolve.db'), cleanSmall.snapshot, (n) => n >= Math.min(600, DOCS), 'once every document was stored (resolution running)'),
      killDuringMigration(small.all, join(dir, 'kill-migrate.db')),
      concurrentIngests(small.parts, join(dir, 'concurrent.db'), cleanSmall.snapshot),
    ])
    faults.push(...(await unusableStores(dir, join(small.parts[0], 'doc-00000.txt'))))
  }
  const previousRestart = previous.faults?.find((f) => f.name === PG_RESTART)
  if (wants('pg-restart') || !previousRestart) {
    log(`PostgreSQL restart during a worker run (${PG_DOCS} documents)${pgRestartSkip() ? `: ${pgRestartSkip()}` : ''}`)
    faults.push(await pgRestartScenario(dir, PG_DOCS))
  } else faults.push(previousRestart)
  for (const f of faults) log(`${f.pass ? 'PASS' : 'FAIL'} ${f.name}: ${f.summary}`)

  let load = previous.load!
  if (wants('load')) {
    log('API load over the seed corpus')
    const seedDb = join(dir, 'seed.db')
    const seed = await runCli(['ingest', join(import.meta.dirname, '../../shared/corpus/vietnam-china'), '--db', seedDb])
    if (seed.code !== 0) throw new Error(`seed ingest failed: ${seed.stderr}`)
    load = await runLoad(seedDb, 2000, 20)
    log(`load: ${load.perSecond.toFixed(0)} req/s, p50 ${load.p50ms.toFixed(1)} ms, p95 ${load.p95ms.toFixed(1)} ms, errors ${Object.keys(load.errors).length}`)
  }

  let ingestLoad = previous.ingestLoad
  if (wants('ingest-load') || !ingestLoad) {
    log('API ingest under load (each article twice, 8 at a time)')
    ingestLoad = await runIngestLoad(join(dir, 'ingest-load.db'), 200, 8)
    log(`ingest load: ${ingestLoad.perSecond.toFixed(1)} req/s, p95 ${ingestLoad.p95ms.toFixed(0)} ms, errors ${Object.keys(ingestLoad.errors).length}, stored ${ingestLoad.stored} of ${ingestLoad.distinct}, unclustered events ${ingestLoad.unresolvedEvents}`)
  }

  let stages = previous.stages!
  if (wants('stages')) {
    log('growth per stage at 1k, 8k, 64k characters')
    stages = await stageGrowth(STAGE_SIZES, 60_000, Math.max(1, Math.min(8, machine.cores - 2)))
    log(`stages flagged: ${stages.growth.filter((g) => g.flag).length}`)
  }
  let regexes = previous.regexes!
  if (wants('regexes')) {
    log('growth per regex at 1k, 8k characters')
    const found = await regexGrowth(REGEX_SIZES, 600_000)
    log(`regexes: ${found.count}, flagged: ${found.growth.filter((g) => g.flag).length}`)
    const polynomial = polynomialRegexes(process.cwd(), literalRegexes(process.cwd(), ['src']))
    log(`static scan: ${polynomial.length} super-linear, ${polynomial.filter((p) => !p.bounded).length} on unbounded text`)
    regexes = { completed: found.completed, count: found.count, flagged: found.growth.filter((g) => g.flag), polynomial }
  }

  // Hostile scenarios re-run by id (DYAD_RELIABILITY_HOSTILE) replace their earlier result only.
  let hostile = previous.hostile ?? []
  if (wants('hostile')) {
    const ids = (process.env.DYAD_RELIABILITY_HOSTILE ?? '').split(',').map((p) => p.trim()).filter(Boolean)
    log(`hostile input and unlucky operators (issue 20)${ids.length ? `: ${ids.join(', ')}` : ''}`)
    const fresh = await hostileScenarios(dir, ids, log)
    const byId = new Map([...hostile, ...fresh].map((h) => [h.id, h]))
    hostile = HOSTILE.flatMap((s) => (byId.has(s.id) ? [byId.get(s.id)!] : []))
  }

  // A part re-run again leaves its earlier re-run note: each note says where its parts now come from.
  const earlier = (previous.reruns ?? []).map((r) => ({ ...r, parts: r.parts.filter((p) => !only.includes(p)) })).filter((r) => r.parts.length > 0)
  const reruns = only.length ? [...earlier, { parts: only, date: machine.date, commit: machine.commit }] : undefined
  const results: Results = {
    machine: only.length ? previous.machine! : machine,
    docs: only.length ? previous.docs! : DOCS,
    stageSizes: STAGE_SIZES,
    regexSizes: REGEX_SIZES,
    faults,
    load,
    ingestLoad,
    stages,
    regexes,
    hostile,
    ...(reruns ? { reruns } : {}),
  }
  writeFileSync('reliability/results.json', `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync('docs/reliability.md', renderMarkdown(results))
  log('wrote reliability/results.json and docs/reliability.md')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
