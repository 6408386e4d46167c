// Dyad keeps its own time rules only where chrono-node, underneath, misses:
// for each rule, a phrase chrono reads wrong (or not at all) and Dyad reads right.
import { describe, expect, it } from 'vitest'
import { resolveTimeText } from '../../src/time/index.js'
import { chronoReadings, isRight } from './news/score.js'
import { n, type NewsPhrase } from './news/row.js'

const CASES: [rule: string, phrase: NewsPhrase][] = [
  ['time:ago', n('The incident happened two weeks ago.', '2024-11-06', ['2024-10-21', '2024-10-27'], 'week')],
  ['time:anniversary', n('The visit marked the 74th anniversary of diplomatic ties, established in 1950.', '2024-11-06', '2024', 'year')],
  ['time:day-month', n('Polls opened on 5 January.', '2023-12-20', '2023-01-05', 'day')],
  ['time:day-range', n('The forum ran March 3–5, 2024.', '2024-11-06', ['2024-03-03', '2024-03-05'], 'day')],
  ['time:decade', n('Tensions grew in the 1990s.', '2024-11-06', ['1990', '1999'], 'decade')],
  ['time:duration', n('Trade has doubled over the past decade.', '2024-11-06', ['2014-11-06', '2024-11-06'], 'duration')],
  ['time:edge-of-current', n('The line will be finished by the end of the year.', '2022-10-28', '2022-12', 'month')],
  ['time:first-months', n('Trade reached $171.9bn in the first nine months of 2024.', '2024-11-06', ['2024-01', '2024-09'], 'month')],
  ['time:fiscal-part', n('Profit fell in Q2 FY2024-25.', '2024-11-06', ['2024-07', '2024-09'], 'quarter')],
  ['time:fiscal-year', n('Exports rose 5% in the financial year 2023-24.', '2024-11-06', ['2023-04-01', '2024-03-31'], 'range')],
  ['time:half', n('Trade rose in H1 2024.', '2024-11-06', ['2024-01', '2024-06'], 'half')],
  ['time:holiday', n('The leaders exchanged greetings on New Year’s Day.', '2023-02-01', '2023-01-01', 'day')],
  ['time:month', n('The flights resumed in February this year.', '2024-11-06', '2024-02', 'month')],
  ['time:month-day', n('The envoy will meet ministers on March 3.', '2023-07-20', '2024-03-03', 'day')],
  ['time:month-of-year', n('The two sides met in March of last year.', '2024-11-06', '2023-03', 'month')],
  ['time:month-range', n('Trade reached $171.9bn in January-October.', '2024-11-06', ['2024-01', '2024-10'], 'month')],
  ['time:month-year', n('Prices rose in early October 2024.', null, ['2024-10-01', '2024-10-10'], 'range')],
  ['time:now', n('Sixteen workshops have been held so far.', '2022-10-28', '2022-10-28', 'day')],
  ['time:numeric-date', n('The visa rule applies from 15.03.2021.', '2024-11-06', '2021-03-15', 'day')],
  ['time:period-ended', n('Exports rose 5% in the fiscal year ending March 31, 2025.', '2024-11-06', ['2024-04-01', '2025-03-31'], 'range')],
  ['time:quarter', n('GDP grew 4.7% in Q3 2024.', '2024-11-06', ['2024-07', '2024-09'], 'quarter')],
  ['time:quarter:end', n('Data as of the end of the first quarter of 2023 show a rise.', null, '2023-03', 'month')],
  ['time:range', n('The forum ran between April 2 and April 4, 2023.', '2024-11-06', ['2023-04-02', '2023-04-04'], 'day')],
  ['time:relation', n('He sent a message shortly after the congress, which closed on October 23.', '2022-10-30', ['2022-10-23', '2022-10-30'], 'range')],
  ['time:relative', n('The talks were held last week.', '2024-11-06', ['2024-10-28', '2024-11-03'], 'week')],
  ['time:relative-day', n('The envoy arrived this morning.', '2024-11-06', '2024-11-06', 'day')],
  ['time:relative-to-previous', n('The envoy landed on 3 May 2021. The next day, he met the king.', null, '2021-05-04', 'day')],
  ['time:relative:end', n('The deal was signed at the end of last year.', '2022-10-28', '2021-12', 'month')],
  ['time:since', n('The two sides have held talks since 2006.', '2024-11-06', ['2006-01-01', '2024-11-06'], 'range')],
  ['time:weekday', n('The foreign ministers met on Thursday in Hanoi.', '2024-11-06', '2024-10-31', 'day')],
  ['time:weekday-of-week', n('The talks were held on Monday of last week.', '2023-03-17', '2023-03-06', 'day')],
  ['time:weekend', n('The talks were held last weekend.', '2025-01-13', ['2025-01-11', '2025-01-12'], 'range')],
  ['time:year', n('Relations were normalized in 1991.', '2024-11-06', '1991', 'year')],
  ['time:year-span', n('The talks ran from 2019 to 2021.', '2024-11-06', ['2019', '2021'], 'year')],
  ['time:year:end', n('By the end of 2023, the line was finished.', null, '2023-12', 'month')],
]

describe('Dyad time rules where chrono-node misses', () => {
  for (const [rule, phrase] of CASES) {
    it(`${rule}: ${phrase.text}`, () => {
      const mentions = resolveTimeText(phrase.text, phrase.ref, { tense: phrase.tense })
      const own = mentions.filter((m) => m.ruleId === rule).map((m) => ({ start: m.span.start, end: m.span.end, value: m.value }))
      expect(isRight(phrase, own, false), JSON.stringify(mentions)).toBe(true)
      expect(isRight(phrase, chronoReadings(phrase), false)).toBe(false)
    })
  }

  it('time:same-period-last-year: chrono reads only "last year", not the comparison base', () => {
    const text = 'Trade rose 5% from the same period last year.'
    const m = resolveTimeText(text, '2024-11-06').find((x) => x.ruleId === 'time:same-period-last-year')
    expect(m?.text).toBe('the same period last year')
    expect(chronoReadings(n(text, '2024-11-06', '2023', 'year')).map((r) => text.slice(r.start, r.end))).toEqual(['last year'])
  })
})

describe('news conventions the parser lacks', () => {
  it('reads a deadline counted from an act ("within 14 days") as no date, though chrono reads its last day', () => {
    const text = 'Bahrain ordered Qatari citizens to leave the kingdom within 14 days.'
    expect(resolveTimeText(text, '2017-06-05')).toEqual([])
    expect(chronoReadings(n(text, '2017-06-05', '2017-06-19', 'day')).length).toBe(1)
  })

  it('reads a month after "is due in" or "is expected in" as to come, and one before "and is expected" by its own verb', () => {
    expect(resolveTimeText('The minister is due in Quito on April 15.', '2024-03-27')[0]?.value?.start).toBe('2024-04-15')
    const [january, may] = resolveTimeText('He held talks in Naypyitaw in January and is expected to return there in May.', '2024-03-27')
    expect([january?.value?.start, may?.value?.start]).toEqual(['2024-01-01', '2024-05-01'])
  })
})
