import { WEEKDAY_ABBR, WEEKDAY_ABBR_AMBIGUOUS } from '../words.js'
import { timeRecognizer } from './define.js'
import { weekdayCandidate } from './weekday.js'

// "on Tue", "Thurs.", "last Fri"; the abbreviations that are also words or names ("Sun", "Sat", "Thu")
// only after "on"/"last"/"next"/"this" or before a date ("Sat, 12 March").
const PATTERN = new RegExp(
  `\\b(?:(?<on>[Oo]n)\\s+)?(?<t>(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\\s+)?(?:(?<wd>${WEEKDAY_ABBR})|(?<amb>${WEEKDAY_ABBR_AMBIGUOUS})))(?<date>,?\\s+\\d)?`,
  'dg',
)

/** An abbreviated weekday, read as the full name would be. */
export const weekdayAbbreviation = timeRecognizer('weekday-abbreviation', PATTERN, (match) => {
  const g = match.groups!
  if (g.amb && !g.on && !g.rel && !g.date) return null
  const name = (g.wd ?? g.amb).replace(/\.$/, '')
  return weekdayCandidate(match, name, g.rel)
})
