import type { Recognizer, Refiner } from '../pipeline/recognizer.js'
import type { TimeCandidate } from './candidate.js'
import { ago } from './recognizers/ago.js'
import { anniversary } from './recognizers/anniversary.js'
import { asOfNow } from './recognizers/as-of-now.js'
import { fiscalPart } from './recognizers/fiscal-part.js'
import { monthOfYear } from './recognizers/month-of-year.js'
import { periodEnded } from './recognizers/period-ended.js'
import { quarterMonths } from './recognizers/quarter-months.js'
import { weekdayOfWeek } from './recognizers/weekday-of-week.js'
import { chronoDates } from './recognizers/chrono-dates.js'
import { dayMonth } from './recognizers/day-month.js'
import { dayMonthRange } from './recognizers/day-month-range.js'
import { edgeOfCurrent } from './recognizers/edge-of-current.js'
import { decade } from './recognizers/decade.js'
import { firstMonths } from './recognizers/first-months.js'
import { fiscalYear } from './recognizers/fiscal-year.js'
import { half } from './recognizers/half.js'
import { holiday } from './recognizers/holiday.js'
import { monthAlone } from './recognizers/month-alone.js'
import { monthDay } from './recognizers/month-day.js'
import { monthDayRange } from './recognizers/month-day-range.js'
import { monthRange } from './recognizers/month-range.js'
import { monthYear } from './recognizers/month-year.js'
import { numericDate } from './recognizers/numeric-date.js'
import { pastDuration } from './recognizers/past-duration.js'
import { quarter } from './recognizers/quarter.js'
import { relation } from './recognizers/relation.js'
import { relativeDay } from './recognizers/relative-day.js'
import { vagueAhead } from './recognizers/vague-ahead.js'
import { relativeToPrevious } from './recognizers/relative-to-previous.js'
import { relativeUnit } from './recognizers/relative-unit.js'
import { samePeriod } from './recognizers/same-period.js'
import { weekday } from './recognizers/weekday.js'
import { weekdayAbbreviation } from './recognizers/weekday-abbreviation.js'
import { weekend } from './recognizers/weekend.js'
import { year } from './recognizers/year.js'
import { yearSpan } from './recognizers/year-span.js'
import { anchorRelations } from './refiners/anchor-relations.js'
import { boundary } from './refiners/boundary.js'
import { dropOverlaps } from './refiners/drop-overlaps.js'
import { dropUnlikely } from './refiners/drop-unlikely.js'
import { mergeRanges } from './refiners/merge-ranges.js'
import { weekdayWithDate } from './refiners/weekday-with-date.js'
import { wrap } from './refiners/wrap.js'

/**
 * Time recognizers, most specific first, with chrono-node underneath for
 * the dates Dyad's own rules read shorter or not at all: on equal spans the earlier one wins
 * (drop-overlaps), and longer readings always beat shorter ones.
 */
export const TIME_RECOGNIZERS: readonly Recognizer<TimeCandidate>[] = [
  numericDate,
  periodEnded,
  fiscalPart,
  quarterMonths,
  monthDayRange,
  dayMonthRange,
  monthDay,
  dayMonth,
  holiday,
  monthRange,
  monthYear,
  monthOfYear,
  firstMonths,
  quarter,
  half,
  samePeriod,
  edgeOfCurrent,
  ago,
  pastDuration,
  relativeUnit,
  monthAlone,
  fiscalYear,
  yearSpan,
  decade,
  year,
  weekdayOfWeek,
  anniversary,
  relativeDay,
  vagueAhead,
  weekday,
  weekdayAbbreviation,
  weekend,
  asOfNow,
  relation,
  relativeToPrevious,
  // chrono-node last: on equal spans Dyad's reading (its granularity, its tense rules) wins.
  chronoDates('en'),
]

/** Clean-up after recognition, in order: unlikely readings, overlaps, ranges, boundaries, since/as-of, relations. */
export const TIME_REFINERS: readonly Refiner<TimeCandidate>[] = [dropUnlikely, dropOverlaps, weekdayWithDate, mergeRanges, boundary, wrap, anchorRelations]
