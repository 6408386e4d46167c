import { between, dayNumber, isValidDate } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { DAY, MONTH, YEAR, dayOf, monthOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "the 74th anniversary" of something the same sentence dates ("established in 1950",
// "ties set up on January 18, 1950"): the founding date plus the count. chrono-node has no such reading.
const PATTERN = /\b(?<t>(?:[Tt]he|[Tt]heir|[Ii]ts)\s+(?<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary)\b/dg
// Only a founding the sentence marks as one: a year alone may be the anniversary's own
// ("the 75th anniversary ... in 2025").
const FOUNDED = '(?:established|set\\s+up|founded|forged|launched|signed|began|started|normali[sz]ed)\\s+(?:(?:in|on)\\s+)?'
const MONTH_DAY_YEAR = new RegExp(`${FOUNDED}(?<m>${MONTH})\\s+(?<d>${DAY}),?\\s+(?<y>${YEAR})(?!\\d)`, 'i')
const DAY_MONTH_YEAR = new RegExp(`${FOUNDED}(?<d>${DAY})\\s+(?<m>${MONTH}),?\\s+(?<y>${YEAR})(?!\\d)`, 'i')
const BARE_YEAR = new RegExp(`${FOUNDED}(?<y>${YEAR})(?![\\d%]|s\\b)|\\bof\\s+the\\s+(?<y2>${YEAR})\\s+(?=[a-z])`, 'i')
// The sentence around the expression: up to a stop followed by a capital, at most 200 characters away.
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/gu

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 200)
  const before = text.slice(from, start)
  let cut = 0
  for (const m of before.matchAll(SENTENCE_END)) cut = m.index + m[0].length
  const after = text.slice(end, end + 200)
  const stop = after.search(SENTENCE_END)
  return `${before.slice(cut)} ${stop < 0 ? after : after.slice(0, stop)}`
}

/** The year (or the day) an anniversary falls on, from the founding date its sentence gives. */
export const anniversary = timeRecognizer('anniversary', PATTERN, (match) => {
  const n = Number(match.groups!.n)
  const around = sentenceAround(match.input, match.index, match.index + match[0].length)
  const full = MONTH_DAY_YEAR.exec(around) ?? DAY_MONTH_YEAR.exec(around)
  if (full) {
    const [y, m, d] = [Number(full.groups!.y) + n, monthOf(full.groups!.m), dayOf(full.groups!.d)]
    if (!isValidDate(y, m, d)) return null
    const value = between(dayNumber(y, m, d), dayNumber(y, m, d), 'day')
    return fromMatch(match, 'time:anniversary', 'none', () => value)
  }
  const year = BARE_YEAR.exec(around)
  if (!year) return null
  const y = Number(year.groups!.y ?? year.groups!.y2) + n
  const value = between(dayNumber(y, 1, 1), dayNumber(y, 12, 31), 'year')
  return fromMatch(match, 'time:anniversary', 'none', () => value)
})
