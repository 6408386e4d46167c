import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, openFixture, STORE_TARGETS, tableCounts, type Fixture } from './helpers.js'

const TOKEN = 'correct horse battery staple'
const auth = { authorization: `Bearer ${TOKEN}` }
const ARTICLE = 'Ghana and Togo signed a border agreement in Accra on 2 February 2021. The ministers praised the talks.'

for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip)(`write routes (${target.name})`, () => {
    let f: Fixture
    beforeEach(async () => {
      f = await openFixture(target, { token: TOKEN })
    })
    afterEach(async () => f?.close())

    it('refuses writes without the bearer token, or with a wrong one', async () => {
      const before = await tableCounts(f.store)
      for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: `Basic ${TOKEN}` }, { authorization: 'Bearer' }]) {
        const post = await call(f.app, { method: 'POST', url: '/api/ingest', headers, payload: { text: ARTICLE } })
        expect(post.status).toBe(401)
        expect(post.json.field).toBe('authorization')
        expect(post.headers['www-authenticate']).toBe('Bearer')
        const del = await call(f.app, { method: 'DELETE', url: `/api/documents/${f.ids.docA}`, headers })
        expect(del.status).toBe(401)
      }
      expect(await tableCounts(f.store)).toEqual(before)
    })

    it('checks the token before reading the body', async () => {
      const r = await call(f.app, { method: 'POST', url: '/api/ingest', payload: { nonsense: true } })
      expect(r.status).toBe(401)
    })

    it('stores each article once when the same articles are posted concurrently', async () => {
      const places = [['Ghana', 'Togo', 'Accra'], ['Peru', 'Chile', 'Lima'], ['Norway', 'Sweden', 'Oslo'], ['Kenya', 'Uganda', 'Nairobi'], ['Spain', 'Portugal', 'Madrid'], ['Laos', 'Cambodia', 'Vientiane']]
      const texts = places.map(([a, b, city], n) => `${a} and ${b} signed a trade agreement in ${city} on ${n + 2} March 2023. Trade between ${a} and ${b} reached ${n + 1}.5 billion USD in 2022.`)
      const before = await tableCounts(f.store)
      const answers = await Promise.all([...texts, ...texts].map((text) => call(f.app, { method: 'POST', url: '/api/ingest', headers: auth, payload: { text } })))
      expect(answers.filter((a) => a.status !== 201 && a.status !== 200).map((a) => [a.status, a.json?.error ?? a.json?.message ?? a.body.slice(0, 200)])).toEqual([])
      expect(answers.filter((a) => a.json.outcome === 'new')).toHaveLength(texts.length)
      const after = await tableCounts(f.store)
      expect(after.documents - before.documents).toBe(texts.length)
      const unclustered = await f.store.db.selectFrom('events').select('id').where('cluster', 'is', null).execute()
      expect(unclustered).toEqual([])
    })

    it('ingests posted text once: new (201), then unchanged (200)', async () => {
      const first = await call(f.app, { method: 'POST', url: '/api/ingest', headers: auth, payload: { text: ARTICLE, title: 'Border deal', published: '2021-02-03' } })
      expect(first.status).toBe(201)
      expect(first.json.outcome).toBe('new')
      const id = first.json.documents[0].id
      expect(id).toMatch(/^d[0-9a-f]{16}$/)
      const again = await call(f.app, { method: 'POST', url: '/api/ingest', headers: auth, payload: { text: ARTICLE } })
      expect(again.status).toBe(200)
      expect(again.json).toMatchObject({ outcome: 'unchanged', documents: [{ id, outcome: 'unchanged' }] })
      const doc = await call(f.app, `/api/documents/${id}`)
      expect(doc.json.document).toMatchObject({ text: ARTICLE, title: 'Border deal' })
      expect((await call(f.app, '/api/documents')).json.total).toBe(4)
    })

    it('replaces the earlier version of the same URL', async () => {
      const url = 'https://news.example/border'
      const v1 = await call(f.app, { method: 'POST', url: '/api/ingest', headers: auth, payload: { text: ARTICLE, url } })
      const v2 = await call(f.app, { method: 'POST', url: '/api/ingest', headers: auth, payload: { text: `${ARTICLE} A later paragraph was added.`, url } })
      expect(v2.status).toBe(201)
      expect(v2.json.outcome).toBe('replaced')
      expect((await call(f.app, `/api/documents/${v1.json.documents[0].id}`)).status).toBe(404)
      expect((await call(f.app, `/api/documents/${v2.json.documents[0].id}`)).json.document).toMatchObject({ version: 2, url })
    })

    it('ingests an HTML page: its main text, with the title from the page', async () => {
      const html = `<!doctype html><html><head><title>Border deal signed</title><meta property="article:published_time" content="2021-02-03T08:00:00Z"></head>
        <body><nav>Home | World | Sport</nav><article><h1>Border deal signed</h1>
        <p>${ARTICLE}</p><p>Officials from both governments said the accord settles a dispute over fishing rights that had lasted for two decades.</p>
        </article><footer>Copyright notice</footer></body></html>`
      const r = await call(f.app, { method: 'POST', url: '/api/ingest', headers: auth, payload: { html, url: 'https://news.example/border.html' } })
      expect(r.status).toBe(201)
      const doc = (await call(f.app, `/api/documents/${r.json.documents[0].id}`)).json.document
      expect(doc.text).toContain('Ghana and Togo signed a border agreement')
      expect(doc.text).not.toContain('<p>')
      expect(doc.text).not.toContain('Copyright notice')
      expect(doc).toMatchObject({ title: 'Border deal signed', url: 'https://news.example/border.html' })
    })

    it('ingests every item of a feed as its own document', async () => {
      const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>Ghana and Togo sign border deal</title><link>https://news.example/1</link><description>${ARTICLE}</description><pubDate>Wed, 03 Feb 2021 08:00:00 GMT</pubDate></item>
        <item><title>Ministers meet again</title><link>https://news.example/2</link><description>The foreign ministers of Ghana and Togo met again in Lome on 10 March 2021 to review the accord.</description></item>
        </channel></rss>`
      const r = await call(f.app, { method: 'POST', url: '/api/ingest', headers: auth, payload: { feed } })
      expect(r.status).toBe(201)
      expect(r.json.documents.map((d: { source: string; outcome: string }) => [d.source, d.outcome])).toEqual([
        ['https://news.example/1', 'new'],
        ['https://news.example/2', 'new'],
      ])
      expect((await call(f.app, '/api/documents')).json.total).toBe(5)
    })

    it('answers 422 with the reason when nothing in the body can be stored', async () => {
      const r = await call(f.app, { method: 'POST', url: '/api/ingest', headers: auth, payload: { html: '<html><body><nav>menu</nav></body></html>' } })
      expect(r.status).toBe(422)
      expect(r.json).toMatchObject({ error: 'Unprocessable Entity', field: 'html' })
      expect(r.json.message).toContain('article text')
      const feed = await call(f.app, { method: 'POST', url: '/api/ingest', headers: auth, payload: { feed: '<rss><channel><item>' } })
      expect(feed.status).toBe(422)
      expect(feed.json.field).toBe('feed')
    })

    it.each([
      [{}, 'text'],
      [{ text: ARTICLE, html: '<p>x</p>' }, 'html'],
      [{ text: '   ' }, 'text'],
      [{ text: 42 }, 'text'],
      [{ text: `${ARTICLE}\u0000binary` }, 'text'],
      [{ text: ARTICLE, url: 'ftp://files.example/a' }, 'url'],
      [{ text: ARTICLE, url: 'not a url' }, 'url'],
      [{ text: ARTICLE, published: '2021-02-30x' }, 'published'],
      [{ text: ARTICLE, title: '' }, 'title'],
      [{ text: ARTICLE, title: 'a\u0000b' }, 'title'],
      [{ text: ARTICLE, author: 'someone' }, 'author'],
    ])('refuses the body %j with 400 naming %s', async (payload, field) => {
      const r = await call(f.app, { method: 'POST', url: '/api/ingest', headers: auth, payload })
      expect(r.status).toBe(400)
      expect(r.json.field).toBe(field)
    })

    it('refuses malformed JSON, other content types and bodies over the limit', async () => {
      const json = await call(f.app, { method: 'POST', url: '/api/ingest', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"text": ' })
      expect(json.status).toBe(400)
      expect(json.json.error).toBe('Bad Request')
      const plain = await call(f.app, { method: 'POST', url: '/api/ingest', headers: { ...auth, 'content-type': 'text/plain' }, payload: ARTICLE })
      expect(plain.status).toBe(415)
      const big = await call(f.app, { method: 'POST', url: '/api/ingest', headers: auth, payload: { text: 'word '.repeat(1_100_000) } })
      expect(big.status).toBe(413)
      expect(big.json.message).toContain('5242880 bytes')
    })

    it('deletes a document and re-resolves what it touched', async () => {
      const r = await call(f.app, { method: 'DELETE', url: `/api/documents/${f.ids.docB}`, headers: auth })
      expect(r.status).toBe(200)
      expect(r.json).toEqual({ deleted: f.ids.docB })
      expect((await call(f.app, `/api/documents/${f.ids.docB}`)).status).toBe(404)
      expect((await call(f.app, `/api/events/${f.ids.visit}`)).status).toBe(404)
      const meeting = await call(f.app, `/api/events/${f.ids.meetingA}`)
      expect(meeting.json.cluster).toMatchObject({ mentions: 1, documents: 1 })
      expect((await call(f.app, '/api/search?q=Nairobi')).json.hits).toEqual([])
      const again = await call(f.app, { method: 'DELETE', url: `/api/documents/${f.ids.docB}`, headers: auth })
      expect(again.status).toBe(404)
    })
  })

  describe.skipIf(target.skip)(`write routes without DYAD_TOKEN (${target.name})`, () => {
    it('refuses every write and says how to enable them', async () => {
      const f = await openFixture(target)
      try {
        const r = await call(f.app, { method: 'POST', url: '/api/ingest', headers: { authorization: 'Bearer anything' }, payload: { text: ARTICLE } })
        expect(r.status).toBe(401)
        expect(r.json.message).toContain('DYAD_TOKEN')
        const del = await call(f.app, { method: 'DELETE', url: `/api/documents/${f.ids.docA}` })
        expect(del.status).toBe(401)
        expect((await call(f.app, `/api/documents/${f.ids.docA}`)).status).toBe(200)
      } finally {
        await f.close()
      }
    })
  })
}
