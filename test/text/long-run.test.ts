import { describe, expect, it } from 'vitest'
import { hasLongRun } from '../../src/text/analyze.js'

// hasLongRun counts what /\S{200}/ matches, without the pattern.
describe('hasLongRun', () => {
  it('tells every code unit apart from whitespace as \\s does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c)
      expect(hasLongRun(unit.repeat(200))).toBe(/\S{200}/.test(unit.repeat(200)))
    }
  })

  it('finds a run of 200 exactly where the pattern does', () => {
    const word = 'x'.repeat(199)
    for (const text of [word, `${word}y`, `a ${word}`, `${word}\u00a0y`, `${word}\u3000${word}`, `${'ab '.repeat(500)}${word}é`, '']) {
      expect(hasLongRun(text)).toBe(/\S{200}/.test(text))
    }
  })
})
