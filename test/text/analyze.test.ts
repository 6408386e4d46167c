import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../src/text/analyze.js'

describe('analyzeText', () => {
  it('keeps titles and abbreviations inside one sentence', () => {
    const text = 'Mr. Ortega met Dr. Lindqvist in St. Paul on Monday. They signed a deal.'
    const { sentences } = analyzeText(text)
    expect(sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual([
      'Mr. Ortega met Dr. Lindqvist in St. Paul on Monday.',
      'They signed a deal.',
    ])
  })

  it('never ends a sentence inside an amount written after a currency code', () => {
    const text = 'The deals are worth 40 billion pesos (RM9.6 billion), officials said. Talks resume in May.'
    const { sentences, tokens } = analyzeText(text)
    expect(sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual([
      'The deals are worth 40 billion pesos (RM9.6 billion), officials said.',
      'Talks resume in May.',
    ])
    expect(tokens.filter((t) => t.sentence === 0).map((t) => t.text)).toContain('officials')
  })

  it('ends a sentence at a line break', () => {
    const text = 'Leaders meet in Hanoi\nUpdated 10:00, 01-Nov-2022\nThe talks began.'
    const { sentences } = analyzeText(text)
    expect(sentences).toHaveLength(3)
    expect(text.slice(sentences[1].span.start, sentences[1].span.end)).toBe('Updated 10:00, 01-Nov-2022')
  })

  it('gives token offsets that index the original text, diacritics included', () => {
    const text = 'Thủ tướng Phạm Minh Chính visited Côte d’Ivoire.'
    const { tokens } = analyzeText(text)
    for (const t of tokens) expect(text.slice(t.span.start, t.span.end)).toBe(t.text)
    expect(tokens.find((t) => t.text === 'visited')?.pos).toBe('VERB')
  })
})

describe('analyzeText on long runs without spaces', () => {
  it('keeps offsets into the original text and the original characters', () => {
    const blob = 'x'.repeat(5000)
    const text = `Header line.\nData ${blob} ends here.`
    const { tokens, sentences } = analyzeText(text)
    for (const t of tokens) expect(text.slice(t.span.start, t.span.end)).toBe(t.text)
    expect(sentences).toHaveLength(2)
  })
})
