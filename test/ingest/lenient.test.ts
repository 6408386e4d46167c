import { writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { readString } from '../../src/ingest/read.js'
import { collect, docs, ENGLISH, failures, tempDir } from './helpers.js'

// Issue 20, the smaller cases: deterministic fetch errors retried, one NUL
// failing a whole JSONL file, a bare & failing a whole feed, an impossible
// date accepted and dropped.
describe('fetch errors that cannot pass are not retried', () => {
  let server: Server
  let base: string
  let requests = 0
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests++
      if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end()
      else if (req.url === '/to-file') res.writeHead(302, { location: 'file:///etc/passwd' }).end()
      else res.writeHead(503).end()
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  it.each(['/loop', '/to-file'])('%s: one attempt, a reason that says so', async (path) => {
    requests = 0
    const items = await collect([`${base}${path}`], { retries: 3, backoffMs: 1, cache: null })
    const [failure] = failures(items)
    expect(failure!.ruleId).toBe('ingest:redirect')
    expect(failure!.reason).toMatch(/not retried/)
    // undici follows a loop 20 times: one attempt, not four.
    expect(requests).toBeLessThanOrEqual(21)
  })

  it('still retries a 503', async () => {
    requests = 0
    await collect([`${base}/busy`], { retries: 2, backoffMs: 1, cache: null })
    expect(requests).toBe(3)
  })
})

describe('lenient reading', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ dir, cleanup } = await tempDir()))
  afterEach(async () => cleanup())

  it('fails only the JSONL line that holds a NUL', async () => {
    const good = JSON.stringify({ text: ENGLISH })
    await writeFile(join(dir, 'in.jsonl'), `${good}\n{"text": "bad\u0000line"}\n${JSON.stringify({ text: `${ENGLISH} Again.` })}\n`)
    const items = await collect([join(dir, 'in.jsonl')])
    expect(docs(items)).toHaveLength(2)
    expect(failures(items).map((f) => [f.source, f.ruleId])).toEqual([[`${join(dir, 'in.jsonl')}#L2`, 'ingest:jsonl-syntax']])
  })

  it('rejects an impossible published date naming the field', async () => {
    await writeFile(join(dir, 'in.jsonl'), `${JSON.stringify({ published: '2024-02-30', text: ENGLISH })}\n${JSON.stringify({ published: '2024-02-29', text: `${ENGLISH} Leap.` })}\n`)
    const items = await collect([join(dir, 'in.jsonl')])
    expect(failures(items)).toEqual([{ source: `${join(dir, 'in.jsonl')}#L1`, reason: `${join(dir, 'in.jsonl')} line 1: published: "2024-02-30" is not a calendar date`, ruleId: 'ingest:jsonl-invalid' }])
    expect(docs(items)[0]!.meta.statedDate).toBe('2024-02-29')
  })

  it('reads a feed with a bare & and says so', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Trade & aid</title><item><title>Chile & Peru</title><link>https://x.example/a?b=1&c=2</link><description>${ENGLISH} &amp; more.</description></item></channel></rss>`
    const [doc] = docs(await readString({ text: feed, source: 'api:feed', format: 'feed' }))
    expect(doc!.meta.title).toBe('Chile & Peru')
    expect(doc!.meta.url).toBe('https://x.example/a?b=1&c=2')
    expect(doc!.diagnostics.map((d) => [d.ruleId, d.reason])).toEqual([['ingest:feed-lenient', 'not well-formed XML: 3 bare "&" read as "&amp;"']])
  })
})
