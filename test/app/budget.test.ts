// A budget per document on every path: the pipeline in this thread, on
// worker threads, the CLI and the queue workers' handler. A budget of 0 ms
// is used up by the first stage, so these tests need no slow text.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createExtractionPool } from '../../src/app/extract-pool.js'
import { ingestPaths } from '../../src/app/ingest.js'
import { BUDGET_RULE, BudgetExceeded } from '../../src/pipeline/budget.js'
import { processDocument, type ProcessInput } from '../../src/pipeline/run.js'
import { openStore } from '../../src/store/open.js'
import { handleIngestJobs } from '../../src/worker/handle.js'
import type { StoreLock } from '../../src/worker/lock.js'
import { contentHash } from '../../src/util/ids.js'
import { dyad } from '../cli/run-cli.js'

const PAIRS = [
  ['Chile', 'Peru', 'Lima'],
  ['Kenya', 'Uganda', 'Kampala'],
  ['Norway', 'Finland', 'Helsinki'],
]

/** Short visits of our own wording, one per pair. */
function article(n: number): string {
  const [a, b, city] = PAIRS[n % PAIRS.length]
  return `${city}, 4 May 2023 - The President of ${a} arrived in ${city} on Thursday for talks with the leaders of ${b}.\n\nBoth sides signed ${n + 2} agreements on trade and energy.\n`
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-budget-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function folder(name: string, count: number): string {
  const at = join(dir, name)
  mkdirSync(at, { recursive: true })
  for (let n = 0; n < count; n++) writeFileSync(join(at, `visit-${n}.txt`), article(n))
  return at
}

describe('the pipeline stops a document past its budget', () => {
  it('throws BudgetExceeded naming the document, the limit and the rule', () => {
    const input: ProcessInput = { docId: 'd1', source: 'visit.txt', text: article(0), budgetMs: 0 }
    expect(() => processDocument(input)).toThrow(BudgetExceeded)
    try {
      processDocument(input)
    } catch (error) {
      const e = error as BudgetExceeded
      expect(e.ruleId).toBe(BUDGET_RULE)
      expect(e.limitMs).toBe(0)
      expect(e.message).toMatch(/^visit\.txt: not extracted: over the budget of 0 ms per document \(stopped in .+\) \[pipeline:budget\]$/)
    }
  })

  it('reads the same document in full without a budget or within a generous one', () => {
    const free = processDocument({ docId: 'd1', source: 'visit.txt', text: article(0) })
    const generous = processDocument({ docId: 'd1', source: 'visit.txt', text: article(0), budgetMs: 600_000 })
    expect(generous).toEqual(free)
    expect(free.events.length).toBeGreaterThan(0)
  })
})

describe('ingest in this thread', () => {
  it('fails the document over its budget with the rule and stores the rest', async () => {
    const store = await openStore(':memory:')
    folder('inline', 3)
    // Sources are named from the folder given.
    const over = 'inline/visit-1.txt'
    // The budget of one document only: the others run without a limit.
    const process = (input: ProcessInput) => processDocument({ ...input, budgetMs: input.source.endsWith('visit-1.txt') ? 0 : undefined })
    const report = await ingestPaths(store, [join(dir, 'inline')], { process, threads: 1 })
    expect(report.new).toBe(2)
    expect(report.failures).toEqual([{ source: over, reason: `${over}: not extracted: over the budget of 0 ms per document (stopped in the text stage) [pipeline:budget]`, ruleId: BUDGET_RULE }])
    expect((await store.db.selectFrom('documents').select('source').orderBy('source').execute()).map((d) => d.source)).toEqual(['inline/visit-0.txt', 'inline/visit-2.txt'])
    await store.close()
  })

  it('passes the ingest budget to every document', async () => {
    const store = await openStore(':memory:')
    const report = await ingestPaths(store, [folder('inline-all', 2)], { threads: 1, budgetMs: 0 })
    expect(report.failures.map((f) => f.ruleId)).toEqual([BUDGET_RULE, BUDGET_RULE])
    expect(report.new).toBe(0)
    await store.close()
  })
})

describe('ingest on worker threads', () => {
  it('a thread returns the budget failure with its rule and goes on with the next document', async () => {
    const pool = createExtractionPool(2)
    try {
      const [over, within] = await pool.extract([
        { docId: 'd1', source: 'over.txt', text: article(0), budgetMs: 0 },
        { docId: 'd2', source: 'within.txt', text: article(1) },
      ])
      expect(over).toBeInstanceOf(Error)
      expect((over as Error & { ruleId?: string }).ruleId).toBe(BUDGET_RULE)
      expect((over as Error).message).toContain('over.txt: not extracted: over the budget of 0 ms')
      expect(within).toEqual(processDocument({ docId: 'd2', source: 'within.txt', text: article(1) }))
    } finally {
      await pool.close()
    }
  })

  it('a pool shrunk to one thread goes on extracting', async () => {
    // charsPerThread 0: both threads start.
    const pool = createExtractionPool(2, undefined, 0)
    const input = (n: number) => ({ docId: `d${n}`, source: `visit-${n}.txt`, text: article(n) })
    try {
      expect(await pool.extract([input(0), input(1)])).toEqual([processDocument(input(0)), processDocument(input(1))])
      await pool.shrink(1)
      expect(await pool.extract([input(2), input(3), input(4)])).toEqual([2, 3, 4].map((n) => processDocument(input(n))))
    } finally {
      await pool.close()
    }
  })

  it('a pool shrunk to none starts a thread again for the next documents', async () => {
    const pool = createExtractionPool(2, undefined, 0)
    const input = (n: number) => ({ docId: `d${n}`, source: `visit-${n}.txt`, text: article(n) })
    try {
      expect(await pool.extract([input(0), input(1)])).toEqual([processDocument(input(0)), processDocument(input(1))])
      await pool.shrink(0)
      expect(await pool.extract([input(2), input(3)])).toEqual([2, 3].map((n) => processDocument(input(n))))
    } finally {
      await pool.close()
    }
  })

  it('dyad ingest --threads 2 --budget-ms 0 names each file, the limit and the rule', async () => {
    const db = join(dir, 'threads.db')
    const input = folder('threads', 2)
    const run = await dyad('ingest', '--db', db, '--threads', '2', '--budget-ms', '0', input)
    expect(run.code).toBe(1)
    const lines = run.err.trim().split('\n')
    expect(lines).toHaveLength(2)
    for (const [n, line] of lines.entries()) expect(line).toMatch(new RegExp(`^failed: .*threads/visit-${n}\\.txt: not extracted: over the budget of 0 ms per document \\(stopped in .+\\) \\[pipeline:budget\\]$`))
    expect(run.out).toContain('documents: 0 new, 0 replaced, 0 unchanged, 2 failed')
  })

  it('dyad ingest --threads 1 with the same budget fails the same way', async () => {
    const run = await dyad('ingest', '--db', join(dir, 'one.db'), '--threads', '1', '--budget-ms', '0', folder('one', 1))
    expect(run.err).toMatch(/one\/visit-0\.txt: not extracted: over the budget of 0 ms .*\[pipeline:budget\]/)
  })
})

describe('queue workers', () => {
  it('a job over its budget fails with the reason; the other jobs of the batch are stored', async () => {
    const store = await openStore(':memory:')
    // SQLite stands in for PostgreSQL here: resolution needs only a lock that runs its work.
    const lock = { with: <T>(work: () => Promise<T>) => work() } as unknown as StoreLock
    const jobs = [0, 1, 2].map((n) => {
      const doc = { source: `visit-${n}.txt`, text: article(n), meta: {}, diagnostics: [] }
      return { doc, hash: contentHash(doc.text) }
    })
    const process = (input: ProcessInput) => processDocument({ ...input, budgetMs: input.source === 'visit-1.txt' ? 0 : input.budgetMs })
    const results = await handleIngestJobs(store, lock, jobs, { process })
    expect(results.map((r) => r.outcome)).toEqual(['new', 'failed', 'new'])
    expect(results[1].error).toMatch(/^visit-1\.txt: not extracted: over the budget of 0 ms .*\[pipeline:budget\]$/)
    // The handler's own default reaches the pipeline: with budget 0 every job fails.
    const all = await handleIngestJobs(store, lock, [{ doc: { source: 'late.txt', text: article(5), meta: {}, diagnostics: [] }, hash: contentHash(article(5)) }], { budgetMs: 0 })
    expect(all[0].error).toMatch(/late\.txt: not extracted: over the budget of 0 ms/)
    await store.close()
  })
})
