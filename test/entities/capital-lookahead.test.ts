import { describe, expect, it } from 'vitest'

// possessive-country-name and national-body open with (?=[A-Z]|[^\x00-\x7F]),
// which must be implied by the capital (\p{Lu}) they read next, so that it
// changes no match: every capital letter is A-Z or beyond ASCII.
describe('the capital lookahead', () => {
  it('admits every capital letter', () => {
    const capital = /^\p{Lu}$/u
    const admitted = /^(?=[A-Z]|[^\x00-\x7F])/u
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const s = String.fromCodePoint(c)
      if (capital.test(s)) expect(admitted.test(s)).toBe(true)
    }
  })
})
