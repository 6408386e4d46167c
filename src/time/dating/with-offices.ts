import { isoOf } from '../calendar.js'
import { yearOfDay } from './evidence.js'
import type { InferredWindow } from './infer-window.js'
import { officeMentions } from './office-mentions.js'
import { officeWindow } from './office-window.js'

/**
 * The content's window checked against the titles it gives people. A text
 * that names "Prime Minister Anthony Albanese" was written while he was
 * prime minister; when its own dated facts all lie before that (a treaty of
 * 2006 recalled in a story of 2025), they are background, and the window is
 * the period of the titles instead, up to anything the text announces. A
 * text with no dated fact at all is dated by the titles alone. Otherwise the
 * content's window stands, narrowed to the terms where they overlap.
 */
export function withOffices(text: string, window: InferredWindow | null): InferredWindow | null {
  const offices = officeWindow(officeMentions(text))
  if (!offices) return window
  if (window === null) return { start: offices.start, end: offices.end, year: yearOfDay(offices.start), upcoming: null, reason: `only titles date it: ${offices.reason}` }
  if (window.end >= offices.start) {
    // The facts fall in the terms: the titles can only narrow the window, never move it.
    const start = Math.max(window.start, offices.start)
    const end = Math.min(window.end, offices.end)
    if (start > end || (start === window.start && end === window.end)) return window
    return { ...window, start, end, reason: `${window.reason}; narrowed to ${isoOf(start)} to ${isoOf(end)}: ${offices.reason}` }
  }
  const end = Math.min(offices.end, window.upcoming ?? Infinity)
  if (end < offices.start) return window
  return {
    start: offices.start,
    end,
    year: yearOfDay(offices.start),
    upcoming: window.upcoming,
    reason: `${offices.reason}, after every dated fact the text reports (${isoOf(window.start)} to ${isoOf(window.end)}: ${window.reason}), which it recalls as background`,
  }
}
