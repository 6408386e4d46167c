// The API over a store filled by the real ingest service and pipeline from
// the seed corpus. What the pipeline extracts changes as it improves, so
// these tests check what must hold for any extraction: every route answers,
// every record points into its document's text, and the ids link up.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { createApp } from '../../src/api/app.js'
import { ingestPaths } from '../../src/app/ingest.js'
import { openStore, type Store } from '../../src/store/index.js'
import { call } from './helpers.js'
import { STORE_TARGETS } from '../store/helpers/stores.js'

// the seed corpus sits next to the repository (../shared), as for scripts/dev-score.ts
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/vietnam-china', import.meta.url))
const SKIP = existsSync(CORPUS) ? null : `seed corpus not found at ${CORPUS}`

for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip || SKIP)(`API over the seed corpus (${target.name})`, () => {
    let store: Store
    let app: FastifyInstance
    let cleanup: () => Promise<void>
    beforeAll(async () => {
      const where = await target.fresh()
      cleanup = where.cleanup
      store = await openStore(where.url)
      const report = await ingestPaths(store, [CORPUS])
      expect(report.new).toBe(5)
      app = await createApp({ store })
    })
    afterAll(async () => {
      await app?.close()
      await store?.close()
      await cleanup?.()
    })

    it('answers every read route', async () => {
      for (const url of ['/api/health', '/api/documents', '/api/entities', '/api/events', '/api/timeline?pair=VN,CN', '/api/indicators', '/api/conflicts', '/api/search?q=Vietnam', '/api/stats']) {
        const r = await call(app, url)
        expect(r.status, `${url}: ${r.body.slice(0, 300)}`).toBe(200)
      }
    })

    it('lists the five articles, and each record lies inside its text', async () => {
      const list = await call(app, '/api/documents')
      expect(list.json.total).toBe(5)
      for (const d of list.json.items) {
        const r = await call(app, `/api/documents/${d.id}`)
        expect(r.status).toBe(200)
        const text: string = r.json.document.text
        expect(text.length).toBe(d.length)
        for (const x of r.json.records) {
          expect(x.span.start, `${x.kind} ${x.id}`).toBeGreaterThanOrEqual(0)
          expect(x.span.end, `${x.kind} ${x.id}`).toBeLessThanOrEqual(text.length)
          expect(x.span.start, `${x.kind} ${x.id}`).toBeLessThanOrEqual(x.span.end)
          if (x.kind === 'entity' || x.kind === 'time') expect(text.slice(x.span.start, x.span.end)).toBe(x.text)
        }
      }
    })

    it('links events to their evidence, cluster and document', async () => {
      const events = await call(app, '/api/events?limit=20')
      for (const e of events.json.items) {
        const doc = await call(app, `/api/documents/${e.doc}`)
        expect(e.evidence).toBe(doc.json.document.text.slice(e.span.start, e.span.end))
        const one = await call(app, `/api/events/${e.id}`)
        expect(one.status).toBe(200)
        expect(one.json.mentions.map((m: { id: string }) => m.id)).toContain(e.id)
        if (e.cluster) expect((await call(app, `/api/clusters/${e.cluster.id}`)).json.cluster.mentions).toBe(e.cluster.mentions)
      }
    })

    it('finds the articles by words in their text', async () => {
      const r = await call(app, '/api/search?q=Vietnam%20China')
      expect(r.json.hits.length).toBeGreaterThan(0)
      expect(r.json.hits.filter((h: { kind: string }) => h.kind === 'document').length).toBeGreaterThanOrEqual(1)
      const stats = await call(app, '/api/stats')
      expect(stats.json.counts.documents).toBe(5)
    })
  })
}
