// Quotes shortened for tables and summaries end between words.
import { describe, expect, it } from 'vitest'
import { clipWords } from '../../src/shared/clip.js'

describe('clipWords', () => {
  it('cuts at the last word boundary, never inside a word', () => {
    const text = 'The two ministers agreed to continue preparations for cultural exchanges between Oman and Malta.'
    const out = clipWords(text, 50)
    expect(out).toBe('The two ministers agreed to continue preparations…')
    expect(out.length).toBeLessThanOrEqual(50)
  })

  it('drops a trailing comma before the ellipsis and collapses whitespace', () => {
    expect(clipWords('Fiji and   Samoa met in Apia, then in Suva, and later in Nuku’alofa.', 34)).toBe('Fiji and Samoa met in Apia, then…')
  })

  it('keeps a short text whole and cuts a text without spaces where it must', () => {
    expect(clipWords('Peru and Chile met.', 40)).toBe('Peru and Chile met.')
    expect(clipWords('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`)
  })
})
