import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ingestItems } from '../../src/app/ingest.js'
import { LinkCache, loadLinks } from '../../src/app/query/links.js'
import { openStore } from '../../src/store/index.js'
import { generate } from './helpers/generated.js'

// Clustering reads links through a LinkCache, one document at a time as
// seeds are gathered: every lookup must give what loadLinks gives for the
// same documents, whatever was asked before.
describe('LinkCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-links-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('looks keys up as loadLinks does, over documents asked for in steps', async () => {
    const store = await openStore(join(dir, 'links.db'))
    try {
      await ingestItems(
        store,
        generate().map((doc) => ({ ok: true as const, doc })),
        { now: () => '2026-01-01T00:00:00.000Z' },
      )
      const links = await store.db.selectFrom('entity_links').select(['doc', 'key', 'entity']).execute()
      const docs = [...new Set(links.map((l) => l.doc))]
      expect(links.some((l) => l.key !== l.entity)).toBe(true)
      const cache = new LinkCache(store.db)
      // Overlapping steps, repeats included, as gather asks.
      for (let n = 0; n < docs.length; n += 3) {
        const step = [...docs.slice(n, n + 5), docs[0]]
        const cached = await cache.of(step)
        const fresh = await loadLinks(store.db, step)
        for (const l of links.filter((x) => step.includes(x.doc))) expect(cached(l.doc, l.key)).toBe(fresh(l.doc, l.key))
        expect(cached(step[0], 'person:nobody')).toBe('person:nobody')
      }
    } finally {
      await store.close()
    }
  })
})
