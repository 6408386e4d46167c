import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readString } from '../../src/ingest/read.js'
import { collect, docs, failures, FIXTURES, tempDir } from './helpers.js'

describe('RSS and Atom feeds', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ dir, cleanup } = await tempDir()))
  afterEach(async () => cleanup())

  it('turns each RSS item into a document: title, text without markup, link, stated day', async () => {
    const items = await collect([join(FIXTURES, 'news.rss')])
    expect(items.every((i) => i.ok)).toBe(true)
    const [first, second] = docs(items)
    expect(first.source).toBe('https://wire.example.com/ghana-togo-boundary')
    expect(first.text).toBe(
      'Ghana and Togo reopen talks on maritime boundary\n\n' +
        'Delegations from Ghana and Togo met in Accra on Monday to reopen negotiations on their maritime boundary in the Gulf of Guinea.\n\n' +
        'The two sides agreed to set up a joint technical team that will report to both foreign ministers within six months.',
    )
    expect(first.meta).toEqual({ title: 'Ghana and Togo reopen talks on maritime boundary', url: 'https://wire.example.com/ghana-togo-boundary', author: 'Kofi Mensah', statedDate: '2024-05-20' })
    // An escaped HTML description is stripped too.
    expect(second.text).toBe('Benin and Nigeria discuss cross-border rail link\n\nTransport ministers from Benin and Nigeria discussed plans for a rail line between Cotonou and Lagos.')
    expect(second.meta.statedDate).toBe('2024-05-18')
  })

  it('reads Atom entries with the published day as written (not moved to UTC)', async () => {
    const [doc] = docs(await collect([join(FIXTURES, 'updates.atom')]))
    expect(doc.meta).toEqual({ title: 'Finland and Estonia plan second undersea cable', url: 'https://nordic.example.net/finland-estonia-cable', author: 'Aino Virtanen', statedDate: '2024-06-04' })
    expect(doc.text.split('\n\n')).toHaveLength(3)
  })

  it('fails on a malformed feed with the parser reason', async () => {
    const items = await collect([join(FIXTURES, 'broken.rss')])
    expect(items).toHaveLength(1)
    expect(failures(items)[0]).toMatchObject({ source: join(FIXTURES, 'broken.rss'), ruleId: 'ingest:feed-malformed' })
    expect(failures(items)[0].reason).toMatch(/broken\.rss: malformed feed \(.+\)/)
  })

  it('sniffs a feed in a .xml file, names items without a link by position and fails an item without text', async () => {
    const xml = '<?xml version="1.0"?><rss version="2.0"><channel><title>C</title><item><title>Laos and Cambodia hold border talks</title></item><item><description></description></item></channel></rss>'
    await writeFile(join(dir, 'feed.xml'), xml)
    const items = await collect([join(dir, 'feed.xml')])
    expect(docs(items).map((d) => [d.source, d.text])).toEqual([[`${join(dir, 'feed.xml')}#item-1`, 'Laos and Cambodia hold border talks']])
    expect(failures(items)).toEqual([{ source: `${join(dir, 'feed.xml')}#item-2`, reason: `${join(dir, 'feed.xml')} item 2: no title or text`, ruleId: 'ingest:empty' }])
  })

  it('reports a feed with no items', async () => {
    await writeFile(join(dir, 'empty.rss'), '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    expect(failures(await collect([join(dir, 'empty.rss')])).map((f) => f.ruleId)).toEqual(['ingest:empty'])
  })
})

describe('feed parser state', () => {
  // rss-parser reuses one xml2js parser per instance; after this input that
  // parser never calls back, which once hung every later feed.
  it('still answers after a malformed feed that breaks a shared xml2js parser', async () => {
    const breaker = '<html><script type="application/ld+json">3"0\\.G~=6Bx9piJ0/A</html><!doctype html>!<rss>'
    await readString({ text: breaker, source: 'api:one', format: 'feed' })
    const next = await readString({ text: '[SODx?;OW', source: 'api:two', format: 'feed' })
    expect(failures(next).map((f) => f.ruleId)).toEqual(['ingest:feed-malformed'])
    const good = await readString({ text: readFileSync(join(FIXTURES, 'news.rss'), 'utf8'), source: 'api:three', format: 'feed' })
    expect(docs(good)).toHaveLength(2)
  }, 5000)
})

describe('feed variants', () => {
  it('reads Atom xhtml content, HTML titles, summaries and RSS 1.0 (RDF) items', async () => {
    const atom =
      '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>X</title>' +
      '<entry><title type="html">Iceland &amp;amp; Greenland sign pact</title><link rel="alternate" href="https://x.example/a"/><updated>2024-01-02T10:00:00Z</updated>' +
      '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Iceland and Greenland signed a fisheries pact.</p><p>It covers capelin.</p></div></content></entry>' +
      '<entry><title>Only a summary</title><summary type="html">&lt;p&gt;A summary &lt;em&gt;with&lt;/em&gt; markup.&lt;/p&gt;</summary></entry></feed>'
    const items = await readString({ text: atom, source: 'api:atom' })
    expect(docs(items).map((d) => [d.source, d.meta.title, d.text, d.meta.statedDate])).toEqual([
      ['https://x.example/a', 'Iceland & Greenland sign pact', 'Iceland & Greenland sign pact\n\nIceland and Greenland signed a fisheries pact.\n\nIt covers capelin.', '2024-01-02'],
      ['api:atom#item-2', 'Only a summary', 'Only a summary\n\nA summary with markup.', null],
    ])
    const rdf =
      '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      '<channel rdf:about="x"><title>R</title></channel><item rdf:about="https://r.example/1"><title>Malta and Tunisia talk ferries</title><link>https://r.example/1</link>' +
      '<description>Ferry links discussed.</description><dc:date>2024-02-03T08:00:00+01:00</dc:date></item></rdf:RDF>'
    expect(docs(await readString({ text: rdf, source: 'api:rdf' })).map((d) => [d.source, d.meta.statedDate])).toEqual([['https://r.example/1', '2024-02-03']])
  })
})
