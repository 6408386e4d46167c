// Long texts are read in sections, each its own document, instead of being refused.
import { describe, expect, it } from 'vitest'
import { readString, SECTION_RULE } from '../../src/ingest/read.js'
import { splitText } from '../../src/ingest/sections.js'

const PARAGRAPH = 'The foreign ministers of Ghana and Togo met in Lome on 3 March 2023 to discuss the border crossing at Aflao and trade in cocoa.\n\n'

describe('splitText', () => {
  it('cuts at paragraph breaks, within the limit, covering the text exactly', () => {
    const text = PARAGRAPH.repeat(100)
    const parts = splitText(text, 2000)
    expect(parts.length).toBeGreaterThan(6)
    expect(parts.map((p) => text.slice(p.start, p.end)).join('')).toBe(text)
    for (const p of parts) {
      expect(p.end - p.start).toBeLessThanOrEqual(2000)
      expect(text.slice(p.start, p.end)).toMatch(/(^|\n\n)The foreign/)
    }
    expect(parts.slice(0, -1).every((p) => text.slice(p.end - 2, p.end) === '\n\n')).toBe(true)
  })

  it('falls back to sentence ends, spaces, and a hard cut that keeps surrogate pairs whole', () => {
    const sentences = 'Chile and Peru agreed on fishing quotas. '.repeat(200)
    const parts = splitText(sentences, 1000)
    expect(parts.slice(0, -1).every((p) => sentences.slice(p.end - 2, p.end) === '. ')).toBe(true)
    const emoji = '\u{1F30D}'.repeat(1500)
    const hard = splitText(emoji, 1001)
    expect(hard.map((p) => emoji.slice(p.start, p.end)).join('')).toBe(emoji)
    expect(hard.every((p) => p.start % 2 === 0)).toBe(true)
  })

  it('refuses sections too small to hold a paragraph', () => {
    expect(() => splitText('text', 10)).toThrow('sections must hold at least 1000 characters, not 10')
  })
})

describe('reading a text longer than maxSectionChars', () => {
  it('yields one document per section, named by section, the first keeping the source and URL', async () => {
    const text = PARAGRAPH.repeat(60)
    const items = await readString({ text, source: 'long.txt', format: 'text', url: 'https://news.example/long' }, { maxSectionChars: 3000 })
    expect(items.every((i) => i.ok)).toBe(true)
    const docs = items.flatMap((i) => (i.ok ? [i.doc] : []))
    const [whole] = await readString({ text, source: 'long.txt', format: 'text' })
    const read = whole.ok ? whole.doc.text : ''
    expect(docs.length).toBeGreaterThanOrEqual(Math.ceil(read.length / 3000))
    expect(docs.every((d) => d.text.length <= 3000)).toBe(true)
    expect(docs.map((d) => d.source).slice(0, 3)).toEqual(['long.txt', 'long.txt#section-2', 'long.txt#section-3'])
    expect(docs.map((d) => d.meta.url).slice(0, 2)).toEqual(['https://news.example/long', 'https://news.example/long#section-2'])
    expect(docs.map((d) => d.text).join('')).toBe(read)
    expect(docs[1].diagnostics).toEqual([
      { reason: expect.stringMatching(/^long\.txt: section 2 of \d+ \(characters \d+-\d+ of \d+\): the text is longer than 3000 characters, so it is read in sections$/), ruleId: SECTION_RULE, severity: 'info' },
    ])
  })

  it('leaves texts within the limit whole', async () => {
    const items = await readString({ text: PARAGRAPH.repeat(3), source: 'short.txt', format: 'text' })
    expect(items).toHaveLength(1)
    expect(items[0].ok && items[0].doc.source).toBe('short.txt')
  })
})
