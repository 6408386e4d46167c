import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveTimeText } from '../../src/time/index.js'

const WORDS = [
  'in', 'on', 'since', 'from', 'to', 'between', 'and', 'as of', 'by the end of', 'the', 'first', 'nine', 'months', 'of',
  'last', 'next', 'this', 'year', 'month', 'week', 'ago', 'five', 'past', 'Monday', 'Tuesday', 'June', 'October',
  'Nov.', 'May', 'Q3', 'half', 'quarter', '2021', '2022', '1990s', '5', '8', '30', '-', ',', '.', '$', '%', 'billion',
  'will', 'visit', 'met', 'said', 'shortly after', 'so far', '2023-12-10', '12/10/2017', 'Article', '20th', 'COVID-19',
]
const ISO = /^\d{4}-\d{2}-\d{2}$/

describe('time recognition properties', () => {
  it('never throws, keeps spans true to the text and intervals well formed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 24 }),
        fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })),
        (words, date) => {
          const text = words.join(' ')
          const ref = date ? date.toISOString().slice(0, 10) : null
          const mentions = resolveTimeText(text, ref)
          let last = -1
          for (const m of mentions) {
            expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
            expect(m.span.start).toBeGreaterThanOrEqual(last)
            last = m.span.end
            if (m.value) {
              expect(m.value.start).toMatch(ISO)
              expect(m.value.end).toMatch(ISO)
              expect(m.value.start <= m.value.end).toBe(true)
            }
          }
        },
      ),
      { numRuns: 400 },
    )
  })

  it('reads nothing cut inside a word (chrono took "5 be" of "5 between" for a Buddhist-era year)', () => {
    const mentions = resolveTimeText('30 June 5 between', '2021-07-20')
    expect(mentions.map((m) => [m.text, m.value?.start])).toEqual([['June 5', '2021-06-05']])
  })

  it('is deterministic', () => {
    const text = 'On Monday the ministers said trade rose 5% in the first half of 2021 and will meet from June 3 to 5.'
    expect(resolveTimeText(text, '2021-07-20')).toEqual(resolveTimeText(text, '2021-07-20'))
  })

  it('gives every expression with a stated year the same value with or without a reference', () => {
    const text = 'They met on January 18, 1950, again in November 2006 and between 2020 and 2022.'
    const without = resolveTimeText(text, null).map((m) => m.value)
    const withRef = resolveTimeText(text, '2024-03-01').map((m) => m.value)
    expect(without).toEqual(withRef)
    expect(without.every((v) => v !== null)).toBe(true)
  })
})
