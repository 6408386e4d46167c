import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { read } from './run.js'

describe('robustness', () => {
  it('reads empty and odd texts without an exception, spans inside the text', () => {
    for (const text of ['', '   ', '(', '(ABC)', 'The the THE.', 'A-B-C-D (ABCD) -- ,,, ’s', 'President', 'Mr.']) {
      const ctx = read(text)
      for (const m of ctx.entities) expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
    }
  })

  it('gives every mention a span that spells its text, whatever the text', () => {
    const word = fc.constantFrom('President', 'Việt', 'Nam', 'China', 'Party', 'of', 'the', 'CPV', '(', ')', ',', 'and', 'Li', 'said', 'Ministry', 'Trade', '-', "'s", '\n', 'the two sides')
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (parts) => {
        const text = parts.join(' ')
        const ctx = read(text)
        for (const m of ctx.entities) expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
        for (const a of ctx.actors) expect(a.key).toMatch(/^(country|person|org|place):/)
      }),
      { numRuns: 60 },
    )
  })
})
