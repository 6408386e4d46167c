import type { TimeInterval } from '../model/types.js'
import { isoOf } from '../time/calendar.js'

const LOOK_BACK = 1
const LOOK_AHEAD = 14

/**
 * The time an article dated from `start` to `end` (day numbers) gives its news: a
 * plan lies in the two weeks after it, a report on its day or the day before.
 * Its own module, light to import: the store's re-dating reads it on the main thread.
 */
export function articleWindow(start: number, end: number, planned: boolean): TimeInterval {
  return planned
    ? { start: isoOf(start), end: isoOf(end + LOOK_AHEAD), granularity: 'day' }
    : { start: isoOf(start - LOOK_BACK), end: isoOf(end), granularity: 'day' }
}
