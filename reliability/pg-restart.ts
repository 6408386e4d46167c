import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import pg from 'pg'
import { runCli, startCli, type CliResult } from './cli.js'
import { writeCorpus } from './corpus.js'
import type { FaultResult } from './faults.js'

/** The scenario's name in results.json. */
export const PG_RESTART = 'PostgreSQL restarted during a worker run'
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** One query on a connection of its own (connections die with the restart). */
export async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => undefined)
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as T[]
  } finally {
    await client.end().catch(() => undefined)
  }
}

function run(command: string): Promise<number | null> {
  return new Promise((resolve) => spawn('sh', ['-c', command], { stdio: 'ignore' }).on('exit', (code) => resolve(code)))
}

/** Why the scenario cannot run here, or null. */
export function pgRestartSkip(): string | null {
  if (!process.env.DYAD_TEST_PG) return 'not run: DYAD_TEST_PG (a throwaway PostgreSQL server) is not set'
  if (!process.env.DYAD_TEST_PG_RESTART) return 'not run: DYAD_TEST_PG_RESTART (a command that restarts that server) is not set'
  return null
}

/**
 * `dyad worker enqueue` a generated corpus into a fresh database, run two
 * `dyad worker --until-empty` processes, restart the server (the
 * DYAD_TEST_PG_RESTART command) once about a third of the documents are
 * stored, and wait for the workers to finish. A worker process that dies
 * with its connection is replaced by a new one (counted), so the run ends
 * either way; the scenario passes when no worker died and every document is
 * stored exactly once with every job completed.
 */
export async function pgRestartScenario(dir: string, count: number): Promise<FaultResult> {
  const skip = pgRestartSkip()
  if (skip) return { name: PG_RESTART, pass: false, summary: skip, details: { skipped: true } }
  const admin = process.env.DYAD_TEST_PG!
  const database = `dyad_reliability_${process.pid}_${Date.now().toString(36)}`
  await query(admin, `create database ${database}`)
  const url = Object.assign(new URL(admin), { pathname: `/${database}` }).toString()
  try {
    const folder = writeCorpus(join(dir, 'pg-restart'), count, 50_000)
    const files = readdirSync(folder)
    const enqueue = await runCli(['worker', 'enqueue', folder, '--db', url])
    if (enqueue.code !== 0) return { name: PG_RESTART, pass: false, summary: `enqueue failed: ${enqueue.stderr.trim().split('\n')[0]}`, details: { enqueue: enqueue.stderr.slice(-400) } }

    const stored = async () => (await query<{ n: number }>(url, 'select count(*)::int as n from documents').catch(() => [{ n: -1 }]))[0].n
    const results: CliResult[] = []
    const live = new Set<Promise<void>>()
    const startWorker = () => {
      const { done } = startCli(['worker', '--until-empty', '--db', url])
      const p: Promise<void> = done.then((r) => {
        results.push(r)
        live.delete(p)
      })
      live.add(p)
    }
    startWorker()
    startWorker()

    const deadline = Date.now() + 600_000
    while ((await stored()) < count / 3 && live.size > 0 && Date.now() < deadline) await sleep(100)
    const storedAtRestart = await stored()
    const t0 = performance.now()
    const restartCode = await run(process.env.DYAD_TEST_PG_RESTART!)
    const restartSeconds = +((performance.now() - t0) / 1000).toFixed(1)

    // Workers that die are replaced until the queue is empty (at most five times).
    let replaced = 0
    while (Date.now() < deadline) {
      if (live.size > 0) {
        await Promise.race(live)
        continue
      }
      const pending = (await query<{ n: number }>(url, `select count(*)::int as n from pgboss.job where name = 'dyad-ingest' and state < 'completed'`).catch(() => [{ n: 1 }]))[0].n
      if (pending === 0 || replaced >= 5) break
      replaced++
      startWorker()
    }

    const rows = await query<{ hash: string; source: string }>(url, 'select hash, source from documents')
    const hashes = rows.map((r) => r.hash)
    const distinct = new Set(hashes)
    const sources = new Set(rows.map((r) => basename(r.source)))
    const lost = files.filter((f) => !sources.has(f)).length
    const jobs = await query<{ state: string; retries: number }>(url, `select state, retry_count::int as retries from pgboss.job where name = 'dyad-ingest'`)
    const states: Record<string, number> = {}
    for (const j of jobs) states[j.state] = (states[j.state] ?? 0) + 1
    const retried = jobs.filter((j) => j.retries > 0).length
    const attempts = jobs.reduce((a, j) => a + j.retries, 0)
    const died = results.filter((r) => r.code !== 0).length
    const connectionLines = results.reduce((a, r) => a + r.stderr.split('\n').filter((l) => /database error|queue error/.test(l)).length, 0)
    const duplicates = hashes.length - distinct.size
    // Resolution done for every document: no entity mention without its link, no event without its cluster.
    const [unresolved] = await query<{ links: number; clusters: number }>(
      url,
      `select (select count(*)::int from doc_entities de where not exists (select 1 from entity_links l where l.doc = de.doc and l.key = de.key)) as links,
              (select count(*)::int from events where cluster is null) as clusters`,
    )
    const pass = restartCode === 0 && storedAtRestart < count && died === 0 && lost === 0 && duplicates === 0 && states.completed === count && jobs.length === count && unresolved.links + unresolved.clusters === 0
    return {
      name: PG_RESTART,
      pass,
      summary:
        `${count} documents enqueued, 2 worker processes; server restarted (exit ${restartCode}, ${restartSeconds} s) with ${storedAtRestart} stored; ` +
        `after: ${distinct.size} stored, ${duplicates} duplicates, ${lost} lost, ${unresolved.links + unresolved.clusters} unresolved records; jobs ${Object.entries(states).map(([s, n]) => `${s} ${n}`).join(', ')}; ` +
        `${retried} jobs retried (${attempts} retries), ${states.failed ?? 0} failed for good; ` +
        `worker processes died: ${died}, replacements started: ${replaced}; connection errors logged by the workers: ${connectionLines}`,
      details: {
        enqueued: count,
        storedAtRestart,
        restartExit: restartCode,
        restartSeconds,
        stored: distinct.size,
        duplicates,
        lost,
        unresolved,
        jobStates: states,
        jobsRetried: retried,
        retries: attempts,
        workersDied: died,
        replacements: replaced,
        connectionErrorLines: connectionLines,
        workers: results.map((r) => ({ code: r.code, signal: r.signal, seconds: +(r.ms / 1000).toFixed(1), stdout: r.stdout.trim().slice(-200), stderr: r.stderr.trim().split('\n').slice(-3).join('\n') })),
      },
    }
  } finally {
    await query(admin, `drop database if exists ${database} with (force)`).catch(() => undefined)
  }
}
