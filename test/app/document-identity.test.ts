// A first line that names the outlet (a masthead with its edition, a news
// service's credit) or a dateline is not the document's title: the outlet is
// the publisher's name, cleaned, and the title is the story's own headline,
// else its lead. Texts are written for these tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentIdentity, publisherLine } from '../../src/app/document-identity.js'
import { ingestPaths } from '../../src/app/ingest.js'
import { getDocument, listDocuments } from '../../src/app/read/index.js'
import { documentOutlet, mastheadName } from '../../src/app/outlet.js'
import { openStore, type Store } from '../../src/app/store.js'
import { headline } from '../../src/ingest/formats/text.js'

/** What the read service makes of a plain text, as ingest stores it. */
function identityOf(text: string) {
  return documentIdentity({ title: headline(text), url: null, head: text.slice(0, 600), tail: text.slice(-600) })
}

const MASTHEAD_TEXT = [
  'Pampa Herald, en Español',
  '',
  'Montevideo, March 4th 2025 - 11:40 UTC',
  '',
  ' ',
  'Uruguay and Paraguay agree to dredge the river border',
  '',
  'Thursday, March 3rd 2025 - 09:15 UTC',
  'The foreign ministers of Uruguay and Paraguay signed a dredging accord on Thursday.',
].join('\n')

const SERVICE_TEXT = ['date 2023-06-14 Himalaya News Service', '', 'Kathmandu, June 13', '', 'Nepal and Bhutan reopened talks on hydropower exports, officials said on Tuesday.', ''].join('\n')

const DATELINE_TEXT = ['Apia, Samoa', 'May 3, 2024', '', 'The Prime Minister of Samoa met today with the Prime Minister of Tonga to discuss fisheries.'].join('\n')

describe('a masthead, a credit or a dateline is no title', () => {
  it('reads the outlet from a masthead with its edition, and the headline below the time stamps', () => {
    expect(identityOf(MASTHEAD_TEXT)).toEqual({ title: 'Uruguay and Paraguay agree to dredge the river border', lead: null, outlet: 'Pampa Herald' })
  })

  it('names a news service credit as the outlet and the lead as the label when no headline follows', () => {
    expect(identityOf(SERVICE_TEXT)).toEqual({ title: null, lead: 'Nepal and Bhutan reopened talks on hydropower exports, officials said on Tuesday.', outlet: 'Himalaya News Service' })
  })

  it('takes a place and its country for a dateline, not a title', () => {
    expect(identityOf(DATELINE_TEXT)).toEqual({ title: null, lead: 'The Prime Minister of Samoa met today with the Prime Minister of…', outlet: null })
  })

  it('cleans an edition off every masthead form, in any case of the edition', () => {
    expect(mastheadName('Fjord Times English Edition')).toBe('Fjord Times')
    expect(mastheadName('Island Post (English)')).toBe('Island Post')
    expect(mastheadName('La Voz Andina | en español')).toBe('La Voz Andina')
    expect(mastheadName('Baltic Courier - English')).toBe('Baltic Courier')
    expect(mastheadName('Lanexang News Agency')).toBe('Lanexang News Agency')
    expect(documentOutlet({ url: 'https://example.org/a', meta: JSON.stringify({ siteName: 'Sahel Daily, en Français' }) })).toBe('Sahel Daily')
  })

  it('keeps real headlines, those naming places and agencies included', () => {
    for (const title of [
      'Chile, Peru sign fisheries pact',
      'Mali and Niger hold border talks',
      'Lagos, Accra agree on trade corridor',
      'Ghana recalls envoy over English exam row',
      'Kenya News Agency staff strike over pay',
      'Georgia, Armenia',
      'Tonga, Fiji',
    ])
      expect(publisherLine(title), title).toBeNull()
    const text = 'Chile, Peru sign fisheries pact\n\nLima, May 2\n\nThe two governments signed a pact on Tuesday.'
    expect(identityOf(text)).toEqual({ title: 'Chile, Peru sign fisheries pact', lead: null, outlet: null })
  })
})

describe('the read service names documents so', () => {
  let dir: string
  let store: Store
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-identity-'))
    const texts = join(dir, 'texts')
    mkdirSync(texts)
    for (const [name, text] of [
      ['uy-py.txt', MASTHEAD_TEXT],
      ['np-bt.txt', SERVICE_TEXT],
      ['ws-to.txt', DATELINE_TEXT],
    ])
      writeFileSync(join(texts, name), text)
    store = await openStore(join(dir, 'store.db'))
    await ingestPaths(store, [texts])
  })
  afterAll(async () => {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('in the document list and on the document page alike', async () => {
    const { items } = await listDocuments(store.db, {})
    const bySource = new Map(items.map((d) => [d.source.split('/').pop(), d]))
    expect(bySource.get('uy-py.txt')).toMatchObject({ title: 'Uruguay and Paraguay agree to dredge the river border', outlet: 'Pampa Herald' })
    expect(bySource.get('np-bt.txt')).toMatchObject({ title: null, outlet: 'Himalaya News Service', lead: expect.stringMatching(/^Nepal and Bhutan reopened talks/) })
    expect(bySource.get('ws-to.txt')).toMatchObject({ title: null, lead: expect.stringMatching(/^The Prime Minister of Samoa met today/) })
    for (const d of items) {
      const full = await getDocument(store.db, d.id)
      expect({ title: full!.title, lead: full!.lead, outlet: full!.outlet }, d.source).toEqual({ title: d.title, lead: d.lead, outlet: d.outlet })
    }
  })
})
