import { calendarDay } from './calendar-day.js'
import { YEAR } from '../words.js'
import { timeRecognizer } from './define.js'

// Holidays on the same day every year and everywhere they are kept: "New Year's Day", "New Year's
// Eve", "Christmas Day", "Christmas Eve", "Boxing Day", and "Christmas" after "on", "at", "by",
// "before", "after", "until", "over" or "since". Lunar and national holidays ("Lunar New Year",
// "Independence Day", "Labour Day") move or differ by country and are not read.
const PATTERN = new RegExp(
  `(?<![Ll]unar\\s|[Cc]hinese\\s|[Vv]ietnamese\\s|[Pp]ersian\\s|[Jj]ewish\\s|[Ii]slamic\\s|[Oo]rthodox\\s|[Tt]et\\s)(?<t>(?:(?<ny>New\\s+Year['’]s\\s+(?<nye>Day|Eve))|(?<xd>Christmas\\s+(?<xe>Day|Eve))|Boxing\\s+Day|Christmas(?<=\\b(?:[Oo]n|[Aa]t|[Bb]y|[Bb]efore|[Aa]fter|[Uu]ntil|[Oo]ver|[Ss]ince)\\s+Christmas)(?!\\s+(?:holiday|season|tree|market|message|card|truce|period|break|shopping|present|gift|party|celebration|lights|dinner)))(?:,?\\s+(?<y>${YEAR})(?!\\d))?)\\b`,
  'dg',
)

/** A fixed-date holiday, in its stated year, or read like a year-less day ("December 25"). */
export const holiday = timeRecognizer('holiday', PATTERN, (match) => {
  const g = match.groups!
  const [month, day] = g.ny
    ? g.nye === 'Eve'
      ? [12, 31]
      : [1, 1]
    : g.xd
      ? g.xe === 'Eve'
        ? [12, 24]
        : [12, 25]
      : /^Boxing/.test(match.groups!.t)
        ? [12, 26]
        : [12, 25]
  return calendarDay(match, 'time:holiday', month, day, g.y)
})
