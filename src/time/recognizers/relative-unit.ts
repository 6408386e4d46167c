import { addMonths, between, dayNumber, daysInMonth, parseIsoDay, weekdayOf, yearsInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { monthPart, partOf, yearPart } from '../parts.js'
import type { TimeInterval } from '../../model/types.js'
import { timeRecognizer } from './define.js'

// "this year", "last month", "next week", "earlier this month", "late last month",
// "early next year", "later this year", "the current year".
const PATTERN =
  /\b(?<t>(?:(?<part>earlier|later|early|late|mid)(?:-|\s+))?(?<rel>this|last|next|the\s+current|the\s+past|the\s+previous)\s+(?<u>year|month|week))\b(?!-)/dgi

/** Calendar units relative to the reference. */
export const relativeUnit = timeRecognizer('relative-unit', PATTERN, (match) => {
  const g = match.groups!
  const rel = g.rel.toLowerCase().replace(/\s+/g, ' ')
  // "the past year" is a duration (another recognizer); "the previous year" is relative to some other time.
  if (rel === 'the past' || rel === 'the previous') return null
  const offset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0
  const unit = g.u.toLowerCase()
  const partWord = g.part?.toLowerCase()
  return fromMatch(match, 'time:relative', 'reference', (anchor) => {
    const ref = parseIsoDay(anchor.reference)
    if (ref === null) return null
    const whole = unitAround(ref, unit, offset)
    if (!partWord) return whole
    // "earlier this month": from its start to the reference; "later this year": from the day after
    // the reference on (what is said to come later has not happened on the day of writing).
    if (partWord === 'earlier' && offset === 0) return between(dayNumber(...startOf(whole)), ref, 'range')
    if (partWord === 'later' && offset === 0) {
      const end = dayNumber(...endOf(whole))
      return between(Math.min(ref + 1, end), end, 'range')
    }
    const part = partOf(partWord === 'earlier' ? 'early' : partWord === 'later' ? 'late' : partWord)
    const [y, m] = startOf(whole)
    if (unit === 'year') return yearPart(y, part)
    if (unit === 'month') return monthPart(y, m, part)
    return whole
  })
})

function unitAround(ref: number, unit: string, offset: number): TimeInterval {
  const [y, m] = ymd(ref)
  if (unit === 'year') return yearsInterval(y + offset)
  if (unit === 'month') {
    const [ny, nm] = addMonths(y, m, offset)
    return between(dayNumber(ny, nm, 1), dayNumber(ny, nm, daysInMonth(ny, nm)), 'month')
  }
  const monday = ref - weekdayOf(ref) + 7 * offset
  return between(monday, monday + 6, 'week')
}

function ymd(day: number): [number, number] {
  const d = new Date(day * 86_400_000)
  return [d.getUTCFullYear(), d.getUTCMonth() + 1]
}

function startOf(v: TimeInterval): [number, number, number] {
  const [y, m, d] = v.start.split('-').map(Number)
  return [y, m, d]
}

function endOf(v: TimeInterval): [number, number, number] {
  const [y, m, d] = v.end.split('-').map(Number)
  return [y, m, d]
}
