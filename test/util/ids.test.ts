import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentHash, recordId } from '../../src/util/ids.js'

// The one-shot hash must give the digests createHash gave: ids of stored records may not change.
describe('ids', () => {
  const texts = ['', 'Vietnam and China', 'Phạm Minh Chính met Lý Cường in Hà Nội — 越南 🇻🇳', '\u0000\uffff line\r\nbreak']
  it('contentHash is createHash sha256 over the UTF-8 text', () => {
    for (const t of texts) expect(contentHash(t)).toBe(createHash('sha256').update(t, 'utf8').digest('hex'))
  })
  it('recordId is the kind letter and 12 hex digits of sha1 over doc, kind, span and extra', () => {
    for (const t of texts) {
      const want = createHash('sha1').update(`d1|event|3|9|${t}`).digest('hex').slice(0, 12)
      expect(recordId('d1', 'event', { start: 3, end: 9 }, t)).toBe(`e${want}`)
    }
    expect(recordId('d1', 'time', { start: 0, end: 1 })).toBe(`t${createHash('sha1').update('d1|time|0|1|').digest('hex').slice(0, 12)}`)
  })
})
