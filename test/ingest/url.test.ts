import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { isUnchanged, MemoryHttpCache } from '../../src/ingest/read.js'
import type { IngestOptions } from '../../src/ingest/read.js'
import { collect, docs, ENGLISH, failures, FIXTURES } from './helpers.js'

const HTML = readFileSync(join(FIXTURES, 'chile-argentina.html'))
const RSS = readFileSync(join(FIXTURES, 'news.rss'))
const FAST: IngestOptions = { backoffMs: 5, timeoutMs: 5000, cache: null }

describe('URLs', () => {
  let server: Server
  let base: string
  const hits = new Map<string, number>()
  const seen: Record<string, string | undefined>[] = []

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, hit: number) => void> = {
    '/news/energy': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML),
    '/mislabelled-feed': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(RSS),
    '/download': (_req, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(HTML),
    '/legacy': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' }).end(iconv.encode(`${ENGLISH} Café owners in São Tomé agreed.`, 'windows-1252')),
    '/feed': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end()
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(RSS)
    },
    '/feed-dated': (req, res) => {
      if (req.headers['if-modified-since'] === 'Mon, 20 May 2024 23:00:00 GMT') return res.writeHead(304).end()
      res.writeHead(200, { 'content-type': 'text/xml', 'last-modified': 'Mon, 20 May 2024 23:00:00 GMT' }).end(RSS)
    },
    '/slow': (_req, res) => {
      const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end(ENGLISH), 3000)
      res.on('close', () => clearTimeout(timer))
    },
    '/flaky': (_req, res, hit) => {
      if (hit < 3) return res.writeHead(500).end('temporarily broken')
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(ENGLISH)
    },
    '/down': (_req, res) => res.writeHead(503, { 'retry-after': '0' }).end(),
    '/gone': (_req, res) => res.writeHead(404).end('no such page'),
    '/huge': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(64 * 1024 * 1024) }).end(),
    '/streamed': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end(Buffer.alloc(4096, 'a'))
    },
  }

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]
      const hit = (hits.get(path) ?? 0) + 1
      hits.set(path, hit)
      seen.push({ path, inm: req.headers['if-none-match'], ims: req.headers['if-modified-since'] })
      const route = routes[path]
      if (route) route(req, res, hit)
      else res.writeHead(404).end()
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
  })
  beforeEach(() => {
    hits.clear()
    seen.length = 0
  })

  it('fetches an HTML page: article text, title, stated date, canonical URL', async () => {
    const items = await collect([`${base}/news/energy`], FAST)
    const [doc] = docs(items)
    expect(doc.source).toBe(`${base}/news/energy`)
    expect(doc.text.startsWith('The foreign ministers of Chile and Argentina signed an agreement')).toBe(true)
    expect(doc.text.split('\n\n')).toHaveLength(4)
    expect(doc.meta).toEqual({ title: 'Chile and Argentina sign border energy deal', url: 'https://andes.example.org/news/chile-argentina-energy', author: 'Lucia Ferrer', statedDate: '2024-04-09' })
  })

  it('chooses the format from the content when the Content-Type is wrong or generic', async () => {
    const items = await collect([`${base}/mislabelled-feed`, `${base}/download`], FAST)
    expect(docs(items).map((d) => d.meta.title)).toEqual([
      'Ghana and Togo reopen talks on maritime boundary',
      'Benin and Nigeria discuss cross-border rail link',
      'Chile and Argentina sign border energy deal',
    ])
  })

  it('decodes with the charset the Content-Type declares', async () => {
    const [doc] = docs(await collect([`${base}/legacy`], FAST))
    expect(doc.text.endsWith('Café owners in São Tomé agreed.')).toBe(true)
    expect(doc.diagnostics.map((d) => d.reason)).toEqual(['not valid UTF-8; decoded as declared charset windows-1252'])
  })

  it('fetches a feed, then sends If-None-Match and reports 304 as unchanged', async () => {
    const cache = new MemoryHttpCache()
    const first = await collect([`${base}/feed`], { ...FAST, cache })
    expect(docs(first).map((d) => [d.meta.title, d.meta.statedDate])).toEqual([
      ['Ghana and Togo reopen talks on maritime boundary', '2024-05-20'],
      ['Benin and Nigeria discuss cross-border rail link', '2024-05-18'],
    ])
    const second = await collect([`${base}/feed`], { ...FAST, cache })
    expect(seen.map((s) => s.inm)).toEqual([undefined, '"v1"'])
    expect(second).toHaveLength(1)
    expect(isUnchanged(second[0])).toBe(true)
    expect(failures(second)[0].reason).toBe(`${base}/feed: not modified since the last fetch (HTTP 304); nothing new to read`)
  })

  it('uses Last-Modified and can re-read the cached body on 304', async () => {
    const cache = new MemoryHttpCache()
    await collect([`${base}/feed-dated`], { ...FAST, cache })
    const again = await collect([`${base}/feed-dated`], { ...FAST, cache, notModified: 'reuse' })
    expect(seen[1].ims).toBe('Mon, 20 May 2024 23:00:00 GMT')
    expect(docs(again)).toHaveLength(2)
    expect(docs(again)[0].diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['ingest:unchanged', 'info']])
  })

  it('fails clearly when a slow server does not answer in time, without retrying', async () => {
    const items = await collect([`${base}/slow`], { ...FAST, timeoutMs: 150 })
    expect(failures(items)).toEqual([{ source: `${base}/slow`, reason: `${base}/slow: timed out after 150 ms without a complete answer (option timeoutMs)`, ruleId: 'ingest:timeout' }])
    expect(hits.get('/slow')).toBe(1)
  })

  it('retries a 500 and succeeds', async () => {
    const items = await collect([`${base}/flaky`], { ...FAST, retries: 3 })
    expect(docs(items).map((d) => d.text)).toEqual([ENGLISH])
    expect(hits.get('/flaky')).toBe(3)
  })

  it('gives up after the bounded retries with the last status', async () => {
    const items = await collect([`${base}/down`], { ...FAST, retries: 2 })
    expect(failures(items)).toEqual([{ source: `${base}/down`, reason: `${base}/down: HTTP 503 Service Unavailable after 3 attempts`, ruleId: 'ingest:http-status' }])
    expect(hits.get('/down')).toBe(3)
  })

  it('does not retry a 404', async () => {
    const items = await collect([`${base}/gone`, `${base}/news/energy`], FAST)
    expect(failures(items)).toEqual([{ source: `${base}/gone`, reason: `${base}/gone: HTTP 404 Not Found`, ruleId: 'ingest:http-status' }])
    expect(hits.get('/gone')).toBe(1)
    expect(docs(items)).toHaveLength(1)
  })

  it('refuses bodies above maxBytes, declared or streamed', async () => {
    const items = await collect([`${base}/huge`, `${base}/streamed`], { ...FAST, maxBytes: 1000 })
    expect(failures(items).map((f) => f.ruleId)).toEqual(['ingest:too-large', 'ingest:too-large'])
    expect(failures(items)[0].reason).toContain('67,108,864 bytes, above the limit of 1,000 (option maxBytes)')
  })

  it('retries network errors and then reports them', async () => {
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const port = (closed.address() as AddressInfo).port
    await new Promise((done) => closed.close(done))
    const items = await collect([`http://127.0.0.1:${port}/x`], { ...FAST, retries: 1 })
    expect(failures(items)[0].ruleId).toBe('ingest:network')
    expect(failures(items)[0].reason).toMatch(/network error \(ECONNREFUSED\) after 2 attempts/)
  })

  it('stops when the caller aborts', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const items = await collect([`${base}/slow`], { ...FAST, signal: controller.signal })
    expect(failures(items).map((f) => f.ruleId)).toEqual(['ingest:aborted'])
  })
})

describe('MemoryHttpCache', () => {
  it('keeps only the most recently used entries', () => {
    const cache = new MemoryHttpCache(2)
    cache.set('a', { etag: '1' })
    cache.set('b', { etag: '2' })
    cache.get('a')
    cache.set('c', { etag: '3' })
    expect([cache.get('a')?.etag, cache.get('b'), cache.get('c')?.etag, cache.size]).toEqual(['1', undefined, '3', 2])
  })
})
