import { describe, expect, it } from 'vitest'
import { DYAD_MISSES } from './news/misses.js'
import { chronoReadings, dyadReadings, isRight } from './news/score.js'
import { NEWS_PHRASES, expectedOf, labelOf } from './news/table.js'

describe('news time table', () => {
  it('has at least 300 phrases', () => {
    expect(NEWS_PHRASES.length).toBeGreaterThanOrEqual(300)
  })

  it('names only rows of the table as known misses', () => {
    const labels = new Set(NEWS_PHRASES.map(labelOf))
    expect(DYAD_MISSES.filter((m) => !labels.has(m))).toEqual([])
  })

  it('reads right every row bare chrono-node reads right', () => {
    const worse = NEWS_PHRASES.filter((p) => isRight(p, chronoReadings(p), false) && !isRight(p, dyadReadings(p), false)).map(labelOf)
    expect(worse).toEqual([])
  })

  const misses = new Set(DYAD_MISSES)
  for (const phrase of NEWS_PHRASES) {
    const label = labelOf(phrase)
    // A known miss is expected to fail; when it starts passing, take it off the list.
    const test = misses.has(label) ? it.fails : it
    test(label, () => {
      const readings = dyadReadings(phrase)
      const shown = readings.map((r) => ({ text: phrase.text.slice(r.start, r.end), value: r.value }))
      const want = expectedOf(phrase)
      expect(isRight(phrase, readings, true), `want ${want ? `${want.join('..')} ${phrase.granularity}` : 'nothing'}; got ${JSON.stringify(shown)}`).toBe(true)
    })
  }
})
