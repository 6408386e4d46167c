import { describe, expect, it } from 'vitest'
import { resolveTimeText } from '../../src/time/index.js'
import { PHRASES, expectedInterval } from './phrases.js'

describe('time phrases', () => {
  it('has at least 200 phrases', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(200)
  })

  for (const phrase of PHRASES) {
    const label = `${phrase.text} @ ${phrase.ref ?? 'no reference'}${phrase.tense ? ` (${phrase.tense})` : ''}${phrase.find ? ` [${phrase.find}]` : ''}`
    it(label, () => {
      const mentions = resolveTimeText(phrase.text, phrase.ref, { tense: phrase.tense })
      const shown = mentions.map((m) => ({ text: m.text, value: m.value && [m.value.start, m.value.end], asOf: m.asOf ?? false }))
      if (phrase.expect === null) {
        expect(shown).toEqual([])
        return
      }
      const candidates = phrase.find ? shown.filter((m) => m.text === phrase.find) : shown
      if (phrase.expect === 'unanchored') {
        expect(candidates.some((m) => m.value === null), JSON.stringify(shown)).toBe(true)
        return
      }
      const want = expectedInterval(phrase)
      const hit = candidates.find((m) => m.value && m.value[0] === want![0] && m.value[1] === want![1])
      expect(hit, JSON.stringify(shown)).toBeDefined()
      if (phrase.asOf !== undefined) expect(hit!.asOf).toBe(phrase.asOf)
    })
  }
})
