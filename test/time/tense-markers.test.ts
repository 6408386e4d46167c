import { describe, expect, it } from 'vitest'
import { TakenSpans, tenseOf, tensesOf } from '../../src/time/tense.js'
import { analyzeText } from '../../src/text/analyze.js'

/** What TakenSpans replaces: a list of the spans taken, read in full for each check. */
function overlapsListed(taken: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return taken.some((t) => start < t.end && end > t.start)
}

describe('TakenSpans', () => {
  it('answers as a list of the spans taken would, for spans that touch, nest, cross and leave the piece', () => {
    const within = { start: 100, end: 160 }
    const taken = new TakenSpans(within)
    const listed: { start: number; end: number }[] = []
    // A fixed walk over many spans: each is checked, then every third is taken.
    let seed = 7
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    for (let k = 0; k < 400; k++) {
      const start = 95 + next(70)
      const end = start + 1 + next(12)
      expect(taken.overlaps(start, end), `[${start}, ${end})`).toBe(overlapsListed(listed, start, end))
      // Taken spans lie inside the piece (they are matches in it).
      if (k % 3 === 0 && start >= within.start && end <= within.end) {
        taken.add(start, end)
        listed.push({ start, end })
      }
    }
    expect(listed.length).toBeGreaterThan(20)
  })

  it('sees a span that ends where another starts as apart', () => {
    const taken = new TakenSpans({ start: 0, end: 20 })
    taken.add(5, 10)
    expect(taken.overlaps(0, 5)).toBe(false)
    expect(taken.overlaps(10, 12)).toBe(false)
    expect(taken.overlaps(9, 12)).toBe(true)
    expect(taken.overlaps(0, 6)).toBe(true)
  })
})

describe('tenses over a whole text', () => {
  it('reads "would" as a future only after a reporting verb, as before', () => {
    const text = 'It would be wise to wait until Friday. The minister said the president would visit on Monday.'
    const friday = text.indexOf('Friday')
    const monday = text.indexOf('Monday')
    // One piece: the whole text, as when a span crosses its sentence.
    expect(tenseOf(text, { start: friday, end: friday + 6 })).not.toBe('future')
    expect(tenseOf(text, { start: monday, end: monday + 6 })).toBe('future')
  })

  it('gives a span across two sentences the tense of the whole text around it', () => {
    const text = 'The talks were held in May. They will resume in June.'
    const { sentences, tokens } = analyzeText(text)
    expect(sentences.length).toBe(2)
    const across = { start: text.indexOf('May'), end: text.indexOf('They') + 4 }
    const june = { start: text.indexOf('June'), end: text.indexOf('June') + 4 }
    expect(tensesOf(text, sentences, tokens, [across, june])).toEqual(['past', 'future'])
  })
})
