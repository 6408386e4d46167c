import { describe, expect, it } from 'vitest'
import { fixtureStoreText } from './helpers/fixture-store.js'

// The snapshot was written before the store's write path was reworked for
// speed (batched inserts, cached statements, per-document work); the store
// it describes must not change. Update it (vitest -u) only for a change
// meant to alter what is stored.
describe('store built from fixed articles', () => {
  it('should hold exactly the committed rows and export', async () => {
    const text = await fixtureStoreText()
    expect(text).toContain('"replaced": 1')
    expect(text).toContain('ingest:language')
    await expect(text).toMatchFileSnapshot('../fixtures/equivalence/store.snapshot.json')
  })

  it('should hold the same with the pipeline on three worker threads, in batches of two', async () => {
    // charsPerThread 0: every thread starts, though the fixtures are fewer characters than a thread waits for.
    const text = await fixtureStoreText({ threads: 3, batch: 2, charsPerThread: 0 })
    await expect(text).toMatchFileSnapshot('../fixtures/equivalence/store.snapshot.json')
    // Three threads each load the language model: on two busy cores that alone can take a minute.
  }, 180_000)

  it('should hold the same when every thread ends before resolution and this thread re-dates', async () => {
    // keepThreadBelow 0: what an ingest of 2,000 documents or more does (src/app/ingest.ts KEEP_THREAD_BELOW).
    const text = await fixtureStoreText({ threads: 2, batch: 2, charsPerThread: 0, keepThreadBelow: 0 })
    await expect(text).toMatchFileSnapshot('../fixtures/equivalence/store.snapshot.json')
  }, 180_000)

  it('should hold the same with one document per batch, in this thread', async () => {
    await expect(await fixtureStoreText({ batch: 1 })).toMatchFileSnapshot('../fixtures/equivalence/store.snapshot.json')
  })
})
