// POSTed documents: the pipeline's budget per document, in the server's
// thread (createApp's default writer) and on `dyad serve`'s write thread,
// which stores through its own connection while the server's thread reads.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.js'
import { startServer } from '../../src/api/server.js'
import { openStore } from '../../src/store/open.js'
import { call } from './helpers.js'

const TOKEN = 'budget token of our own'
const auth = { authorization: `Bearer ${TOKEN}` }
const ARTICLE = 'Kenya and Tanzania signed a trade agreement in Arusha on 9 June 2022. The ministers of both countries praised the talks and agreed to meet again in Nairobi.'

const dir = mkdtempSync(join(tmpdir(), 'dyad-write-thread-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('POST /api/ingest in the server thread', () => {
  it('a document over the budget is refused with the rule, the limit and the source', async () => {
    const store = await openStore(':memory:')
    const app = await createApp({ store, token: TOKEN, budgetMs: 0 })
    const r = await call(app, { method: 'POST', url: '/api/ingest', headers: auth, payload: { text: ARTICLE, url: 'https://news.example/arusha' } })
    expect(r.status).toBe(422)
    expect(r.json.message).toBe('https://news.example/arusha: not extracted: over the budget of 0 ms per document (stopped in the text stage) [pipeline:budget]')
    expect(r.json.field).toBe('text')
    await app.close()
    await store.close()
  })
})

describe('POST /api/ingest on the write thread of dyad serve', () => {
  it('stores through the thread and reads what it stored on the server thread', async () => {
    const server = await startServer({ db: join(dir, 'ok.db'), port: 0, token: TOKEN, webRoot: null, print: () => {} })
    try {
      const post = await fetch(`${server.address}/api/ingest`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ text: ARTICLE }) })
      const body = (await post.json()) as { outcome: string; documents: { id: string }[] }
      expect(post.status).toBe(201)
      expect(body.outcome).toBe('new')
      const read = await fetch(`${server.address}/api/documents/${body.documents[0].id}`)
      expect(read.status).toBe(200)
      const again = await fetch(`${server.address}/api/ingest`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ text: ARTICLE }) })
      expect(((await again.json()) as { outcome: string }).outcome).toBe('unchanged')
    } finally {
      await server.close()
    }
  })

  it('applies --budget-ms on the thread: the document fails with the rule', async () => {
    const server = await startServer({ db: join(dir, 'budget.db'), port: 0, token: TOKEN, webRoot: null, budgetMs: 0, print: () => {} })
    try {
      const post = await fetch(`${server.address}/api/ingest`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ text: ARTICLE }) })
      expect(post.status).toBe(422)
      expect(((await post.json()) as { message: string }).message).toMatch(/^api:[0-9a-f]{16}: not extracted: over the budget of 0 ms per document \(stopped in the text stage\) \[pipeline:budget\]$/)
      const health = await fetch(`${server.address}/api/health`)
      expect(health.status).toBe(200)
    } finally {
      await server.close()
    }
  })
})
