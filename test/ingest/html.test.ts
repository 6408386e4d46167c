import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { stripHtml } from '../../src/ingest/formats/strip-html.js'
import { readString } from '../../src/ingest/read.js'
import { collect, docs, ENGLISH, failures, FIXTURES, tempDir } from './helpers.js'

const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`
const ARTICLE = `<article><p>${ENGLISH}</p><p>Both sides also said they would review the fisheries agreement next spring.</p></article>`

describe('HTML pages', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ dir, cleanup } = await tempDir()))
  afterEach(async () => cleanup())

  async function readHtml(html: string, name = 'page.html') {
    await writeFile(join(dir, name), html)
    return collect([join(dir, name)])
  }

  it('extracts the article text with blank lines between paragraphs and the head metadata', async () => {
    const [item] = await collect([join(FIXTURES, 'chile-argentina.html')])
    expect(item.ok).toBe(true)
    const doc = docs([item])[0]
    const paragraphs = doc.text.split('\n\n')
    expect(paragraphs).toHaveLength(4)
    expect(paragraphs[0]).toBe('The foreign ministers of Chile and Argentina signed an agreement on Tuesday in Santiago to connect the electricity grids of the two countries through a new high-voltage line across the Andes.')
    expect(doc.text).not.toMatch(/Football results|Copyright|Home/)
    // The publisher's own day, not the UTC day (23:40 at -03:00 is the 10th in UTC).
    expect(doc.meta).toEqual({ title: 'Chile and Argentina sign border energy deal', url: 'https://andes.example.org/news/chile-argentina-energy', author: 'Lucia Ferrer', statedDate: '2024-04-09' })
  })

  it('reads the date and author from JSON-LD', async () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': 'NewsArticle', headline: 'Morocco and Senegal expand flights', datePublished: '2023-11-02T08:00:00Z', author: [{ '@type': 'Person', name: 'Amina Diallo' }] }] })
    const doc = docs(await readHtml(page(`<title>x</title><script type="application/ld+json">${ld}</script>`, ARTICLE)))[0]
    expect(doc.meta).toMatchObject({ title: 'Morocco and Senegal expand flights', author: 'Amina Diallo', statedDate: '2023-11-02', url: null })
  })

  it('reads itemprop datePublished and a <time datetime> element', async () => {
    const micro = docs(await readHtml(page('<title>Micro</title>', `<span itemprop="datePublished" content="2022-07-15"></span>${ARTICLE}`), 'a.html'))[0]
    expect(micro.meta.statedDate).toBe('2022-07-15')
    const time = docs(await readHtml(page('<title>Time</title>', `<p class="dateline"><time datetime="2021-03-30T10:00">30 March</time></p>${ARTICLE}`), 'b.html'))[0]
    expect(time.meta).toMatchObject({ statedDate: '2021-03-30', title: 'Time' })
  })

  it('prefers article:published_time over other dates and og:url when there is no canonical link', async () => {
    const head = '<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2020-02-02T00:00:00Z"><meta property="og:url" content="https://og.example.com/x">'
    const doc = docs(await readHtml(page(head, ARTICLE)))[0]
    expect(doc.meta).toMatchObject({ statedDate: '2020-02-02', url: 'https://og.example.com/x' })
  })

  it('sniffs HTML in a file without an HTML extension', async () => {
    const doc = docs(await readHtml(page('<title>Sniffed</title>', ARTICLE), 'saved-page'))[0]
    expect(doc.meta.title).toBe('Sniffed')
    expect(doc.text).toBe(`${ENGLISH}\n\nBoth sides also said they would review the fisheries agreement next spring.`)
  })

  it('fails with a reason on a page without an article', async () => {
    const items = await collect([join(FIXTURES, 'no-article.html')])
    expect(failures(items)).toHaveLength(1)
    expect(failures(items)[0]).toMatchObject({ source: join(FIXTURES, 'no-article.html'), ruleId: 'ingest:no-article' })
    expect(failures(items)[0].reason).toMatch(/no-article\.html: HTML page with (no article text|only \d+ characters of article text)/)
  })

  it('does not crash on deeply nested markup: falls back to the body text with a warning', async () => {
    const depth = 20_000
    const html = page('<title>Deep</title>', `${'<div>'.repeat(depth)}<p>${ENGLISH}</p>${'</div>'.repeat(depth)}<nav>Menu links</nav>`)
    const items = await readHtml(html)
    const doc = docs(items)[0]
    expect(doc.text).toBe(ENGLISH)
    expect(doc.meta.title).toBe('Deep')
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['ingest:html-flattened', 'ingest:html-fallback'])
  })
})

describe('readString (text posted in memory)', () => {
  it('reads an HTML string like a page, with the given URL as fallback canonical URL', async () => {
    const html = `<!doctype html><html><head><title>Posted</title></head><body>${ARTICLE}</body></html>`
    const items = await readString({ text: html, source: 'api:abc', format: 'html', url: 'https://example.com/posted' })
    expect(docs(items)[0]).toMatchObject({ source: 'api:abc', meta: { title: 'Posted', url: 'https://example.com/posted' } })
    expect(docs(items)[0].text.split('\n\n')).toHaveLength(2)
  })

  it('reads a feed string into one document per item and refuses empty text', async () => {
    const feed = await readString({ text: readFileSync(join(FIXTURES, 'news.rss'), 'utf8'), source: 'api:feed' })
    expect(docs(feed).map((d) => d.source)).toEqual(['https://wire.example.com/ghana-togo-boundary', 'https://wire.example.com/benin-nigeria-rail'])
    expect(failures(await readString({ text: ' \n', source: 'api:x', format: 'text' })).map((f) => f.ruleId)).toEqual(['ingest:empty'])
  })
})

describe('very large pages', () => {
  it('falls back to the body text when a page has too many elements for article detection', async () => {
    const filler = '<span>x</span>'.repeat(31_000)
    const html = `<!doctype html><html><head><title>Big</title></head><body><article><p>${ENGLISH}</p></article><div hidden>${filler}</div></body></html>`
    const [doc] = docs(await readString({ text: html, source: 'api:big', format: 'html' }))
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['ingest:html-fallback'])
    expect(doc.diagnostics[0].reason).toMatch(/^HTML page 310\d\d elements \(over 30000\)/)
    expect(doc.text.startsWith(ENGLISH)).toBe(true)
  })
})

describe('a realistic news page', () => {
  it('keeps the article paragraphs, subheads and captions, and drops menus, ads, sharing, related links and comments', async () => {
    const [doc] = docs(await collect([join(FIXTURES, 'messy-page.html')]))
    const paragraphs = doc.text.split('\n\n')
    expect(paragraphs[0].startsWith('Egypt and Jordan agreed on Monday to raise the volume of natural gas')).toBe(true)
    expect(paragraphs).toContain('Trade target')
    expect(paragraphs).toContain('The two energy ministers at the signing ceremony in Amman.')
    expect(paragraphs.at(-1)).toBe('A joint higher committee chaired by the two prime ministers is expected to meet in Cairo later this year to review the agreements.')
    expect(doc.text).not.toMatch(/Advertisement|Share on|Related stories|Most read|cookies|Comments|newsletter|Politics/)
    expect(doc.meta).toEqual({ title: 'Egypt and Jordan agree on gas and grid links', url: 'https://levant.example.com/2023/08/egypt-jordan-links', author: 'Rania Haddad', statedDate: '2023-08-14' })
  })
})

describe('page titles', () => {
  it('takes the <title> without the site name when no sharing title is given', async () => {
    const html = `<!doctype html><html><head><title>Morocco and Senegal expand direct flights and student visas | Atlantic Herald</title></head><body>${ARTICLE}</body></html>`
    const [doc] = docs(await readString({ text: html, source: 'api:t', format: 'html' }))
    expect(doc.meta.title).toBe('Morocco and Senegal expand direct flights and student visas')
  })
})

describe('paragraphs from line breaks', () => {
  it('treats a run of <br> as a paragraph break and a single <br> as a line break', async () => {
    const text = stripHtml('First line<br>same paragraph<br><br><br>Second paragraph')
    expect(text).toBe('First line\nsame paragraph\n\nSecond paragraph')
  })
})

describe('site name', () => {
  it('keeps og:site_name as the outlet to cite', async () => {
    const { parseHTML } = await import('linkedom')
    const { pageMeta } = await import('../../src/ingest/formats/html-meta.js')
    const { document } = parseHTML('<html><head><meta property="og:site_name" content="Andes Daily"><title>Deal | Andes Daily</title></head><body></body></html>')
    expect(pageMeta(document as unknown as Document, 'https://andes.example/a').siteName).toBe('Andes Daily')
  })
})
