import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBytes } from '../../src/ingest/decode.js'
import { toIsoDay } from '../../src/ingest/formats/dates.js'
import { stripHtml } from '../../src/ingest/formats/strip-html.js'
import { readString } from '../../src/ingest/read.js'

describe('ingest never throws on arbitrary content', () => {
  it('decodes or refuses any bytes with a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const decoded = decodeBytes(bytes)
        if (decoded.ok) expect(decoded.text.includes('\r')).toBe(false)
        else expect(decoded.reason.length).toBeGreaterThan(10)
      }),
      { numRuns: 300 },
    )
  })

  it('strips any markup-like string to text without tags', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<div>', '<br>', '<script>x</script>', '&amp;', '&lt;b&gt;', 'word ', '\n\n', '<a href="x">', '</a>', '<')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = stripHtml(pieces.join(''))
        expect(text).not.toMatch(/<(p|div|br|script|a)\b/)
        expect(text).not.toMatch(/\n\n\n/)
      }),
      { numRuns: 1000 },
    )
  })

  it('yields a valid ISO day or null for any date string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (value) => {
        const day = toIsoDay(value)
        if (day !== null) expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day)
      }),
    )
  })

  it('reads any string as some format into items, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.constantFrom('text', 'html', 'feed', 'jsonl', undefined), async (text, format) => {
        const items = await readString({ text, source: 'api:prop', format: format as never })
        expect(items.length).toBeGreaterThan(0)
      }),
      { numRuns: 150 },
    )
  })
})
