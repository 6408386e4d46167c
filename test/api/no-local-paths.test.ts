// No answer of the API tells a caller where files lie on the server's disk:
// every GET route of the OpenAPI document is called on every record of a
// store of the seed corpus and the demo, ingested from absolute paths. A new
// route with a parameter this test cannot fill fails it, so it is extended.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.js'
import { ingestPaths } from '../../src/app/ingest.js'
import { openStore, type Store } from '../../src/store/index.js'
import { call } from './helpers.js'

const ROOT = resolve(import.meta.dirname, '../..')
const SEED = join(ROOT, '../shared/corpus/vietnam-china')
const EXAMPLES = join(ROOT, 'examples')

/** Every string inside a JSON value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) strings(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out)
  return out
}

// a POSIX or Windows absolute path to a file or folder, alone or inside a sentence
const ABSOLUTE = /(?:^|[\s"'(=])(?:\/(?:[\w.@-]+\/)+[\w.@-]*|[A-Za-z]:\\[\w\\. -]+)/

describe.skipIf(!existsSync(SEED))('no API response holds an absolute local path', () => {
  let dir: string
  let store: Store
  let app: FastifyInstance
  beforeAll(async () => {
    // the corpus is copied under a telling directory, so a leaked path cannot hide among ordinary words
    dir = mkdtempSync(join(tmpdir(), 'dyad-leak-probe-'))
    cpSync(SEED, join(dir, 'in', 'vietnam-china'), { recursive: true })
    cpSync(EXAMPLES, join(dir, 'in', 'examples'), { recursive: true })
    store = await openStore(join(dir, 'store.db'))
    await ingestPaths(store, [join(dir, 'in', 'vietnam-china'), join(dir, 'in', 'examples')])
    app = await createApp({ store })
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await store?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('on every GET route of the OpenAPI document, for every record', async () => {
    const spec = (await call(app, '/openapi.json')).json as { paths: Record<string, { get?: { parameters?: { in: string; name: string; required?: boolean }[] } }> }
    const all = async (path: string) => {
      const items: { id: string; cluster?: { id: string } | null }[] = []
      for (let offset = 0; ; offset += 500) {
        const page = (await call(app, `${path}${path.includes('?') ? '&' : '?'}limit=500&offset=${offset}`)).json.items as typeof items
        items.push(...page)
        if (page.length < 500) return items
      }
    }
    const events = await all('/api/events')
    const ids: Record<string, string[]> = {
      '/api/documents/{id}': (await all('/api/documents')).map((d) => d.id),
      '/api/entities/{id}': (await all('/api/entities')).map((e) => e.id),
      '/api/events/{id}': events.map((e) => e.id),
      '/api/clusters/{id}': [...new Set(events.flatMap((e) => (e.cluster ? [e.cluster.id] : [])))],
    }
    // every listing with and without a pair; the pair routes for both pairs; search for a word of every text
    const values: Record<string, string[]> = { pair: ['VN,CN', 'JP,AU'], q: ['Vietnam', 'Australia', 'txt'], kind: ['all'], undated: ['true'] }
    const urls: string[] = []
    for (const [path, ops] of Object.entries(spec.paths)) {
      const params = ops.get?.parameters
      if (!params) continue
      const inPath = params.filter((p) => p.in === 'path')
      const required = params.filter((p) => p.in === 'query' && p.required)
      const optional = params.filter((p) => p.in === 'query' && !p.required && values[p.name])
      for (const p of [...inPath, ...required]) expect(p.in === 'path' ? ids[path] : values[p.name], `${path}: no values for ${p.name}`).toBeDefined()
      const bases = inPath.length ? ids[path]!.map((id) => path.replace('{id}', encodeURIComponent(id))) : [path]
      const queries: string[][] = required.length ? values[required[0]!.name]!.map((v) => [`${required[0]!.name}=${encodeURIComponent(v)}`]) : [[]]
      for (const p of optional) for (const v of values[p.name]!) queries.push([...(required.length ? queries[0]! : []), `${p.name}=${encodeURIComponent(v)}`])
      for (const base of bases) for (const q of queries) urls.push(q.length ? `${base}?${q.join('&')}` : base)
    }
    expect(Object.keys(spec.paths).filter((p) => spec.paths[p]!.get).length).toBeGreaterThan(10)
    expect(ids['/api/documents/{id}']!.length).toBe(9)

    const local = [dir, ROOT, homedir(), tmpdir()].filter((p) => p.length > 1)
    for (const url of urls) {
      const r = await call(app, url)
      expect(r.status, url).toBe(200)
      for (const s of strings(r.json)) {
        for (const p of local) expect(s, url).not.toContain(p)
        expect(s, url).not.toMatch(ABSOLUTE)
      }
    }
    // the sources are named relative to the folder given
    const sources = strings((await call(app, '/api/documents')).json).filter((s) => /\.txt$/.test(s))
    expect(sources.length).toBe(9)
    for (const s of sources) expect(s).toMatch(/^(?:vietnam-china|examples\/japan-australia)\/[\w.-]+\.txt$/)
  }, 120_000)
})
