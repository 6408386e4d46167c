// PostgreSQL restarted in the middle of a worker run loses no job: every
// document is stored exactly once, every job ends completed, and the
// workers live through it.
//
// Needs a server to restart: DYAD_TEST_PG (a throwaway server's URL) and
// DYAD_TEST_PG_RESTART (a shell command that restarts that server, e.g.
// `pg_ctl -D <data> -l <log> -m fast -w restart`, as .ci/run sets). Skipped
// with the reason otherwise.
//
// What happens (src/worker/worker.ts): a fast restart terminates every
// connection. Workers waiting on the store lock, fetching jobs or writing a
// document get an error instead of an answer; pg clients that lose their
// connection emit 'error', which every worker connection listens for (an
// unheard 'error' would end the process). The batch in hand is failed and
// pg-boss retries it after the retry delay; recording a batch's outcome is
// itself retried until the server answers again; the pools and the lock
// open new connections. A batch stored just before the restart but not yet
// marked completed is run again and finds its documents stored (the content
// hash), so nothing is stored twice. Before this was handled, the first
// lost connection ended the process: pg-boss's `work()` does not await its
// completion call (an unhandled rejection), and the store pool's checked-out
// clients had no 'error' listener.
//
// The restart hits the whole server, so other test files using DYAD_TEST_PG
// at that moment would lose their connections: the test waits (up to a
// minute) until no other database on the server has a client before
// restarting, holding the store lock meanwhile so that the workers stay in
// the middle of their run (each waits to resolve the batch it holds).
import { spawn } from 'node:child_process'
import pg from 'pg'
import type PgBoss from 'pg-boss'
import { afterEach, describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../src/model/types.js'
import { contentHash } from '../../src/util/ids.js'
import { enqueueDocuments, openQueue, pendingJobs, startWorker, type Worker } from '../../src/worker/index.js'
import { STORE_LOCK } from '../../src/worker/lock.js'
import { query } from '../../reliability/pg-restart.js'
import { postgresTarget } from '../store/helpers/stores.js'

const RESTART = process.env.DYAD_TEST_PG_RESTART
const SKIP =
  postgresTarget.skip ??
  (RESTART ? null : 'PostgreSQL restart test skipped: set DYAD_TEST_PG_RESTART to a shell command that restarts the DYAD_TEST_PG server (.ci/run does)')

const DOCS = 80
const PLACES = ['Uruguay', 'Finland', 'Tanzania', 'Malaysia', 'Jordan', 'Iceland', 'Senegal', 'Ecuador', 'Mongolia', 'Austria']

/** Short documents of our own wording, each different: a visit and a trade figure. */
function documents(n: number): SourceDocument[] {
  return Array.from({ length: n }, (_, i) => {
    const [a, b] = [PLACES[i % PLACES.length], PLACES[(i + 4) % PLACES.length]]
    const text =
      `Montevideo, May ${(i % 28) + 1}, 2022 - The trade minister of ${a} began a two-day visit to ${b} on May ${(i % 28) + 1}, report number ${i}.\n\n` +
      `Trade between ${a} and ${b} reached $${i + 1}.5 billion last year, up ${(i % 9) + 1}% on the year before, the ministers said.\n`
    return { source: `trip-${String(i).padStart(3, '0')}.txt`, text, meta: {}, diagnostics: [] }
  })
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs
  for (;;) {
    if (await check().catch(() => false)) return
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

function restartServer(): Promise<number | null> {
  return new Promise((resolve) => {
    // stdio ignored: a server started by the command must not hold our pipes open.
    const child = spawn('sh', ['-c', RESTART!], { stdio: 'ignore' })
    child.on('exit', (code) => resolve(code))
  })
}

describe.skipIf(SKIP !== null)('PostgreSQL restarted during a worker run', () => {
  const open: { stop(): Promise<void> }[] = []
  const cleanups: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const o of open.splice(0)) await o.stop().catch(() => undefined)
    for (const c of cleanups.splice(0)) await c().catch(() => undefined)
  })

  it('loses no job, stores each document once, and the workers survive', async () => {
    const { url, cleanup } = await postgresTarget.fresh()
    cleanups.push(cleanup)
    const database = new URL(url).pathname.slice(1)
    const policy = { retryDelay: 1 }
    const boss: PgBoss = await openQueue(url, policy)
    boss.on('error', () => undefined)
    open.push({ stop: () => boss.stop({ graceful: false, wait: true }) })
    const docs = documents(DOCS)
    expect(await enqueueDocuments(boss, docs)).toEqual({ read: DOCS, queued: DOCS })

    let restartedAt = Infinity
    const doneAfter = [0, 0]
    const connectionErrors: string[] = []
    for (let w = 0; w < 2; w++) {
      const worker: Worker = await startWorker(url, {
        batchSize: 4,
        pollSeconds: 0.5,
        policy,
        onJob: (e) => {
          if (!e.error && Date.now() > restartedAt) doneAfter[w]++
        },
        onConnectionError: (error) => connectionErrors.push(error.message),
      })
      open.push(worker)
    }

    const stored = async () => (await query<{ n: number }>(url, 'select count(*)::int as n from documents'))[0].n
    await until('a first part of the documents stored', async () => (await stored()) >= 12, 60_000)

    // Hold the store lock: each worker stops at its next resolution (storing runs outside the
    // lock) with its batch in hand, so the restart finds jobs active and documents half done.
    const holder = new pg.Client({ connectionString: url })
    holder.on('error', () => undefined)
    await holder.connect()
    await holder.query('select pg_advisory_lock($1)', [STORE_LOCK])
    const before = await stored()
    const others = `select count(*)::int as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid() and datname is distinct from $1`
    await until('no other database in use', async () => (await query<{ n: number }>(url, others, [database]))[0].n === 0, 60_000).catch(() => undefined)

    restartedAt = Date.now()
    expect(await restartServer()).toBe(0)
    await holder.end().catch(() => undefined)

    await until('every job finished', async () => (await pendingJobs(boss)) === 0, 120_000)

    const rows = await query<{ hash: string }>(url, 'select hash from documents')
    const jobs = await query<{ state: string; retries: number }>(url, `select state, retry_count as retries from pgboss.job where name = 'dyad-ingest'`)
    const retried = jobs.filter((j) => j.retries > 0).length
    // Resolution is done for every document too: no entity mention without its link, no event without its cluster.
    const [unresolved] = await query<{ links: number; clusters: number }>(
      url,
      `select (select count(*)::int from doc_entities de where not exists (select 1 from entity_links l where l.doc = de.doc and l.key = de.key)) as links,
              (select count(*)::int from events where cluster is null) as clusters`,
    )
    console.info(
      `restart: ${DOCS} enqueued, ${before} stored before the restart, ${rows.length} stored after, ` +
        `${retried} jobs retried, ${connectionErrors.length} connection errors reported, jobs done after the restart per worker: ${doneAfter.join(', ')}`,
    )
    // Every document once: none lost, none twice.
    expect(before).toBeLessThan(DOCS)
    expect(rows.length).toBe(DOCS)
    expect(new Set(rows.map((r) => r.hash))).toEqual(new Set(docs.map((d) => contentHash(d.text))))
    // Every job completed: none failed for good, none left active or waiting.
    expect(jobs.map((j) => j.state)).toEqual(Array(DOCS).fill('completed'))
    expect(unresolved).toEqual({ links: 0, clusters: 0 })
    // The restart reached the workers, and both carried on after it (same processes, no restart of theirs).
    expect(connectionErrors.length).toBeGreaterThan(0)
    expect(doneAfter.every((n) => n > 0)).toBe(true)
  }, 240_000)
})

describe.runIf(SKIP !== null)('PostgreSQL restarted during a worker run: skipped', () => {
  it('needs DYAD_TEST_PG and DYAD_TEST_PG_RESTART', () => {
    console.warn(`test/worker/restart skipped: ${SKIP}`)
    expect(SKIP).not.toBeNull()
  })
})
