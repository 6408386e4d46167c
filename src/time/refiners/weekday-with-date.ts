import type { Refiner } from '../../pipeline/recognizer.js'
import { between, bounds, weekdayOf, ymdOf } from '../calendar.js'
import type { Anchor, TimeCandidate } from '../candidate.js'
import { WEEKDAY, weekdayIndex } from '../words.js'

// "next Sunday (March 26)", "on Friday, March 7": the comma or bracket between a weekday and its date.
const JOINED = /^\s*(?:,|\()\s*$/
const CLOSE = /^\s*\)/
// "this Friday (14th)": the day of the month alone, in brackets.
const BARE_DAY = /^\s*\(\s*([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*\)/
const NAMED = new RegExp(`(${WEEKDAY})\\b`)
const WEEK = 7

/**
 * A weekday told with its date names one day, the date's: "next Sunday
 * (March 26)" is March 26 whatever "next Sunday" would mean from the day of
 * writing, and "this Friday (14th)" is the Friday that falls on a 14th
 * within a week of the weekday's own reading. The pair becomes one
 * expression; a date the weekday contradicts is kept as written (the
 * weekday may be a slip, the date rarely is).
 */
export const weekdayWithDate: Refiner<TimeCandidate> = {
  name: 'weekday-with-date',
  refine(ctx, results) {
    const out: TimeCandidate[] = []
    for (let i = 0; i < results.length; i++) {
      const a = results[i]
      const wd = a.ruleId === 'time:weekday' ? weekdayIndex(NAMED.exec(a.text)?.[1] ?? '') : -1
      if (wd < 0) {
        out.push(a)
        continue
      }
      const b = results[i + 1]
      if (b && b.needs !== 'reference' && !b.relation && JOINED.test(ctx.text.slice(a.span.end, b.span.start))) {
        out.push(withDate(ctx.text, a, b))
        i++
        continue
      }
      // bounded: a dozen characters after the weekday
      const day = BARE_DAY.exec(ctx.text.slice(a.span.end, a.span.end + 12))
      out.push(day ? withDayOfMonth(ctx.text, a, wd, Number(day[1]), a.span.end + day[0].length) : a)
    }
    return out
  },
}

function withDate(text: string, a: TimeCandidate, b: TimeCandidate): TimeCandidate {
  // bounded: the characters after the date, up to a closing bracket
  const close = CLOSE.exec(text.slice(b.span.end, b.span.end + 3))
  const end = close ? b.span.end + close[0].length : b.span.end
  return { ...b, span: { start: a.span.start, end }, text: text.slice(a.span.start, end), ruleId: 'time:weekday-with-date' }
}

function withDayOfMonth(text: string, a: TimeCandidate, wd: number, dayOfMonth: number, end: number): TimeCandidate {
  const resolve = (anchor: Anchor) => {
    const read = a.resolve(anchor)
    if (!read) return null
    const [d] = bounds(read)
    for (let k = 0; k <= WEEK; k++) {
      for (const c of k === 0 ? [d] : [d - k, d + k]) if (weekdayOf(c) === wd && ymdOf(c)[2] === dayOfMonth) return between(c, c, 'day')
    }
    return read
  }
  return { ...a, span: { start: a.span.start, end }, text: text.slice(a.span.start, end), ruleId: 'time:weekday-with-date', resolve }
}
