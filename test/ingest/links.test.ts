import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ingestItems } from '../../src/app/ingest.js'
import { webLink } from '../../src/ingest/formats/web-link.js'
import { readString } from '../../src/ingest/read.js'
import { openStore } from '../../src/store/open.js'
import { fakeProcess } from '../store/helpers/fake-pipeline.js'
import { sqliteTarget } from '../store/helpers/stores.js'
import { docs, ENGLISH } from './helpers.js'

// Issue 20: a feed or a canonical link could carry `javascript:` or `data:`,
// which was stored as the document URL and written into the brief as a link.
const HOSTILE = ['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox(1)']

describe('document links', () => {
  it('keeps only absolute http(s) URLs', () => {
    for (const href of HOSTILE) expect(webLink(href, 'https://example.org/feed')).toBeNull()
    expect(webLink('/a/b', 'https://example.org/feed')).toBe('https://example.org/a/b')
    expect(webLink('HTTPS://Example.org/x')).toBe('https://example.org/x')
    expect(webLink('/relative')).toBeNull()
  })

  it('never takes a feed item link that is not http(s) as URL or source', async () => {
    const items = HOSTILE.map((href, i) => `<item><title>Item ${i}</title><link>${href.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</link><description>${ENGLISH}</description></item>`).join('')
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>C</title>${items}<item><title>Fine</title><link>https://x.example/ok</link><description>${ENGLISH}</description></item></channel></rss>`
    const read = docs(await readString({ text: feed, source: 'api:feed', format: 'feed' }))
    expect(read.map((d) => [d.source, d.meta.url])).toEqual([
      ...HOSTILE.map((_, i) => [`api:feed#item-${i + 1}`, null]),
      ['https://x.example/ok', 'https://x.example/ok'],
    ])
  })

  it('falls back to the page URL when the canonical link or og:url is not http(s)', async () => {
    for (const head of ['<link rel="canonical" href="javascript:alert(1)">', '<meta property="og:url" content="data:text/html,x">']) {
      const html = `<!doctype html><html><head><title>T</title>${head}</head><body><article><p>${ENGLISH}</p></article></body></html>`
      const [posted] = docs(await readString({ text: html, source: 'api:p', format: 'html', url: 'https://example.com/page' }))
      expect(posted.meta.url).toBe('https://example.com/page')
      const [bare] = docs(await readString({ text: html, source: 'api:q', format: 'html' }))
      expect(bare.meta.url).toBeNull()
    }
  })

  describe('in the store', () => {
    let url: string
    let cleanup: () => Promise<void>
    beforeEach(async () => ({ url, cleanup } = await sqliteTarget.fresh()))
    afterEach(async () => cleanup())

    it('stores no URL for a document handed over with a javascript: one', async () => {
      const store = await openStore(url)
      try {
        const doc = { source: 'caller:1', text: 'Japan and Australia met.', meta: { title: null, url: 'javascript:alert(1)', statedDate: null }, diagnostics: [] }
        const report = await ingestItems(store, [{ ok: true, doc }], { process: fakeProcess })
        expect(report.new).toBe(1)
        const rows = await store.db.selectFrom('documents').select(['source', 'url']).execute()
        expect(rows).toEqual([{ source: 'caller:1', url: null }])
      } finally {
        await store.close()
      }
    })
  })
})
