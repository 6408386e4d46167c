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
})
