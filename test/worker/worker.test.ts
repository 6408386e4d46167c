// Ingest jobs on pg-boss: enqueue documents, run two workers, every
// document stored exactly once; a job that fails once is retried. Needs a
// PostgreSQL server (DYAD_TEST_PG, as .ci/run sets); skipped otherwise.
import type PgBoss from 'pg-boss'
import { afterEach, describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../src/model/types.js'
import { processDocument, type ProcessInput } from '../../src/pipeline/run.js'
import { openStore } from '../../src/store/open.js'
import { contentHash } from '../../src/util/ids.js'
import { enqueueDocuments, openQueue, pendingJobs, startWorker, type Worker } from '../../src/worker/index.js'
import { postgresTarget } from '../store/helpers/stores.js'

const COUNTRIES = ['Norway', 'Chile', 'Kenya', 'Portugal', 'Indonesia', 'Canada', 'Ghana', 'Peru']

/** Short documents of our own wording: one visit each. */
function documents(n: number): SourceDocument[] {
  return Array.from({ length: n }, (_, i) => {
    const [a, b] = [COUNTRIES[i % COUNTRIES.length], COUNTRIES[(i + 3) % COUNTRIES.length]]
    const text = `Oslo, March ${i + 1}, 2023 - The Foreign Minister of ${a} arrived in ${b} on March ${i + 1} for a three-day official visit, the ${i + 1}th of its kind.\n\nBoth sides agreed to expand trade and signed ${i + 2} agreements.\n`
    return { source: `visit-${i}.txt`, text, meta: {}, diagnostics: [] }
  })
}

async function drain(boss: PgBoss, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while ((await pendingJobs(boss)) > 0) {
    if (Date.now() > until) throw new Error('jobs still pending')
    await new Promise((r) => setTimeout(r, 250))
  }
}

async function jobStates(boss: PgBoss): Promise<{ key: string; state: string; retries: number }[]> {
  const { rows } = await boss.getDb().executeSql(`select singleton_key as key, state, retry_count as retries from pgboss.job where name = 'dyad-ingest' order by singleton_key`, [])
  return rows as { key: string; state: string; retries: number }[]
}

describe.skipIf(postgresTarget.skip !== null)('ingest jobs on PostgreSQL (pg-boss)', () => {
  const open: { stop(): Promise<void> }[] = []
  const cleanups: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const o of open.splice(0)) await o.stop()
    for (const c of cleanups.splice(0)) await c()
  })

  async function fresh(): Promise<string> {
    const { url, cleanup } = await postgresTarget.fresh()
    cleanups.push(cleanup)
    return url
  }

  it('two workers store every document exactly once, a repeated document is queued once', async () => {
    const url = await fresh()
    const boss = await openQueue(url, { retryDelay: 0 })
    open.push({ stop: () => boss.stop({ graceful: false, wait: true }) })
    const docs = documents(8)
    const report = await enqueueDocuments(boss, [...docs, docs[2], { ...docs[5], source: 'copy-of-5.txt' }])
    expect(report).toEqual({ read: 10, queued: 8 })

    const seen: string[] = []
    for (let w = 0; w < 2; w++) {
      const worker: Worker = await startWorker(url, { pollSeconds: 0.5, policy: { retryDelay: 0 }, onJob: (e) => seen.push(e.source) })
      open.push(worker)
    }
    await drain(boss)

    const store = await openStore(url)
    try {
      const rows = await store.db.selectFrom('documents').select(['id', 'hash', 'source']).execute()
      expect(rows.map((r) => r.hash).sort()).toEqual(docs.map((d) => contentHash(d.text)).sort())
      expect(new Set(rows.map((r) => r.id)).size).toBe(8)
      const events = await store.db.selectFrom('events').select('doc').execute()
      expect(events.length).toBeGreaterThan(0)
    } finally {
      await store.close()
    }
    const states = await jobStates(boss)
    expect(states.map((s) => s.state)).toEqual(Array(8).fill('completed'))
    // One job per content: the copy and the original are one job (either source).
    expect(seen.length).toBe(8)
    expect(seen.filter((s) => s === 'visit-5.txt' || s === 'copy-of-5.txt')).toHaveLength(1)
  }, 120_000)

  it('a job whose handler fails once is retried and completes', async () => {
    const url = await fresh()
    const boss = await openQueue(url, { retryDelay: 0 })
    open.push({ stop: () => boss.stop({ graceful: false, wait: true }) })
    const docs = documents(3)
    await enqueueDocuments(boss, docs)
    const failed = new Set<string>()
    const flaky = (input: ProcessInput) => {
      if (input.source === 'visit-1.txt' && !failed.has(input.source)) {
        failed.add(input.source)
        throw new Error('simulated crash in extraction')
      }
      return processDocument(input)
    }
    const errors: string[] = []
    open.push(await startWorker(url, { pollSeconds: 0.5, policy: { retryDelay: 0 }, ingest: { process: flaky }, onJob: (e) => e.error && errors.push(e.source) }))
    await drain(boss)

    expect(errors).toEqual(['visit-1.txt'])
    const states = await jobStates(boss)
    const retried = states.find((s) => s.key === contentHash(docs[1].text))
    expect(retried).toEqual({ key: contentHash(docs[1].text), state: 'completed', retries: 1 })
    expect(states.every((s) => s.state === 'completed')).toBe(true)
    const store = await openStore(url)
    try {
      const rows = await store.db.selectFrom('documents').select('source').orderBy('source').execute()
      expect(rows.map((r) => r.source)).toEqual(['visit-0.txt', 'visit-1.txt', 'visit-2.txt'])
    } finally {
      await store.close()
    }
  }, 120_000)
})

describe.runIf(postgresTarget.skip !== null)('ingest jobs on PostgreSQL (pg-boss): skipped', () => {
  it('needs DYAD_TEST_PG', () => {
    console.warn(`test/worker skipped: ${postgresTarget.skip}`)
    expect(process.env.DYAD_TEST_PG).toBeUndefined()
  })
})
