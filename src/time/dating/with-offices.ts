import { isoOf } from '../calendar.js'
import { yearOfDay } from './evidence.js'
import type { InferredWindow } from './infer-window.js'
import { officeMentions } from './office-mentions.js'
import { hull, officeWindow, type OfficeWindow } from './office-window.js'

/**
 * The content's window checked against the titles it gives people. A text
 * that names "Prime Minister Anthony Albanese" was written while he was
 * prime minister; when its own dated facts all lie before that (a treaty of
 * 2006 recalled in a story of 2025), they are background, and the window is
 * the period of the titles instead, up to anything the text announces. A
 * text with no dated fact at all is dated by the titles alone. Otherwise the
 * content's window stands, narrowed to the terms where they overlap.
 */
export function withOffices(text: string, window: InferredWindow | null, byWeekdays: ByWeekdays = () => null): InferredWindow | null {
  const all = officeWindow(officeMentions(text))
  if (!all) return window
  if (window === null) {
    const titles = { start: all.start, end: all.end, year: yearOfDay(all.start), upcoming: null, reason: `only titles date it: ${all.reason}` }
    return weekdaysWithin(titles, byWeekdays)
  }
  // A period over before the text's earliest fact is not when it was written (Tusk's first term for a story after 2015).
  const offices = laterPeriods(all, window.start)
  if (!offices) return window
  if (window.end >= offices.start) {
    // The facts fall in the terms: the titles can only narrow the window, never move it.
    const start = Math.max(window.start, offices.start)
    const end = Math.min(window.end, offices.end)
    if (start > end || (start === window.start && end === window.end)) return window
    return { ...window, start, end, reason: `${window.reason}; narrowed to ${isoOf(start)} to ${isoOf(end)}: ${offices.reason}` }
  }
  const end = Math.min(offices.end, window.upcoming ?? Infinity)
  if (end < offices.start) return window
  return weekdaysWithin(
    {
      start: offices.start,
      end,
      year: yearOfDay(offices.start),
      upcoming: window.upcoming,
      reason: `${offices.reason}, after every dated fact the text reports (${isoOf(window.start)} to ${isoOf(window.end)}: ${window.reason}), which it recalls as background`,
    },
    byWeekdays,
  )
}

/** The content's window with its year-less dates read in the one year from `from` to `to` where the weekdays it gives them agree, or null. */
export type ByWeekdays = (from: number, to: number) => InferredWindow | null

/**
 * A window of titles, often years wide, made a day's when the text pairs a
 * year-less date with its weekday ("Thursday, Sept. 28") and only one year
 * of the window agrees: the content's own window, read in that year, if it
 * falls inside.
 */
function weekdaysWithin(titles: InferredWindow, byWeekdays: ByWeekdays): InferredWindow {
  const read = byWeekdays(titles.start, titles.end)
  if (!read || read.start > titles.end || read.end < titles.start) return titles
  return { ...read, reason: `${read.reason}; within the period of its titles: ${titles.reason}` }
}

/** The titles' window without its periods over before `from`, or null when none is left. */
function laterPeriods(w: OfficeWindow, from: number): OfficeWindow | null {
  const periods = w.periods.filter((p) => p[1] >= from)
  if (periods.length === w.periods.length) return w
  if (periods.length === 0) return null
  const [start, end] = hull(periods)
  return {
    start,
    end,
    periods,
    reason: `${w.reason}; of those periods, those over before the text's earliest fact (${isoOf(from)}) left out: ${isoOf(start)} to ${isoOf(end)}`,
  }
}
