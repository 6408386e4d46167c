import * as chrono from 'chrono-node'
import { describe, expect, it } from 'vitest'
import { linearEnglish, wordsBefore } from '../../src/time/chrono-linear.js'

// What the four replaced rules look at: words before a date ("end of",
// "the last day of the", "in" before "May"), a digit or slash right before a
// numeric date, and the look-alikes they must refuse.
const WORDS = ['end', 'End', 'END', 'of', 'OF', 'the', 'The', 'last', 'day', 'Last Day', 'May', 'may', 'MAY', 'in', 'In', 'begin', 'weekend', '_end', '2end', 'March', 'month', 'this month', 'next week', 'last year', '1/2', '3/2024', '12/10/2017', '1/', '/', '5', '2019', '.', ',', '-', '(', 'April 3', 'the second', 'Monday', 'ı']
const BLANKS = [' ', '  ', '\t', '\n', '\n\n', '\u00a0', '', ' \n ']

const SENTENCES = [
  'Trade will be reviewed at the end of March and again by the last day of  the month.',
  'The talks resumed in May. May was busy; in\n May the envoys met, and on 3/2024 figures came out.',
  'Scores were 1/2 and 21/2, the visit on 10/12/2017 and 5/3 followed; by the end of this month, or the end of the year.',
  'At the end of\tthe   week the ministers met again (end of next week).',
]

/** A text of `count` words and blanks picked by a fixed linear congruential sequence. */
function mixed(seed: number, count: number): string {
  let s = seed
  const pick = (n: number) => (s = (s * 1103515245 + 12345) % 2147483648) % n
  let out = ''
  for (let i = 0; i < count; i++) out += WORDS[pick(WORDS.length)] + BLANKS[pick(BLANKS.length)]
  return out
}

const read = (parser: chrono.Chrono, text: string) =>
  parser.parse(text, new Date(2024, 5, 15, 12)).map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString(), tags: [...r.tags()].sort() }))

describe('chrono-node English, linear', () => {
  const parsers: [string, chrono.Chrono, chrono.Chrono][] = [
    ['casual', chrono.en.casual, linearEnglish(false)],
    ['day first', chrono.en.GB, linearEnglish(true)],
  ]

  it.each(parsers)('reads what chrono reads (%s)', (_, own, linear) => {
    const texts = [...SENTENCES, ...Array.from({ length: 400 }, (_, i) => mixed(i + 1, 1 + (i % 14)))]
    const found = texts.map((t) => read(linear, t))
    expect(found).toEqual(texts.map((t) => read(own, t)))
    // The texts do reach the replaced rules.
    const tags = new Set(found.flat().flatMap((r) => r.tags))
    expect(tags).toContain('refiner/ENEndOfPeriodRefiner')
    expect(tags).toContain('parser/SlashDateFormatParser')
    expect(found.flat().some((r) => r.text === 'May')).toBe(true)
  })

  it('looks back over a few words only, however long the text before', () => {
    const text = `${'end of the month '.repeat(2000)}end of  the   March`
    const at = text.lastIndexOf('March')
    // Four words back, the fourth ("month") too long to start a match: the walk stops there.
    expect(text.slice(wordsBefore(text, at, 4, 4), at)).toBe(' month end of  the   ')
    // Five letters of a longer word and the character before them: enough for `\b` to refuse "end".
    expect('weekend of May'.slice(wordsBefore('weekend of May', 11, 4, 4), 11)).toBe('eekend of ')
    expect(wordsBefore('May', 0, 4, 4)).toBe(0)
  })
})
