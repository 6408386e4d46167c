import { bounds, weekdayOf } from '../calendar.js'
import type { TimeCandidate } from '../candidate.js'
import { WEEKDAY, weekdayIndex } from '../words.js'

// "Tuesday, June 3", "Friday (March 7)", "June 3 (Tuesday)": a weekday told with a year-less date.
const BEFORE = new RegExp(`\\b(${WEEKDAY})\\s*(?:,|\\()?\\s*$`)
const AFTER = new RegExp(`^\\s*(?:,|\\()?\\s*(${WEEKDAY})\\b`)
const INSIDE = new RegExp(`^(${WEEKDAY})\\b`)
const SEARCH_YEARS = 6

/**
 * The year a year-less date is read in, checked against the weekday the
 * text pairs with it: `year` when they agree (or no weekday is named), else
 * the nearest year where they do (later first: `year` comes from the latest
 * fact reported, and the text was written after it). A single mention of a
 * past year cannot then place "Tuesday, June 3" in a year where June 3 is a
 * Thursday.
 */
export function weekdayYear(text: string, c: TimeCandidate, year: number): number {
  const agrees = weekdayAgreement(text, c)
  if (!agrees) return year
  if (agrees(year)) return year
  for (let k = 1; k <= SEARCH_YEARS; k++) {
    if (agrees(year + k)) return year + k
    if (agrees(year - k)) return year - k
  }
  return year
}

/**
 * The years from `from` to `to` in which every year-less date the text pairs
 * with a weekday falls on it ("Thursday, Sept. 28": 2023 between 2020 and
 * 2026), or null when it pairs none.
 */
export function weekdayYears(text: string, candidates: readonly TimeCandidate[], from: number, to: number): number[] | null {
  let years: number[] | null = null
  for (const c of candidates) {
    if (c.needs !== 'year') continue
    const agrees = weekdayAgreement(text, c)
    if (!agrees) continue
    const own: number[] = []
    for (let y = from; y <= to; y++) if (agrees(y)) own.push(y)
    years = years === null ? own : years.filter((y) => own.includes(y))
  }
  return years
}

/** Whether the weekday the text names with `c` agrees with `c` read in a year, or null when it names none. */
function weekdayAgreement(text: string, c: TimeCandidate): ((year: number) => boolean) | null {
  const named =
    INSIDE.exec(c.text) ?? BEFORE.exec(text.slice(Math.max(0, c.span.start - 14), c.span.start)) ?? AFTER.exec(text.slice(c.span.end, c.span.end + 14))
  if (!named) return null
  const wd = weekdayIndex(named[1]!)
  return (y: number) => {
    const v = c.resolve({ reference: null, year: y, tense: null })
    if (!v) return false
    const [start, end] = bounds(v)
    return start === end && weekdayOf(start) === wd
  }
}
