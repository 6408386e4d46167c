import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../src/text/analyze.js'
import { isEnglishWord, nlp } from '../../src/text/nlp.js'

// wink's tokenizer asks its lexicon, which learns each new word it reads: a
// word glued to an ellipsis was split one way the first time and another
// way once known, so a document read differently after other documents.
describe('reading does not depend on what was read before', () => {
  const text = 'Officials in Warsaw praised Kowalczyk’s... efforts. Talks resumed on Friday.'

  it('splits a text the same before and after texts that teach the tokenizer its words', () => {
    const first = analyzeText(text)
    analyzeText('Kowalczyk’s deputy spoke first.')
    expect(analyzeText(text)).toEqual(first)
    expect(analyzeText(text)).toEqual(first)
  })

  it('still knows the model’s own English words, and not names it has read', () => {
    analyzeText('Ambassador Wrzesniewski met Okonkwo-Adeyemi in Abuja.')
    expect(isEnglishWord('trade')).toBe(true)
    expect(isEnglishWord('Wrzesniewski')).toBe(false)
  })
})

describe('a long run of new words', () => {
  it('renews the reader once it has learned many words, and reads the same after', () => {
    const text = 'Officials in Warsaw praised Kowalczyk’s... efforts.'
    const before = analyzeText(text)
    const engine = nlp()
    // 120,000 made-up words, each new to the lexicon.
    const words = Array.from({ length: 120_000 }, (_, i) => `qz${i.toString(36)}`)
    analyzeText(words.join(' '))
    expect(nlp()).not.toBe(engine)
    expect(analyzeText(text)).toEqual(before)
  })
})
