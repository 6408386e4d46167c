import { calendarDay } from './calendar-day.js'
import { DAY, MONTH, WEEKDAY, YEAR, dayOf, monthOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "January 18, 1950", "Monday, October 31, 2022", "Oct. 28", "November 5th".
const PATTERN = new RegExp(
  `\\b(?<t>(?:(?<wd>${WEEKDAY}),?\\s+)?(?<m>${MONTH})\\s*(?<d>${DAY})(?![\\d:]|\\s?(?:%|per\\s?cent|percent))(?:(?:,\\s*|\\s+)(?<y>${YEAR})(?!\\d))?)`,
  'dg',
)

/** Month-day dates, with or without weekday and year. */
export const monthDay = timeRecognizer('month-day', PATTERN, (match) => {
  const g = match.groups!
  const d = dayOf(g.d)
  return calendarDay(match, 'time:month-day', monthOf(g.m), d, g.y)
})
